/**
 * Test infrastructure (synthetic document generator): budget → the 13 national-template tables plus one 项目支出绩效目标表,
 * as logical grids (merged header cells, amounts formatted in the table's unit). Layout only: every number printed
 * here comes from budget.ts; this module must not invent or adjust amounts.
 */
import Decimal from 'decimal.js';
import {
  type Budget,
  FISCAL,
  type FunctionRow,
  rowIncome,
  rowIncomeTotal,
  rowProjectTotal,
  rowTotal,
  SOURCE_NAMES,
  SOURCES,
  sum,
  totals,
} from './budget';
import { ECON_CLASSES, FUNCTION_CLASSES, GOV_FUND_INCOME } from './codes';
import type { Spec, TableKind } from './spec';

export interface Cell {
  text: string;
  rowSpan?: number;
  colSpan?: number;
  /** Header cell (rendered as th). */
  head?: boolean;
  /** Amount cell (right-aligned; a target for error injection). */
  num?: boolean;
}

/**
 * header: column heads; index: the `1 2 3 …` row; total: a 合计/总计 row; subtotal: a 单位 row over its projects;
 * body: everything else.
 */
export type RowRole = 'header' | 'index' | 'total' | 'subtotal' | 'body';

export interface LogicalTable {
  kind: TableKind;
  title: string;
  meta: string[];
  unit: '万元' | '元';
  /** Source-order cells per row, as HTML would list them (covered positions omitted). */
  rows: Cell[][];
  roles: RowRole[];
  notes: string[];
  /** The table is published without amounts. */
  empty: boolean;
  /** Printed as two `<table>` elements: the second starts at logical row `at`. */
  split?: { at: number; repeatHeader: boolean };
}

export type Unit = '万元' | '元';

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** Amount in 万元 (Decimal, 2 dp) → printed text in `unit`; zero prints blank unless `zero` says otherwise. */
export function fmt(v: Decimal, unit: Unit, zero = ''): string {
  if (v.isZero()) return zero;
  if (unit === '万元') return v.toFixed(2);
  const [int, frac] = v.times(10000).toFixed(2).split('.');
  return `${(int ?? '').replace(GROUP, ',')}.${frac}`;
}

/** Whole 元 with thousands separators, as the 绩效目标表 prints them. */
export const fmtYuanWhole = (v: Decimal): string => {
  const y = v.times(10000);
  const [int, frac] = y.toFixed(y.isInteger() ? 0 : 2).split('.');
  return `${(int ?? '').replace(GROUP, ',')}${frac === undefined ? '' : `.${frac}`}`;
};

export const h = (text: string, rowSpan = 1, colSpan = 1): Cell => ({
  text,
  head: true,
  ...(rowSpan > 1 ? { rowSpan } : {}),
  ...(colSpan > 1 ? { colSpan } : {}),
});
export const t = (text: string): Cell => ({ text });
export const n = (v: Decimal, unit: Unit, zero = ''): Cell => ({ text: fmt(v, unit, zero), num: true });

/** Code cells: one column, or 类/款/项 split (`207 | 01 | 01`; a 类 row `207 |  | `). */
export function codeCells(code: string, split: boolean, parts: 2 | 3): Cell[] {
  if (!split) return [t(code)];
  const out = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].slice(0, parts);
  return out.map(t);
}

/**
 * Header rows of a code table: `项目` over the code+name columns, then `group` over `cols`; `tail` are extra
 * columns standing beside the group (rowspan over the whole header).
 */
export function codeHeader(
  split: boolean,
  parts: 2 | 3,
  codeLabel: string,
  group: string,
  cols: string[],
  tail: string[] = [],
) {
  if (!split) {
    return [
      [h('项目', 1, 2), ...(group ? [h(group, 1, cols.length)] : []), ...tail.map((x) => h(x, 2))],
      [h(codeLabel), h('科目名称'), ...cols.map((c) => h(c))],
    ];
  }
  const levels = ['类', '款', '项'].slice(0, parts);
  return [
    [h('项目', 1, parts + 1), ...(group ? [h(group, 1, cols.length)] : []), ...tail.map((x) => h(x, 3))],
    [h(codeLabel, 1, parts), h('科目名称', 2), ...cols.map((c) => h(c, 2))],
    levels.map((l) => h(l)),
  ];
}

export function table(
  spec: Spec,
  kind: TableKind,
  title: string,
  unit: Unit,
  header: Cell[][],
  body: { cells: Cell[]; role: RowRole }[],
  opts: { notes?: string[]; empty?: boolean; meta?: string[] } = {},
): LogicalTable {
  return {
    kind,
    title,
    meta: opts.meta ?? [`部门名称：${spec.org}`, `单位：${unit}`],
    unit,
    rows: [...header, ...body.map((r) => r.cells)],
    roles: [...header.map((): RowRole => 'header'), ...body.map((r) => r.role)],
    notes: opts.notes ?? [],
    empty: opts.empty ?? false,
  };
}

export const numeral = (i: number): string => {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (i < 10) return d[i] ?? '';
  const tens = Math.floor(i / 10);
  return `${tens === 1 ? '' : d[tens]}十${d[i % 10]}`;
};

export function buildTables(b: Budget): LogicalTable[] {
  const { spec } = b;
  const y = spec.year;
  const u: Unit = spec.unit;
  const split = spec.codeLayout === 'split';
  const T = totals(b);
  const fns = b.functions;
  const classOf = (code: string) => fns.find((f) => f.code === code && f.level === 1);
  const codeSpan = split ? 3 : 1;
  const blankCode = (label: string): Cell[] => [t(label), ...Array.from({ length: codeSpan }, () => t(''))];
  const fnRow = (f: FunctionRow, amounts: Cell[]) => ({
    cells: [...codeCells(f.code, split, 3), t(f.name), ...amounts],
    role: 'body' as RowRole,
  });
  const out: LogicalTable[] = [];

  // 表1 预算收支总表: two-sided, sources left, the 30 function classes right.
  {
    const left: [string, Decimal][] = SOURCES.map((s, i) => [`${numeral(i + 1)}、${SOURCE_NAMES[s]}`, T.income[s]]);
    const body = FUNCTION_CLASSES.map(([code, name], i) => {
      const c = classOf(code);
      const l = left[i];
      return {
        cells: [
          t(l?.[0] ?? ''),
          l ? n(l[1], u) : t(''),
          t(`${numeral(i + 1)}、${name}`),
          n(c ? rowTotal(c) : new Decimal(0), u),
          n(c ? rowIncomeTotal(c) : new Decimal(0), u),
          n(c ? c.carry : new Decimal(0), u),
        ],
        role: 'body' as RowRole,
      };
    });
    const total = sum(fns.filter((f) => f.level === 1).map(rowTotal));
    body.push(
      {
        cells: [
          t('本年收入合计'),
          n(T.incomeTotal, u),
          t('本年支出合计'),
          n(total, u),
          n(T.incomeTotal, u),
          n(T.carry, u),
        ],
        role: 'total',
      },
      { cells: [t('上年结转'), n(T.carry, u), t('年终结转'), t(''), t(''), t('')], role: 'body' },
      {
        cells: [t('收入总计'), n(T.grandTotal, u), t('支出总计'), n(total, u), n(T.incomeTotal, u), n(T.carry, u)],
        role: 'total',
      },
    );
    const header = [
      [h('收入', 1, 2), h('支出', 1, 4)],
      [h('项目'), h(`${y}年预算数`), h('项目'), h(`${y}年合计`), h('当年预算安排'), h('上年结转安排')],
    ];
    out.push(table(spec, 'budget.summary', `${y}年预算收支总表`, u, header, body));
  }

  // 表2 预算收入总表: per code, 本年收入 by source, then 上年结转.
  {
    const header = codeHeader(
      split,
      3,
      '科目编码',
      '本年收入',
      ['合计', ...SOURCES.map((s) => SOURCE_NAMES[s])],
      ['上年结转'],
    );
    const body = [
      {
        cells: [...blankCode('合计'), n(T.incomeTotal, u), ...SOURCES.map((s) => n(T.income[s], u)), n(T.carry, u)],
        role: 'total' as RowRole,
      },
      ...fns.map((f) => {
        const inc = rowIncome(f);
        return fnRow(f, [n(rowIncomeTotal(f), u), ...SOURCES.map((s) => n(inc[s], u)), n(f.carry, u)]);
      }),
    ];
    out.push(table(spec, 'budget.income', `${y}年预算收入总表`, u, header, body));
  }

  // 表3 预算支出总表: all money incl. 上年结转, 基本 + 项目.
  {
    const header = codeHeader(split, 3, '科目编码', `${y}年预算数`, ['合计', '基本支出', '项目支出']);
    const body = [
      {
        cells: [...blankCode('合计'), n(T.grandTotal, u), n(T.basic, u), n(T.projectWithCarry, u)],
        role: 'total' as RowRole,
      },
      ...fns.map((f) => fnRow(f, [n(rowTotal(f), u), n(f.basic, u), n(rowProjectTotal(f), u)])),
    ];
    out.push(table(spec, 'budget.expenditure', `${y}年预算支出总表`, u, header, body));
  }

  // 表4 财政拨款收支总表: fiscal money only (no 财政专户/单位资金); the 一般公共预算 column includes 上年结转.
  {
    const fiscalOf = (c: FunctionRow | undefined) => {
      if (!c) return { gp: new Decimal(0), gf: new Decimal(0), sc: new Decimal(0) };
      const inc = rowIncome(c);
      return { gp: inc.gp.plus(c.carry), gf: inc.gf, sc: inc.sc };
    };
    const leftRows: [string, Decimal][] = FISCAL.map((s, i) => [`${numeral(i + 1)}、${SOURCE_NAMES[s]}`, T.income[s]]);
    const body = FUNCTION_CLASSES.map(([code, name], i) => {
      const f = fiscalOf(classOf(code));
      const l = leftRows[i];
      return {
        cells: [
          t(l?.[0] ?? ''),
          l ? n(l[1], u) : t(''),
          t(`${numeral(i + 1)}、${name}`),
          n(f.gp.plus(f.gf).plus(f.sc), u),
          n(f.gp, u),
          n(f.gf, u),
          n(f.sc, u),
        ],
        role: 'body' as RowRole,
      };
    });
    const all = fns.filter((f) => f.level === 1).map(fiscalOf);
    const gp = sum(all.map((a) => a.gp));
    const gf = sum(all.map((a) => a.gf));
    const sc = sum(all.map((a) => a.sc));
    const spend = [n(gp.plus(gf).plus(sc), u), n(gp, u), n(gf, u), n(sc, u)];
    const blank4 = [t(''), t(''), t(''), t('')];
    body.push(
      { cells: [t('本年收入合计'), n(T.fiscalIncome, u), t('本年支出合计'), ...spend], role: 'total' },
      { cells: [t('上年财政拨款结转'), n(T.carry, u), t('年终结转'), ...blank4], role: 'body' },
      { cells: [t('一、一般公共预算'), n(T.carry, u), t(''), ...blank4], role: 'body' },
      { cells: [t('二、政府性基金预算'), t(''), t(''), ...blank4], role: 'body' },
      { cells: [t('三、国有资本经营预算'), t(''), t(''), ...blank4], role: 'body' },
      { cells: [t('收入总计'), n(T.fiscalIncome.plus(T.carry), u), t('支出总计'), ...spend], role: 'total' },
    );
    const header = [
      [h('收入', 1, 2), h('支出', 1, 5)],
      [h('项目', 2), h('金额', 2), h('项目', 2), h('金额', 1, 4)],
      [h('小计'), h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')],
    ];
    out.push(table(spec, 'budget.fiscal-summary', `${y}年财政拨款收支总表`, u, header, body));
  }

  // 表5 一般公共预算支出预算表（不含上年结转）.
  {
    const gpRows = fns.filter((f) => !rowIncome(f).gp.isZero());
    const header = codeHeader(split, 3, '科目编码', `${y}年预算数`, ['合计', '基本支出', '项目支出']);
    const body = [
      {
        cells: [...blankCode('合计'), n(T.income.gp, u), n(T.basic, u), n(T.project.gp, u)],
        role: 'total' as RowRole,
      },
      ...gpRows.map((f) => fnRow(f, [n(rowIncome(f).gp, u), n(f.basic, u), n(f.project.gp, u)])),
    ];
    out.push(table(spec, 'budget.general-public', `${y}年一般公共预算支出预算表（不含上年结转）`, u, header, body));
  }

  // 表6 基本支出分经济科目表: 类 rows are Σ of their 款 rows; 人员经费 = 301 + 303, 公用经费 = 302.
  {
    const header = split
      ? [
          [h('科目编码', 1, 2), h('科目名称', 2), h(`${y}年预算数`, 1, 3)],
          [h('类'), h('款'), h('合计'), h('人员经费'), h('公用经费')],
        ]
      : [
          [h('科目编码', 2), h('科目名称', 2), h(`${y}年预算数`, 1, 3)],
          [h('合计'), h('人员经费'), h('公用经费')],
        ];
    const zero = new Decimal(0);
    const split3 = (v: Decimal, group: 'personnel' | 'public') =>
      [n(v, u), n(group === 'personnel' ? v : zero, u), n(group === 'public' ? v : zero, u)] as Cell[];
    const body: { cells: Cell[]; role: RowRole }[] = [
      {
        cells: [t('合计'), ...(split ? [t('')] : []), t(''), n(T.basic, u), n(T.personnel, u), n(T.public, u)],
        role: 'total',
      },
    ];
    for (const [cls, info] of Object.entries(ECON_CLASSES)) {
      const items = b.econ.filter((e) => e.code.startsWith(cls));
      if (items.length === 0) continue;
      body.push({
        cells: [...codeCells(cls, split, 2), t(info.name), ...split3(sum(items.map((e) => e.amount)), info.group)],
        role: 'body',
      });
      for (const e of items)
        body.push({ cells: [...codeCells(e.code, split, 2), t(e.name), ...split3(e.amount, e.group)], role: 'body' });
    }
    out.push(
      table(
        spec,
        'budget.basic-economic',
        `${y}年一般公共预算安排基本支出分经济科目表（不含上年结转）`,
        u,
        header,
        body,
      ),
    );
  }

  // 表7/表8 政府性基金: filled from the 政府性基金 project(s), or printed empty with a note.
  const gfTotal = T.income.gf;
  const gfNote = `本部门${y}年无政府性基金预算收支，故本表为空表`;
  {
    const header = codeHeader(split, 3, '收入科目编码', '', [], ['政府性基金收入预算']);
    const body = [
      { cells: [...blankCode('合计'), n(gfTotal, u)], role: 'total' as RowRole },
      ...(gfTotal.isZero()
        ? []
        : GOV_FUND_INCOME.map(([code, name]) => ({
            cells: [...codeCells(code, split, 3), t(name), n(gfTotal, u)],
            role: 'body' as RowRole,
          }))),
    ];
    out.push(
      table(spec, 'budget.gov-fund-income', `${y}年政府性基金预算收入表（不含上年结转）`, u, header, body, {
        empty: gfTotal.isZero(),
        notes: gfTotal.isZero() ? [gfNote] : [],
      }),
    );
  }
  {
    const gfRows = fns.filter((f) => !f.project.gf.isZero());
    const header = codeHeader(split, 3, '科目编码', `${y}年预算数`, ['合计', '基本支出', '项目支出']);
    const body = [
      { cells: [...blankCode('合计'), n(gfTotal, u), t(''), n(gfTotal, u)], role: 'total' as RowRole },
      ...gfRows.map((f) => fnRow(f, [n(f.project.gf, u), t(''), n(f.project.gf, u)])),
    ];
    out.push(
      table(spec, 'budget.gov-fund', `${y}年政府性基金预算支出表（不含上年结转）`, u, header, body, {
        empty: gfTotal.isZero(),
        notes: gfTotal.isZero() ? [gfNote] : [],
      }),
    );
  }

  // 表9 国有资本经营: a county culture bureau never has any; always empty with the short note.
  {
    const header = [
      [h('国有资本经营预算收入', 1, 3), h('国有资本经营预算支出', 1, 5)],
      [h('项目', 1, 2), h('国有资本经营收入预算', 2), h('科目编码', 2), h('科目名称', 2), h('合计', 2)].concat([
        h('基本支出', 2),
        h('项目支出', 2),
      ]),
      [h('收入科目编码'), h('科目名称')],
    ];
    const body = [{ cells: [t('合计'), ...Array.from({ length: 7 }, () => t(''))], role: 'total' as RowRole }];
    out.push(
      table(spec, 'budget.state-capital', `${y}年国有资本经营预算收支预算表（不含上年结转）`, u, header, body, {
        empty: true,
        notes: ['注：本表无数据'],
      }),
    );
  }

  // 表10 三公: always 万元 (Shanghai prints it in 万元 even when the other tables are in 元); zero items print 0.00.
  {
    const tu: Unit = '万元';
    const tp = b.threePublic;
    const car = tp.carPurchase.plus(tp.carRunning);
    const line = (label: string, v: Decimal, role: RowRole = 'body') => ({
      cells: [t(label), n(v, tu, '0.00'), n(v, tu, '0.00'), t(''), t('')],
      role,
    });
    const header = [
      [h('项目', 2), h(`${y}年预算数`, 1, 4)],
      [h('合计'), h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')],
    ];
    const body = [
      line('因公出国（境）费', tp.abroad),
      line('公务接待费', tp.reception),
      line('公务用车购置及运行费', car),
      line('①公务用车购置费', tp.carPurchase),
      line('②公务用车运行维护费', tp.carRunning),
      line('合计', T.threePublic, 'total'),
    ];
    out.push(table(spec, 'budget.three-public', `${y}年财政拨款安排“三公”经费支出预算表`, tu, header, body));
  }

  // 表11 机关运行经费 = 公用经费 of the administrative unit only (less than 表6 公用经费 when a 事业单位 is included).
  {
    const header = [
      [h('单位名称', 2), h(`${y}年预算数`, 1, 4)],
      [h('合计'), h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')],
    ];
    const line = (label: string, role: RowRole) => ({
      cells: [t(label), n(b.adminOperating, u), n(b.adminOperating, u), t(''), t('')],
      role,
    });
    const admin = b.units.filter((x) => x.kind === '行政单位').map((x) => line(x.name, 'body'));
    out.push(
      table(spec, 'budget.admin-operating', `${y}年财政拨款安排机关运行经费预算表`, u, header, [
        line('部门合计', 'total'),
        ...admin,
      ]),
    );
  }

  // 表12 项目支出（本年预算）: 合计, then each unit (部门 → 单位 → 项目) over its projects; an index row 1…7 first.
  {
    const header = [
      [h('项目名称', 2), h('合计', 2), h(`${y}年财政拨款`, 1, 3), h('财政专户管理资金', 2), h('单位资金', 2)],
      [h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')],
    ];
    const order = ['gp', 'gf', 'sc', 'sp', 'unit'] as const;
    const line = (label: string, total: Decimal, by: (s: (typeof order)[number]) => Decimal, role: RowRole) => ({
      cells: [t(label), n(total, u), ...order.map((s) => n(by(s), u))],
      role,
    });
    const body = [
      { cells: ['1', '2', '3', '4', '5', '6', '7'].map(t), role: 'index' as RowRole },
      line('合计', T.projectThisYear, (s) => T.project[s], 'total'),
      ...b.units.flatMap((unit) => {
        const mine = b.projects.filter((p) => p.unit === unit.name);
        if (mine.length === 0) return [];
        const by = (s: (typeof order)[number]) => sum(mine.filter((p) => p.source === s).map((p) => p.amount));
        return [
          line(unit.name, sum(mine.map((p) => p.amount)), by, 'subtotal'),
          ...mine.map((p) => line(p.name, p.amount, (s) => (s === p.source ? p.amount : new Decimal(0)), 'body')),
        ];
      }),
    ];
    out.push(table(spec, 'budget.projects', `${y}年项目支出预算表（本年预算）`, u, header, body));
  }

  // 表13 项目支出（上年结转）.
  {
    const header = [
      [h('项目名称', 2), h('合计', 2), h('上年结转财政拨款', 1, 3)],
      [h('一般公共预算'), h('政府性基金预算'), h('国有资本经营预算')],
    ];
    const line = (label: string, v: Decimal, role: RowRole) => ({
      cells: [t(label), n(v, u), n(v, u), t(''), t('')],
      role,
    });
    const empty = b.carryProjects.length === 0;
    const body = [
      { cells: ['1', '2', '3', '4', '5'].map(t), role: 'index' as RowRole },
      line('合计', T.carry, 'total'),
      ...b.units.flatMap((unit) => {
        const mine = b.carryProjects.filter((p) => p.unit === unit.name);
        if (mine.length === 0) return [];
        return [
          line(unit.name, sum(mine.map((p) => p.amount)), 'subtotal'),
          ...mine.map((p) => line(p.name, p.amount, 'body')),
        ];
      }),
    ];
    out.push(
      table(spec, 'budget.projects-carryover', `${y}年项目支出预算表（上年结转）`, u, header, body, {
        empty,
        notes: empty ? [`本部门${y}年无上年结转项目支出，故本表为空表`] : [],
      }),
    );
  }

  out.push(performanceTable(b));
  return out.filter((x) => !spec.omit.includes(x.kind));
}

/** The project to annex a 绩效目标表 for: the largest 一般公共预算 project (ties: first). */
export function performanceProject(b: Budget) {
  const gp = b.projects.filter((p) => p.source === 'gp');
  return gp.reduce((best, p) => (p.amount.greaterThan(best.amount) ? p : best), gp[0] ?? (b.projects[0] as never));
}

/** `运转经费a万元、劳务费b万元，共计c万元。`: c is the project's money to the 0.01 万元, a its 60%, b the rest. */
export function composition(amount: Decimal): string {
  const c = amount.toDecimalPlaces(2);
  const a = c.times('0.6').toDecimalPlaces(2);
  return `运转经费${a.toFixed(2)}万元、劳务费${c.minus(a).toFixed(2)}万元，共计${c.toFixed(2)}万元。`;
}

/** 项目支出绩效目标表 in 元 (whole yuan), 6 columns, modelled on the seeds' annexes. */
function performanceTable(b: Budget): LogicalTable {
  const { spec } = b;
  const p = performanceProject(b);
  const yuan = fmtYuanWhole(p.amount);
  const row = (...cells: Cell[]) => ({ cells, role: 'body' as RowRole });
  const indicators: [string, string, string, string][] = [
    ['产出指标', '数量指标', '开展活动场次', '≥20场'],
    ['', '质量指标', '活动验收合格率', '100%'],
    ['', '时效指标', '项目完成时间', `${spec.year}年12月底前`],
    ['', '成本指标', '项目总成本', `≤${p.amount.toFixed(2)}万元`],
    ['效益指标', '社会效益指标', '群众文化获得感', '明显提升'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const body = [
    row(t('项目名称'), t(''), t(p.name), t(''), t(''), t('')),
    row(t('主管部门及代码'), t(''), t(`301-${spec.org}`), t(''), t('实施单位'), t(spec.org)),
    row(
      t('项目属性'),
      t(''),
      t(p.kind === '其他运转类' ? '经常性项目' : '一次性项目（1年结束）'),
      t(''),
      t('项目期'),
      t('1年'),
    ),
    row(t('项目资金（元）'), t('实施期资金总额：'), { text: yuan, num: true }, t(''), t('年度资金总额：'), {
      text: yuan,
      num: true,
    }),
    row(t(''), t('其中：财政拨款'), { text: yuan, num: true }, t(''), t('其中：财政拨款'), { text: yuan, num: true }),
    row(t(''), t('其他资金'), { text: '0', num: true }, t(''), t('其他资金'), { text: '0', num: true }),
    row(t('年度总体目标'), t(''), t(`按计划完成${p.name}各项任务，提升公共文化和旅游服务水平。`), t(''), t(''), t('')),
    // 资金支出构成 in 万元, as the national template prints it: two items and the total they come to.
    row(t('资金支出构成'), t(''), t(composition(p.amount)), t(''), t(''), t('')),
    row(t('绩效指标'), t('一级指标'), t('二级指标'), t('三级指标'), t(''), t('指标值')),
    ...indicators.map(([a, b2, c, d]) => row(t(''), t(a), t(b2), t(c), t(''), t(d))),
  ];
  // Merges as the seeds print them: labels over two columns, long texts over the rest.
  const spans: [number, number, number, number][] = [
    // [row, col, rowSpan, colSpan]
    [0, 0, 1, 2],
    [0, 2, 1, 4],
    [1, 0, 1, 2],
    [1, 2, 1, 2],
    [2, 0, 1, 2],
    [2, 2, 1, 2],
    [3, 0, 3, 1],
    [3, 2, 1, 2],
    [4, 2, 1, 2],
    [5, 2, 1, 2],
    [6, 0, 1, 2],
    [6, 2, 1, 4],
    [7, 0, 1, 2],
    [7, 2, 1, 4],
    [8, 0, indicators.length + 1, 1],
    [8, 3, 1, 2],
    ...indicators.map((_, i): [number, number, number, number] => [9 + i, 3, 1, 2]),
  ];
  const grid = body.map((r) => r.cells.map((c): Cell | null => c));
  for (const [r, c, rs, cs] of spans) {
    const cell = grid[r]?.[c];
    if (!cell) throw new Error(`performance table: no cell at ${r},${c}`);
    if (rs > 1) cell.rowSpan = rs;
    if (cs > 1) cell.colSpan = cs;
    for (let i = r; i < r + rs; i++)
      for (let j = c; j < c + cs; j++) if (i !== r || j !== c) (grid[i] as (Cell | null)[])[j] = null;
  }
  const rows = grid.map((r) => r.filter((c): c is Cell => c !== null));
  return {
    kind: 'budget.performance',
    title: `${spec.region}县级预算部门（单位）项目支出绩效目标表（${spec.year}年度）`,
    meta: [`部门名称：${spec.org}`, '单位：元'],
    unit: '元',
    rows,
    roles: rows.map((): RowRole => 'body'),
    notes: [],
    empty: false,
  };
}

/**
 * Expands source-order cells with spans into a rectangular text grid: merged text at top-left, '' elsewhere
 * (the shape of ../shared/fixtures/*\/tables.json). Throws when the spans do not tile a rectangle.
 */
export function toGrid(rows: Cell[][]): { text: string[][]; pos: (readonly [row: number, col: number])[][] } {
  const occupied: boolean[][] = [];
  const text: string[][] = [];
  const pos: (readonly [number, number])[][] = [];
  rows.forEach((cells, r) => {
    occupied[r] ??= [];
    text[r] ??= [];
    pos[r] = [];
    let c = 0;
    for (const cell of cells) {
      while (occupied[r]?.[c]) c++;
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      for (let i = r; i < r + rs; i++) {
        occupied[i] ??= [];
        text[i] ??= [];
        for (let j = c; j < c + cs; j++) {
          (occupied[i] as boolean[])[j] = true;
          (text[i] as string[])[j] = i === r && j === c ? cell.text : '';
        }
      }
      (pos[r] as (readonly [number, number])[]).push([r, c] as const);
      c += cs;
    }
  });
  if (text.length !== rows.length) throw new Error(`table grid: a rowspan runs past the last row`);
  const width = Math.max(...text.map((r) => r.length));
  for (let i = 0; i < text.length; i++)
    for (let j = 0; j < width; j++)
      if (typeof text[i]?.[j] !== 'string') throw new Error(`table grid is not rectangular at row ${i}, column ${j}`);
  return { text, pos };
}
