/**
 * The generated 决算 adds up: its identities (DESIGN.md §3, final accounts) recomputed from the printed tables.json
 * and narrative, not through the generator's code — the two sides of 收入支出决算总表, rows and 类/款/项 of every code
 * table, 年初 + 本年收入 = 本年支出 + 年末 in the fund table, the cross-table equalities, and every 完成年初预算的C%,
 * whose 年初预算 must be what the budget of the same spec prints for that item.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { finalTruthJson, generateFinalVariant, generateVariant, tablesJson, truthJson } from './document';
import type { VariantName } from './spec';

type Grid = string[][];
const D = (x: string | undefined, unit = '万元'): Decimal => {
  const s = (x ?? '').replace(/,/g, '').trim();
  if (s === '' || s === '-') return new Decimal(0);
  const d = new Decimal(s);
  return unit === '元' ? d.div(10000) : d;
};
const total = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));
function eq(a: Decimal, b: Decimal, what: string): void {
  expect(a.toFixed(2), what).toBe(b.toFixed(2));
}

function load(variant: VariantName, seed: number) {
  const doc = generateFinalVariant(variant, { seed });
  const tj = tablesJson(doc, 'x');
  const truth = finalTruthJson(doc);
  const split = doc.spec.codeLayout === 'split';
  const byKind = (kind: string) => {
    const i = truth.tables.findIndex((t) => t.kind === kind);
    const meta = truth.tables[i];
    if (!meta) throw new Error(`no ${kind}`);
    const rows = (tj.tables[i] as { rows: Grid }).rows;
    return { rows, body: rows.slice(meta.headerRows), unit: meta.unit };
  };
  /** Code rows: code (split cells joined), then the amount columns after the name, in 万元. */
  const coded = (kind: string) => {
    const t = byKind(kind);
    const w = split ? 3 : 1;
    const totalRow = t.body.find((r) => r[0] === '合计') as string[];
    return {
      total: totalRow.slice(w + 1).map((x) => D(x, t.unit)),
      rows: t.body
        .filter((r) => /^\d+$/.test(r[0] ?? ''))
        .map((r) => ({ code: r.slice(0, w).join(''), v: r.slice(w + 1).map((x) => D(x, t.unit)) })),
    };
  };
  return { doc, truth, byKind, coded };
}

/** 类 = Σ 款, 款 = Σ 项 by code prefix; 合计 = Σ 类, in every amount column. */
function hierarchy(t: { total: Decimal[]; rows: { code: string; v: Decimal[] }[] }, what: string) {
  for (const parent of t.rows.filter((r) => r.code.length < 7)) {
    const kids = t.rows.filter((r) => r.code.length === parent.code.length + 2 && r.code.startsWith(parent.code));
    expect(kids.length, `${what}: children of ${parent.code}`).toBeGreaterThan(0);
    parent.v.forEach((v, j) => {
      eq(total(kids.map((k) => k.v[j] as Decimal)), v, `${what} ${parent.code} col ${j}`);
    });
  }
  const classes = t.rows.filter((r) => r.code.length === 3);
  t.total.forEach((v, j) => {
    eq(total(classes.map((c) => c.v[j] as Decimal)), v, `${what} 合计 col ${j}`);
  });
}

const CASES: [VariantName, number][] = [
  ['sample', 20250214],
  ['sample', 1],
  ['sample', 42],
  ['yuan', 2],
  ['split-codes', 3],
  ['multi-unit', 4],
  ['empty-with-notes', 5],
];

describe.each(CASES)('决算 identities hold in the printed output: %s seed %i', (variant, seed) => {
  const { doc, truth, byKind, coded } = load(variant, seed);
  const summary = byKind('final.summary');
  const label = (r: string[], col: number) => (r[col] ?? '').replace(/^[一二三四五六七八九十]+、/u, '');
  const side = (col: number, name: string) => {
    const r = summary.body.find((x) => label(x, col) === name);
    if (!r) throw new Error(`收入支出决算总表: no ${name}`);
    return D(r[col + 1], summary.unit);
  };
  const classRows = summary.body.slice(0, 30);

  it('收入支出决算总表: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计 = 本年支出合计 + 结余分配 + 年末结转和结余', () => {
    const income = side(0, '本年收入合计');
    eq(total(classRows.map((r) => D(r[1], summary.unit))), income, 'Σ income lines');
    const spend = side(2, '本年支出合计');
    eq(total(classRows.map((r) => D(r[3], summary.unit))), spend, 'Σ function classes');
    const grandLeft = D(summary.body.at(-1)?.[1], summary.unit);
    const grandRight = D(summary.body.at(-1)?.[3], summary.unit);
    eq(income.plus(side(0, '使用非财政拨款结余')).plus(side(0, '年初结转和结余')), grandLeft, '收入总计');
    eq(spend.plus(side(2, '结余分配')).plus(side(2, '年末结转和结余')), grandRight, '支出总计');
    eq(grandLeft, grandRight, '收入总计 = 支出总计');
  });

  it('收入决算表 and 支出决算表: rows, hierarchy, and the 总表', () => {
    const inc = coded('final.income');
    for (const r of [...inc.rows, { code: '合计', v: inc.total }])
      eq(total(r.v.slice(1)), r.v[0] as Decimal, `收入决算表 ${r.code}: 本年收入合计 = Σ sources`);
    hierarchy(inc, '收入决算表');
    eq(inc.total[0] as Decimal, side(0, '本年收入合计'), '收入决算表 合计 = 总表 本年收入合计');
    eq(
      inc.total[1] as Decimal,
      side(0, '一般公共预算财政拨款收入')
        .plus(side(0, '政府性基金预算财政拨款收入'))
        .plus(side(0, '国有资本经营预算财政拨款收入')),
      '财政拨款收入 = 总表 三项财政拨款',
    );
    eq(inc.total[6] as Decimal, side(0, '其他收入'), '其他收入');
    const exp = coded('final.expenditure');
    for (const r of [...exp.rows, { code: '合计', v: exp.total }])
      eq(total(r.v.slice(1)), r.v[0] as Decimal, `支出决算表 ${r.code}: 合计 = 基本 + 项目 + 上缴 + 经营 + 对附属`);
    hierarchy(exp, '支出决算表');
    eq(exp.total[0] as Decimal, side(2, '本年支出合计'), '支出决算表 合计 = 总表 本年支出合计');
    for (const r of classRows) {
      const code = doc.final?.functions.find((f) => f.level === 1 && label(r, 2) === f.name)?.code;
      const row = exp.rows.find((x) => x.code === code);
      eq(row ? (row.v[0] as Decimal) : new Decimal(0), D(r[3], summary.unit), `总表 ${label(r, 2)} = 支出决算表 类`);
    }
  });

  it('财政拨款收入支出决算总表: both sides, columns, and its tables', () => {
    const t = byKind('final.fiscal-summary');
    const u = t.unit;
    const row = (name: string) => t.body.find((r) => r[0] === name || r[2] === name) as string[];
    const classes = t.body.slice(0, 30);
    const inc = D(row('本年收入合计')[1], u);
    eq(total(classes.map((r) => D(r[1], u))), inc, 'Σ fiscal income lines');
    const open = D(row('年初财政拨款结转和结余')[1], u);
    eq(
      total(['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'].map((x) => D(row(x)[1], u))),
      open,
      '年初 by fund',
    );
    const grand = t.body.at(-1) as string[];
    eq(inc.plus(open), D(grand[1], u), '收入 总计');
    for (const r of [...classes, row('本年支出合计'), row('年末财政拨款结转和结余'), grand])
      eq(D(r[4], u).plus(D(r[5], u)).plus(D(r[6], u)), D(r[3], u), `${r[2]}: 合计 = Σ funds`);
    for (const col of [3, 4, 5, 6]) {
      const spend = D(row('本年支出合计')[col], u);
      eq(total(classes.map((r) => D(r[col], u))), spend, `Σ classes col ${col}`);
      eq(spend.plus(D(row('年末财政拨款结转和结余')[col], u)), D(grand[col], u), `支出 总计 col ${col}`);
    }
    eq(D(grand[1], u), D(grand[3], u), '收入总计 = 支出总计');
    const gp = coded('final.general-public');
    eq(D(row('本年支出合计')[4], u), gp.total[0] as Decimal, '一般公共预算 column = 一般公共预算财政拨款支出决算表');
    if (doc.spec.govFund) {
      const gf = coded('final.gov-fund');
      eq(D(row('本年支出合计')[5], u), gf.total[2] as Decimal, '政府性基金 column = 基金表 本年支出');
      eq(D(row('一般公共预算财政拨款')[1], u).plus(D(row('政府性基金预算财政拨款')[1], u)), open, '年初');
      eq(D(row('政府性基金预算财政拨款')[1], u), gf.total[0] as Decimal, '年初 政府性基金 = 基金表 年初');
    }
  });

  it('一般公共预算财政拨款支出决算表 and 基本支出决算表', () => {
    const gp = coded('final.general-public');
    for (const r of [...gp.rows, { code: '合计', v: gp.total }])
      eq((r.v[1] as Decimal).plus(r.v[2] as Decimal), r.v[0] as Decimal, `${r.code}: 合计 = 基本 + 项目`);
    hierarchy(gp, '一般公共预算财政拨款支出决算表');
    const be = byKind('final.basic-economic');
    const sides = [0, 3].map((c) => {
      const items = be.body
        .filter((r) => /^\d+$/.test(r[c] ?? ''))
        .map((r) => ({ code: r[c] as string, v: D(r[c + 2], be.unit) }));
      for (const cls of items.filter((i) => i.code.length === 3))
        eq(
          total(items.filter((i) => i.code.length === 5 && i.code.startsWith(cls.code)).map((i) => i.v)),
          cls.v,
          `${cls.code}`,
        );
      const sum = total(items.filter((i) => i.code.length === 3).map((i) => i.v));
      eq(sum, D(be.body.at(-1)?.[c + 2], be.unit), c === 0 ? '人员经费合计' : '公用经费合计');
      return { items, sum };
    });
    const [personnel, pub] = sides as [(typeof sides)[0], (typeof sides)[0]];
    eq(personnel.sum.plus(pub.sum), gp.total[1] as Decimal, '人员 + 公用 = 基本支出');
    // 三公 决算 ↔ 基本支出: 公务接待费 = 30217, 公务用车运行费 = 30231.
    const tp = byKind('final.three-public').body[0] as string[];
    const econ = (code: string) => pub.items.find((i) => i.code === code)?.v ?? new Decimal(0);
    eq(D(tp[11]), econ('30217'), '三公 接待 决算 = 30217');
    eq(D(tp[10]), econ('30231'), '三公 运行 决算 = 30231');
    for (const o of [0, 6]) {
      eq(
        D(tp[o + 1])
          .plus(D(tp[o + 2]))
          .plus(D(tp[o + 5])),
        D(tp[o]),
        `三公 合计 (${o ? '决算' : '预算'})`,
      );
      eq(D(tp[o + 3]).plus(D(tp[o + 4])), D(tp[o + 2]), `车 小计 (${o ? '决算' : '预算'})`);
    }
    // 预算数 = the budget's 三公 table.
    const budget = generateVariant(variant, { seed });
    const bt = truthJson(budget).tables.findIndex((x) => x.kind === 'budget.three-public');
    const brows = (tablesJson(budget, 'x').tables[bt] as { rows: Grid }).rows;
    eq(D(tp[0]), D(brows.find((r) => r[0] === '合计')?.[1]), '三公 预算数 = 预算的三公表');
  });

  it('政府性基金 table: 年初 + 本年收入 = 本年支出 + 年末 per row; 小计 = 基本 + 项目', () => {
    if (!doc.spec.govFund) return;
    const gf = coded('final.gov-fund');
    for (const r of [...gf.rows, { code: '合计', v: gf.total }]) {
      const [open, inc, spend, basic, project, close] = r.v as Decimal[];
      eq(
        (open as Decimal).plus(inc as Decimal),
        (spend as Decimal).plus(close as Decimal),
        `${r.code}: 年初 + 收入 = 支出 + 年末`,
      );
      eq((basic as Decimal).plus(project as Decimal), spend as Decimal, `${r.code}: 小计`);
    }
    hierarchy(gf, '政府性基金预算财政拨款收入支出决算表');
  });

  it('every 完成年初预算的C% is B ÷ A, each item’s A is the budget’s 一般公共预算 row and B its 决算 row', () => {
    const text = truth.narrative.map((b) => b.text).join('\n');
    const budget = generateVariant(variant, { seed });
    const bt = truthJson(budget).tables.findIndex((x) => x.kind === 'budget.general-public');
    const bgrid = (tablesJson(budget, 'x').tables[bt] as { rows: Grid }).rows;
    const bunit = truthJson(budget).tables[bt]?.unit ?? '万元';
    const w = doc.spec.codeLayout === 'split' ? 3 : 1;
    const budgetRow = (code: string) => bgrid.find((r) => r.slice(0, w).join('') === code)?.[w + 1];
    const gp = coded('final.general-public');
    const rates = [...text.matchAll(/年初预算为([\d,.]+)万元，支出决算为([\d,.]+)万元，完成年初预算的([\d.]+)%/gu)];
    expect(rates.length).toBeGreaterThan(3);
    for (const m of rates) {
      const [a, b] = [D(m[1]), D(m[2])];
      expect(b.div(a).times(100).toFixed(2), m[0]).toBe(m[3]);
    }
    const items = [
      ...text.matchAll(
        /\d+、([^\n。]+?)（类）([^\n。]+?)（款）([^\n。]+?)（项）。年初预算为([\d,.]+)万元，支出决算为([\d,.]+)万元/gu,
      ),
    ];
    expect(items.length).toBeGreaterThan(3);
    for (const m of items) {
      const code = doc.final?.functions.find((f) => f.level === 3 && f.name === m[3])?.code as string;
      eq(D(m[4]), D(budgetRow(code), bunit), `${m[3]}: 年初预算 = 预算 一般公共预算支出预算表 ${code}`);
      eq(D(m[5]), gp.rows.find((r) => r.code === code)?.v[0] ?? new Decimal(0), `${m[3]}: 决算 = 决算表 ${code}`);
    }
    // 一般公共预算财政拨款支出年初预算 = the budget's 表5 合计.
    const overall = /一般公共预算财政拨款支出年初预算为([\d,.]+)万元，支出决算为([\d,.]+)万元/u.exec(text);
    eq(D(overall?.[1]), D(bgrid.find((r) => r[0] === '合计')?.[w + 1], bunit), '年初预算 = 表5 合计');
    eq(D(overall?.[2]), gp.total[0] as Decimal, '决算 = 一般公共预算财政拨款支出决算表 合计');
    const grand = /收入支出总计([\d,.]+)万元/u.exec(text);
    eq(D(grand?.[1]), D(summary.body.at(-1)?.[1], summary.unit), '收入支出总计 = 总表 总计');
  });

  it('项目支出绩效自评表: 执行率 = 全年执行数 ÷ 全年预算数, 得分 = 分值 × 执行率, and the text agrees', () => {
    const i = truth.tables.findIndex((t) => /自评/u.test(t.title));
    const grid = (tablesJson(doc, 'x').tables[i] as { rows: Grid }).rows;
    const row = grid.find((r) => r[1] === '年度资金总额') as string[];
    const [a0, a, b, weight, rate, score] = [row[2], row[3], row[4], row[5], row[6], row[7]];
    expect(D(a0).toFixed(2)).toBe(D(a).toFixed(2));
    expect(`${D(b).div(D(a)).times(100).toFixed(2)}%`).toBe(rate);
    expect(
      D(weight)
        .times(D(rate?.replace('%', '')))
        .div(100)
        .toFixed(2),
    ).toBe(score);
    const text = truth.narrative.map((x) => x.text).join('\n');
    const m = /全年预算数([\d,.]+)万元，全年执行数([\d,.]+)万元，执行率([\d.]+)%/u.exec(text);
    expect([m?.[1], m?.[2], `${m?.[3]}%`]).toEqual([a, b, rate]);
    const n = /绩效自评的项目(\d+)个，涉及资金([\d,.]+)万元/u.exec(text);
    const budget = generateVariant(variant, { seed });
    expect(Number(n?.[1])).toBe(budget.budget.projects.length);
  });
});
