/**
 * Test infrastructure (synthetic document generator): the 决算 → the nine national-template 决算 tables (公开01–09表)
 * plus one 项目支出绩效自评表, as logical grids. Layout only: every number printed here comes from final.ts.
 */
import Decimal from 'decimal.js';
import { ECON_CLASSES, FUNCTION_CLASSES } from './codes';
import {
  type FinalAccounts,
  type FinalRow,
  finalTotals,
  fiscal,
  fundsTotal,
  rowProject,
  rowSpending,
  spendingOf,
} from './final';
import type { FinalTableKind, Spec } from './spec';
import {
  type Cell,
  codeCells,
  codeHeader,
  fmt,
  h,
  type LogicalTable,
  n,
  numeral,
  type RowRole,
  t,
  table,
  type Unit,
} from './tables';

const ZERO = new Decimal(0);
type Body = { cells: Cell[]; role: RowRole }[];

/** The national 决算 tables' lines under the title: the template's `公开NN表` number, the department and the unit. */
function finalTable(
  spec: Spec,
  no: number,
  kind: FinalTableKind,
  title: string,
  unit: Unit,
  header: Cell[][],
  body: Body,
  opts: { notes?: string[]; empty?: boolean } = {},
): LogicalTable {
  const meta = [`公开${String(no).padStart(2, '0')}表`, `部门名称：${spec.org}`, `单位：${unit}`];
  return table(spec, kind, title, unit, header, body, { ...opts, meta });
}

/** Income side names of 收入支出决算总表 and the amount each takes. */
export const SUMMARY_INCOME_LINES = [
  '一般公共预算财政拨款收入',
  '政府性基金预算财政拨款收入',
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
] as const;

export function buildFinalTables(f: FinalAccounts): LogicalTable[] {
  const spec = f.budget.spec;
  const u: Unit = spec.unit;
  const split = spec.codeLayout === 'split';
  const T = finalTotals(f);
  const fns = f.functions;
  const classOf = (code: string) => fns.find((r) => r.code === code && r.level === 1);
  const codeSpan = split ? 3 : 1;
  const blankCode = (label: string): Cell[] => [t(label), ...Array.from({ length: codeSpan }, () => t(''))];
  const fnRow = (r: FinalRow, amounts: Cell[]) => ({
    cells: [...codeCells(r.code, split, 3), t(r.name), ...amounts],
    role: 'body' as RowRole,
  });
  const out: LogicalTable[] = [];

  // 公开01表 收入支出决算总表: two-sided, 决算数 per side.
  {
    const incomeAmounts: Decimal[] = [T.income.gp, T.income.gf, ZERO, ZERO, ZERO, ZERO, ZERO, T.income.other];
    const body: Body = FUNCTION_CLASSES.map(([code, name], i) => {
      const c = classOf(code);
      const label = SUMMARY_INCOME_LINES[i];
      const v = incomeAmounts[i];
      return {
        cells: [
          t(label ? `${numeral(i + 1)}、${label}` : ''),
          v ? n(v, u) : t(''),
          t(`${numeral(i + 1)}、${name}`),
          n(c ? rowSpending(c) : ZERO, u),
        ],
        role: 'body' as RowRole,
      };
    });
    body.push(
      { cells: [t('本年收入合计'), n(T.incomeTotal, u), t('本年支出合计'), n(T.spendingTotal, u)], role: 'total' },
      {
        cells: [t('使用非财政拨款结余'), n(T.balanceUse, u, '0.00'), t('结余分配'), n(T.distribution, u, '0.00')],
        role: 'body',
      },
      {
        cells: [t('年初结转和结余'), n(T.openingTotal, u), t('年末结转和结余'), n(T.closingTotal, u)],
        role: 'body',
      },
      { cells: [t('总计'), n(T.grandTotal, u), t('总计'), n(T.grandTotal, u)], role: 'total' },
    );
    const header = [
      [h('收入', 1, 2), h('支出', 1, 2)],
      [h('项目'), h('决算数'), h('项目'), h('决算数')],
    ];
    out.push(finalTable(spec, 1, 'final.summary', '收入支出决算总表', u, header, body));
  }

  // 公开02表 收入决算表: per code, 本年收入 by source (this department: 财政拨款 and 其他收入).
  {
    const cols = [
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ];
    const header = codeHeader(split, 3, '科目编码', '', [], cols);
    const line = (total: Decimal, fisc: Decimal, other: Decimal) => [
      n(total, u),
      n(fisc, u),
      t(''),
      t(''),
      t(''),
      t(''),
      n(other, u),
    ];
    const body: Body = [
      {
        cells: [...blankCode('合计'), ...line(T.incomeTotal, fiscal(T.income), T.income.other)],
        role: 'total',
      },
      ...fns
        .filter((r) => !fundsTotal(r.income).isZero())
        .map((r) => fnRow(r, line(fundsTotal(r.income), fiscal(r.income), r.income.other))),
    ];
    out.push(finalTable(spec, 2, 'final.income', '收入决算表', u, header, body));
  }

  // 公开03表 支出决算表: 本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助.
  {
    const cols = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
    const header = codeHeader(split, 3, '科目编码', '', [], cols);
    const line = (total: Decimal, basic: Decimal, project: Decimal) => [
      n(total, u),
      n(basic, u),
      n(project, u),
      t(''),
      t(''),
      t(''),
    ];
    const body: Body = [
      { cells: [...blankCode('合计'), ...line(T.spendingTotal, T.basic, T.project)], role: 'total' },
      ...fns.filter((r) => !rowSpending(r).isZero()).map((r) => fnRow(r, line(rowSpending(r), r.basic, rowProject(r)))),
    ];
    out.push(finalTable(spec, 3, 'final.expenditure', '支出决算表', u, header, body));
  }

  // 公开04表 财政拨款收入支出决算总表: fiscal money only (no 其他收入).
  {
    const leftLines: [string, Decimal][] = [
      ['一、一般公共预算财政拨款', T.income.gp],
      ['二、政府性基金预算财政拨款', T.income.gf],
      ['三、国有资本经营预算财政拨款', ZERO],
    ];
    const spend = (r: FinalRow | undefined) => {
      const s = r ? spendingOf(r) : { gp: ZERO, gf: ZERO, other: ZERO };
      return [n(s.gp.plus(s.gf), u), n(s.gp, u), n(s.gf, u), t('')];
    };
    const body: Body = FUNCTION_CLASSES.map(([code, name], i) => {
      const l = leftLines[i];
      return {
        cells: [t(l?.[0] ?? ''), l ? n(l[1], u) : t(''), t(`${numeral(i + 1)}、${name}`), ...spend(classOf(code))],
        role: 'body' as RowRole,
      };
    });
    const four = (a: Decimal, gp: Decimal, gf: Decimal) => [n(a, u), n(gp, u), n(gf, u), t('')];
    const fisSpend = fiscal(T.spending);
    const fisOpen = fiscal(T.opening);
    const fisClose = fiscal(T.closing);
    const fisIncome = fiscal(T.income);
    const blank4 = [t(''), t(''), t(''), t('')];
    body.push(
      {
        cells: [t('本年收入合计'), n(fisIncome, u), t('本年支出合计'), ...four(fisSpend, T.spending.gp, T.spending.gf)],
        role: 'total',
      },
      {
        cells: [
          t('年初财政拨款结转和结余'),
          n(fisOpen, u),
          t('年末财政拨款结转和结余'),
          ...four(fisClose, T.closing.gp, T.closing.gf),
        ],
        role: 'body',
      },
      { cells: [t('一般公共预算财政拨款'), n(T.opening.gp, u), t(''), ...blank4], role: 'body' },
      { cells: [t('政府性基金预算财政拨款'), n(T.opening.gf, u), t(''), ...blank4], role: 'body' },
      { cells: [t('国有资本经营预算财政拨款'), t(''), t(''), ...blank4], role: 'body' },
      {
        cells: [
          t('总计'),
          n(fisIncome.plus(fisOpen), u),
          t('总计'),
          ...four(fisSpend.plus(fisClose), T.spending.gp.plus(T.closing.gp), T.spending.gf.plus(T.closing.gf)),
        ],
        role: 'total',
      },
    );
    const header = [
      [h('收入', 1, 2), h('支出', 1, 5)],
      [h('项目', 2), h('决算数', 2), h('项目', 2), h('决算数', 1, 4)],
      [h('合计'), h('一般公共预算财政拨款'), h('政府性基金预算财政拨款'), h('国有资本经营预算财政拨款')],
    ];
    out.push(finalTable(spec, 4, 'final.fiscal-summary', '财政拨款收入支出决算总表', u, header, body));
  }

  // 公开05表 一般公共预算财政拨款支出决算表: 合计 = 基本 + 项目 (项目 includes spending of 上年结转).
  {
    const header = codeHeader(split, 3, '科目编码', '本年支出', ['合计', '基本支出', '项目支出']);
    const body: Body = [
      { cells: [...blankCode('合计'), n(T.gpActual, u), n(T.basic, u), n(T.gpProject, u)], role: 'total' },
      ...fns
        .filter((r) => !spendingOf(r).gp.isZero())
        .map((r) => fnRow(r, [n(spendingOf(r).gp, u), n(r.basic, u), n(r.project.gp, u)])),
    ];
    out.push(finalTable(spec, 5, 'final.general-public', '一般公共预算财政拨款支出决算表', u, header, body));
  }

  // 公开06表 一般公共预算财政拨款基本支出决算表: two-sided, 人员经费 (301, 303) | 公用经费 (302).
  {
    const side = (group: 'personnel' | 'public') => {
      const rows: [string, string, Decimal][] = [];
      for (const [cls, info] of Object.entries(ECON_CLASSES)) {
        if (info.group !== group) continue;
        const items = f.econ.filter((e) => e.code.startsWith(cls));
        if (items.length === 0) continue;
        rows.push([cls, info.name, items.reduce((a, e) => a.plus(e.amount), ZERO)]);
        for (const e of items) rows.push([e.code, e.name, e.amount]);
      }
      return rows;
    };
    const left = side('personnel');
    const right = side('public');
    const code = (c: string | undefined) => (c === undefined ? t('') : t(c));
    const body: Body = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => {
      const l = left[i];
      const r = right[i];
      return {
        cells: [
          code(l?.[0]),
          t(l?.[1] ?? ''),
          l ? n(l[2], u, '0.00') : t(''),
          code(r?.[0]),
          t(r?.[1] ?? ''),
          r ? n(r[2], u, '0.00') : t(''),
        ],
        role: 'body' as RowRole,
      };
    });
    body.push({
      cells: [
        { text: '人员经费合计', colSpan: 2 },
        n(T.personnel, u),
        { text: '公用经费合计', colSpan: 2 },
        n(T.public, u),
      ],
      role: 'total',
    });
    const header = [
      [h('人员经费', 1, 3), h('公用经费', 1, 3)],
      [h('科目编码'), h('科目名称'), h('决算数'), h('科目编码'), h('科目名称'), h('决算数')],
    ];
    out.push(finalTable(spec, 6, 'final.basic-economic', '一般公共预算财政拨款基本支出决算表', u, header, body));
  }

  // 公开07表 财政拨款“三公”经费支出决算表: always 万元; 预算数 and 决算数 of 合计, 出国, 车 (小计, 购置, 运行), 接待.
  {
    const tu: Unit = '万元';
    const six = (x: FinalAccounts['threePublic']['budget'], total: Decimal) => [
      n(total, tu, '0.00'),
      n(x.abroad, tu, '0.00'),
      n(x.carPurchase.plus(x.carRunning), tu, '0.00'),
      n(x.carPurchase, tu, '0.00'),
      n(x.carRunning, tu, '0.00'),
      n(x.reception, tu, '0.00'),
    ];
    const group = () => [h('合计', 2), h('因公出国（境）费', 2), h('公务用车购置及运行费', 1, 3), h('公务接待费', 2)];
    const header = [
      [h('预算数', 1, 6), h('决算数', 1, 6)],
      [...group(), ...group()],
      [h('小计'), h('公务用车购置费'), h('公务用车运行费'), h('小计'), h('公务用车购置费'), h('公务用车运行费')],
    ];
    const body: Body = [
      {
        cells: [...six(f.threePublic.budget, T.threePublicBudget), ...six(f.threePublic.actual, T.threePublicActual)],
        role: 'body',
      },
    ];
    out.push(finalTable(spec, 7, 'final.three-public', '财政拨款“三公”经费支出决算表', tu, header, body));
  }

  // 公开08表 政府性基金预算财政拨款收入支出决算表: per row 年初 + 本年收入 = 本年支出 + 年末.
  const fundHeader = () => [
    ...codeHeader(split, 3, '科目编码', '', [], []).map((r, i) =>
      i === 0
        ? [
            ...r,
            h('年初结转和结余', split ? 3 : 2),
            h('本年收入', split ? 3 : 2),
            h('本年支出', 1, 3),
            h('年末结转和结余', split ? 3 : 2),
          ]
        : i === 1
          ? [...r, h('小计', split ? 2 : 1), h('基本支出', split ? 2 : 1), h('项目支出', split ? 2 : 1)]
          : r,
    ),
  ];
  {
    const gfRows = fns.filter((r) => !r.opening.gf.isZero() || !r.income.gf.isZero() || !r.project.gf.isZero());
    const line = (r: { opening: Decimal; income: Decimal; spend: Decimal; closing: Decimal }) => [
      n(r.opening, u),
      n(r.income, u),
      n(r.spend, u),
      t(''),
      n(r.spend, u),
      n(r.closing, u),
    ];
    const empty = gfRows.length === 0;
    const body: Body = [
      {
        cells: [
          ...blankCode('合计'),
          ...line({ opening: T.opening.gf, income: T.income.gf, spend: T.spending.gf, closing: T.closing.gf }),
        ],
        role: 'total',
      },
      ...gfRows.map((r) =>
        fnRow(r, line({ opening: r.opening.gf, income: r.income.gf, spend: r.project.gf, closing: r.closing.gf })),
      ),
    ];
    out.push(
      finalTable(spec, 8, 'final.gov-fund', '政府性基金预算财政拨款收入支出决算表', u, fundHeader(), body, {
        empty,
        notes: empty ? [`本部门${spec.year}年度无政府性基金预算财政拨款收入支出，故本表为空表`] : [],
      }),
    );
  }

  // 公开09表 国有资本经营预算财政拨款收入支出决算表: always empty, with its note.
  {
    const body: Body = [{ cells: [...blankCode('合计'), ...Array.from({ length: 6 }, () => t(''))], role: 'total' }];
    out.push(
      finalTable(spec, 9, 'final.state-capital', '国有资本经营预算财政拨款收入支出决算表', u, fundHeader(), body, {
        empty: true,
        notes: [`本部门${spec.year}年度无国有资本经营预算财政拨款收入支出，故本表为空表`],
      }),
    );
  }

  out.push(selfEvaluationTable(f));
  return out;
}

/**
 * 项目支出绩效自评表 (万元): 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 (执行数 ÷ 全年预算数, %), 得分, for
 * 年度资金总额 and its parts, then the indicators. The engine has no 决算 kind for it: it is `budget.performance`.
 */
function selfEvaluationTable(f: FinalAccounts): LogicalTable {
  const spec = f.budget.spec;
  const { project: p, rate, weight, score } = f.selfEvaluation;
  const money = (v: Decimal): Cell => ({ text: fmt(v, '万元', '0.00'), num: true });
  const row = (...cells: Cell[]) => ({ cells, role: 'body' as RowRole });
  const blank = (k: number) => Array.from({ length: k }, () => t(''));
  const pctText = `${rate.toFixed(2)}%`;
  const indicators: [string, string, string, string, string][] = [
    ['产出指标', '数量指标', '开展活动场次', '≥20场', '24场'],
    ['', '质量指标', '活动验收合格率', '100%', '100%'],
    ['', '时效指标', '项目完成时间', `${spec.year}年12月底前`, `${spec.year}年12月`],
    ['效益指标', '社会效益指标', '群众文化获得感', '明显提升', '明显提升'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%'],
  ];
  const body = [
    row(t('项目名称'), t(p.name), ...blank(6)),
    row(t('主管部门'), t(spec.org), ...blank(2), t('实施单位'), t(p.unit), ...blank(2)),
    row(
      t('项目资金（万元）'),
      t(''),
      t('年初预算数'),
      t('全年预算数'),
      t('全年执行数'),
      t('分值'),
      t('执行率'),
      t('得分'),
    ),
    row(
      t(''),
      t('年度资金总额'),
      money(p.budget),
      money(p.budget),
      money(p.actual),
      t(String(weight)),
      t(pctText),
      t(score.toFixed(2)),
    ),
    row(t(''), t('其中：当年财政拨款'), money(p.budget), money(p.budget), money(p.actual), t('—'), t(pctText), t('—')),
    row(t(''), t('上年结转资金'), money(ZERO), money(ZERO), money(ZERO), t('—'), t(''), t('—')),
    row(t(''), t('其他资金'), money(ZERO), money(ZERO), money(ZERO), t('—'), t(''), t('—')),
    row(t('年度总体目标'), t('预期目标'), ...blank(3), t('实际完成情况'), ...blank(2)),
    row(
      t(''),
      t(`按计划完成${p.name}各项任务，提升公共文化和旅游服务水平。`),
      ...blank(3),
      t(`已按计划完成${p.name}各项任务，全年执行率${pctText}。`),
      ...blank(2),
    ),
    row(
      t('绩效指标'),
      t('一级指标'),
      t('二级指标'),
      t('三级指标'),
      t('年度指标值'),
      t('实际完成值'),
      t('分值'),
      t('得分'),
    ),
    ...indicators.map(([a, b, c, d, e], i) =>
      row(t(''), t(a), t(b), t(c), t(d), t(e), t(i < 3 ? '20' : '15'), t(i < 3 ? '20' : '15')),
    ),
    row(t('总分'), ...blank(5), t('100'), t((90 + score.toNumber()).toFixed(2))),
  ];
  // Merges: label cells over their rows, texts over their columns.
  const spans: [number, number, number, number][] = [
    [0, 1, 1, 7],
    [1, 1, 1, 3],
    [1, 5, 1, 3],
    [2, 0, 5, 1],
    [7, 0, 2, 1],
    [7, 1, 1, 4],
    [7, 5, 1, 3],
    [8, 1, 1, 4],
    [8, 5, 1, 3],
    [9, 0, indicators.length + 1, 1],
    [9 + indicators.length + 1, 0, 1, 6],
  ];
  const grid = body.map((r) => r.cells.map((c): Cell | null => c));
  for (const [r, c, rs, cs] of spans) {
    const cell = grid[r]?.[c];
    if (!cell) throw new Error(`self-evaluation table: no cell at ${r},${c}`);
    if (rs > 1) cell.rowSpan = rs;
    if (cs > 1) cell.colSpan = cs;
    for (let i = r; i < r + rs; i++)
      for (let j = c; j < c + cs; j++) if (i !== r || j !== c) (grid[i] as (Cell | null)[])[j] = null;
  }
  const rows = grid.map((r) => r.filter((c): c is Cell => c !== null));
  return {
    kind: 'budget.performance',
    title: `项目支出绩效自评表（${spec.year}年度）`,
    meta: [`部门名称：${spec.org}`, '单位：万元'],
    unit: '万元',
    rows,
    roles: rows.map((): RowRole => 'body'),
    notes: [],
    empty: false,
  };
}
