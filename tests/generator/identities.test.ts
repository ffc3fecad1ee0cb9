/**
 * The generated truth adds up: every identity of DESIGN.md §3 is recomputed here from the printed tables.json and
 * narrative (parsed independently of the generator's own code path), for every variant and a few seeds.
 */
import Decimal from 'decimal.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateVariant, tablesJson, truthJson } from './document';
import { VARIANTS } from './spec';

type Grid = string[][];

/** Printed amount → Decimal in 万元 ('' → 0). */
function amount(text: string | undefined, unit: string): Decimal {
  const s = (text ?? '').replace(/,/g, '').trim();
  if (s === '' || s === '-') return new Decimal(0);
  const d = new Decimal(s);
  return unit === '元' ? d.div(10000) : d;
}
const total = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));

function load(variant: (typeof VARIANTS)[number], seed?: number) {
  const doc = generateVariant(variant, seed === undefined ? {} : { seed });
  const tj = tablesJson(doc, 'x');
  const truth = truthJson(doc);
  const byKind = (kind: string) => {
    const i = truth.tables.findIndex((t) => t.kind === kind);
    if (i < 0) return null;
    const meta = truth.tables[i] as (typeof truth.tables)[number];
    const rows = (tj.tables[i] as { rows: Grid }).rows;
    return { rows, body: rows.slice(meta.headerRows), unit: meta.unit, meta };
  };
  return { doc, tj, truth, byKind, split: doc.spec.codeLayout === 'split' };
}

/** Code-keyed rows of a code table: the code (split cells joined), name and the amount columns after it. */
function coded(body: Grid, split: boolean, unit: string, parts = 3) {
  const w = split ? parts : 1;
  return body
    .filter((r) => /^\d+$/.test(r[0] ?? ''))
    .map((r) => ({ code: r.slice(0, w).join(''), name: r[w] ?? '', v: r.slice(w + 1).map((x) => amount(x, unit)) }));
}

/** 类 = Σ 款 and 款 = Σ 项 by code prefix, for every amount column. */
function expectHierarchy(rows: ReturnType<typeof coded>) {
  for (const parent of rows.filter((r) => r.code.length < 7)) {
    const kids = rows.filter((r) => r.code.length === parent.code.length + 2 && r.code.startsWith(parent.code));
    expect(kids.length, `children of ${parent.code}`).toBeGreaterThan(0);
    parent.v.forEach((v, j) => {
      eq(total(kids.map((k) => k.v[j] as Decimal)), v, `${parent.code} column ${j}`, kids.length);
    });
  }
}

/**
 * Equality of printed amounts. With exact printing (precision 'hundred', or any 元 table) it is exact; with 万元 cells
 * rounded one by one (precision 'fen') a sum of n printed terms may differ from the printed total by (n + 1) × 0.005.
 */
let rounding = false;
function eq(a: Decimal | undefined, b: Decimal | undefined, what: string, terms = 2) {
  if (!rounding) return expect(a?.toFixed(2), what).toBe(b?.toFixed(2));
  expect(a, what).toBeDefined();
  expect(b, what).toBeDefined();
  const gap = (a as Decimal).minus(b as Decimal).abs();
  expect(gap.lessThanOrEqualTo(new Decimal('0.005').times(terms + 1)), `${what}: ${a} vs ${b}`).toBe(true);
}

const cases = [
  ...VARIANTS.map((v) => [v, undefined] as const),
  ['sample', 1] as const,
  ['sample', 987654] as const,
  ['split-codes', 42] as const,
];

describe.each(cases)('identities hold in the generated truth: %s seed %s', (variant, seed) => {
  const { byKind, split, truth, doc } = load(variant, seed);
  beforeEach(() => {
    rounding = doc.spec.precision === 'fen';
  });
  const summary = byKind('budget.summary');
  const income = byKind('budget.income');
  const spend = byKind('budget.expenditure');
  const gp = byKind('budget.general-public');
  const econ = byKind('budget.basic-economic');
  const three = byKind('budget.three-public');
  const projects = byKind('budget.projects');
  const carry = byKind('budget.projects-carryover');

  it('表1: sources, classes and totals balance', () => {
    if (!summary) throw new Error('no summary');
    const u = summary.unit;
    const label = (s: string) => summary.body.find((r) => r[0] === s || r[2] === s) as string[];
    const sources = summary.body.filter((r) => /^[一二三四五]、/.test(r[0] ?? '')).map((r) => amount(r[1], u));
    expect(sources).toHaveLength(5);
    const incomeTotal = amount(label('本年收入合计')[1], u);
    eq(total(sources), incomeTotal, '本年收入合计 = Σ sources', 5);
    const carried = amount(label('上年结转')[1], u);
    eq(incomeTotal.plus(carried), amount(label('收入总计')[1], u), '收入总计');
    const classes = summary.body.slice(0, 30);
    eq(total(classes.map((r) => amount(r[3], u))), amount(label('支出总计')[3], u), '支出总计 = Σ classes', 30);
    eq(amount(label('收入总计')[1], u), amount(label('支出总计')[3], u), '收入总计 = 支出总计');
    for (const r of classes) eq(amount(r[3], u), amount(r[4], u).plus(amount(r[5], u)), `row ${r[2]}`);
  });

  it('表2/表3/表5: hierarchy by code prefix, row sums, 合计 rows', () => {
    for (const t of [income, spend, gp]) {
      if (!t) throw new Error('missing code table');
      const rows = coded(t.body, split, t.unit);
      expectHierarchy(rows);
      const sumRow = t.body[0] as string[];
      expect(sumRow[0]).toBe('合计');
      const w = split ? 3 : 1;
      const top = rows.filter((r) => r.code.length === 3);
      sumRow.slice(w + 1).forEach((x, j) => {
        eq(total(top.map((r) => r.v[j] as Decimal)), amount(x, t.unit), `合计 column ${j}`, top.length);
      });
    }
    const inc = coded((income as NonNullable<typeof income>).body, split, income?.unit ?? '');
    for (const r of inc) eq(r.v[0], total(r.v.slice(1, 6)), `表2 ${r.code} 合计 = Σ sources`, 5);
    const sp = coded((spend as NonNullable<typeof spend>).body, split, spend?.unit ?? '');
    for (const r of sp) eq(r.v[0], (r.v[1] as Decimal).plus(r.v[2] as Decimal), `表3 ${r.code} 合计 = 基本 + 项目`);
    // 表2 本年收入 + 上年结转 = 表3 合计, per code; 表5 = 表2 一般公共预算 column.
    for (const r of sp) {
      const i = inc.find((x) => x.code === r.code);
      eq((i?.v[0] ?? new Decimal(0)).plus(i?.v[6] ?? 0), r.v[0], `表2 vs 表3 ${r.code}`);
    }
    for (const r of coded((gp as NonNullable<typeof gp>).body, split, gp?.unit ?? ''))
      eq(inc.find((x) => x.code === r.code)?.v[1], r.v[0], `表5 vs 表2 ${r.code}`);
    // 表1 class rows = 表3 类 rows.
    const classes = (summary as NonNullable<typeof summary>).body.slice(0, 30);
    for (const r of sp.filter((x) => x.code.length === 3)) {
      const row = classes.find((c) => (c[2] ?? '').endsWith(r.name));
      eq(amount(row?.[3], summary?.unit ?? ''), r.v[0], `表1 vs 表3 ${r.code}`);
    }
  });

  it('表6: 类 = Σ 款, 人员经费 = 301 + 303, 公用经费 = 302, = 表5 基本支出', () => {
    if (!econ || !gp) throw new Error('missing tables');
    const rows = coded(econ.body, split, econ.unit, 2);
    for (const cls of rows.filter((r) => r.code.length === 3)) {
      const kids = rows.filter((r) => r.code.length === 5 && r.code.startsWith(cls.code));
      eq(total(kids.map((k) => k.v[0] as Decimal)), cls.v[0], `econ ${cls.code}`, kids.length);
    }
    const of = (c: string) => rows.find((r) => r.code === c)?.v[0] ?? new Decimal(0);
    const sumRow = (econ.body[0] as string[]).filter((x) => x !== '').slice(1);
    const [all, personnel, pub] = sumRow.map((x) => amount(x, econ.unit));
    eq(personnel, of('301').plus(of('303')), '人员经费');
    eq(pub, of('302'), '公用经费');
    eq(all, (personnel as Decimal).plus(pub as Decimal), '合计');
    eq(all, amount((gp.body[0] as string[])[split ? 5 : 3], gp.unit), '表5 基本支出');
  });

  it('表10/表11: 三公 parts, lines of 表6, 机关运行经费 = 公用经费', () => {
    if (!three || !econ) throw new Error('missing tables');
    const v = (label: string) => amount(three.body.find((r) => r[0] === label)?.[1], three.unit);
    eq(v('公务用车购置及运行费'), v('①公务用车购置费').plus(v('②公务用车运行维护费')), '车');
    eq(v('合计'), v('因公出国（境）费').plus(v('公务接待费')).plus(v('公务用车购置及运行费')), '三公合计');
    const econRows = coded(econ.body, split, econ.unit, 2);
    eq(v('公务接待费'), econRows.find((r) => r.code === '30217')?.v[0], '接待 = 30217');
    eq(v('②公务用车运行维护费'), econRows.find((r) => r.code === '30231')?.v[0], '运行 = 30231');
    const admin = byKind('budget.admin-operating');
    if (!admin) return;
    const stated = amount(admin.body[0]?.[1], admin.unit);
    const pub = econRows.find((r) => r.code === '302')?.v[0] as Decimal;
    if (truth.units.length === 1) {
      eq(stated, pub, '机关运行经费 = 公用经费');
      expect(truth.explained).toEqual([]);
    } else {
      // Multi-unit: only the bureau's 公用经费; the gap to 表6 is recorded as explained, not an error.
      const bureau = truth.units.find((x) => x.kind === '行政单位');
      eq(stated, new Decimal(bureau?.public ?? '0'), '机关运行经费 = the bureau’s 公用经费');
      expect(stated.lessThan(pub)).toBe(true);
      expect(truth.explained[0]).toMatchObject({ stated: stated.toFixed(2), computed: pub.toFixed(2) });
    }
  });

  it('表12/表13: project totals = 项目支出 of the year and 上年结转', () => {
    if (!projects || !spend || !summary) throw new Error('missing tables');
    const u = projects.unit;
    const roles = projects.meta.rowRoles.slice(projects.meta.headerRows);
    const rows = projects.body.filter((_, i) => roles[i] !== 'index');
    const rowRoles = roles.filter((r) => r !== 'index');
    for (const r of rows) eq(amount(r[1], u), total(r.slice(2).map((x) => amount(x, u))), `表12 ${r[0]}`, 5);
    const sumRow = rows[0] as string[];
    const of = (role: string) => rows.filter((_, i) => rowRoles[i] === role).map((r) => amount(r[1], u));
    eq(amount(sumRow[1], u), total(of('body')), '表12 合计 = Σ projects', of('body').length);
    eq(amount(sumRow[1], u), total(of('subtotal')), '表12 合计 = Σ 单位 rows', of('subtotal').length);
    expect(of('subtotal')).toHaveLength(truth.units.filter((x) => x.projects.length > 0).length);
    // Each 单位 row = Σ the project rows under it.
    rows.forEach((r, i) => {
      if (rowRoles[i] !== 'subtotal') return;
      const kids: Decimal[] = [];
      for (let j = i + 1; j < rows.length && rowRoles[j] === 'body'; j++) kids.push(amount(rows[j]?.[1], u));
      eq(amount(r[1], u), total(kids), `单位 ${r[0]}`, kids.length);
    });
    const carried = amount(summary.body.find((r) => r[0] === '上年结转')?.[1], summary.unit);
    eq(
      amount(sumRow[1], u).plus(carried),
      amount((spend.body[0] as string[])[split ? 6 : 4], spend.unit),
      '表3 项目支出',
    );
    if (carry) eq(amount(carry.body.find((r) => r[0] === '合计')?.[1], carry.unit), carried, '表13 = 上年结转');
    const perf = byKind('budget.performance');
    if (!perf) throw new Error('no performance table');
    const name = perf.rows[0]?.[2];
    const yuan = new Decimal((perf.rows[3]?.[2] ?? '').replace(/,/g, ''));
    eq(yuan.div(10000), amount(rows.find((r) => r[0] === name)?.[1], u), '绩效目标表 元 ÷ 10⁴ = project row', 0);
  });

  it('政府性基金: 表7 = 表8 = 表2 column; empty tables carry a note', () => {
    const fundIn = byKind('budget.gov-fund-income');
    const fund = byKind('budget.gov-fund');
    const incomeSum = amount(income?.body[0]?.[split ? 6 : 4], income?.unit ?? '');
    if (fund) eq(amount((fund.body[0] as string[])[split ? 4 : 2], fund.unit), incomeSum, '表8 合计');
    if (fundIn) eq(amount((fundIn.body[0] as string[]).at(-1), fundIn.unit), incomeSum, '表7 合计');
    for (const t of truth.tables) if (t.empty) expect(t.notes.length, `${t.kind} note`).toBeGreaterThan(0);
  });

  it('narrative: change claims use last year as base, shares recompute', () => {
    for (const c of truth.claims.filter((x) => x.kind === 'change')) {
      const m = /([\d,.]+)万元，比上年(增加|减少)([\d,.]+)万元，(增长|下降)([\d.]+)%$/.exec(c.text);
      if (!m) throw new Error(`unparsed change claim ${c.text}`);
      const x = amount(m[1], '万元');
      const y = amount(m[3], '万元');
      const base = m[2] === '增加' ? x.minus(y) : x.plus(y);
      expect(new Decimal(c.truth.pct as string).toFixed(2), c.id).toBe(m[5]);
      expect(new Decimal(c.truth.prior as string).toFixed(2)).toBe(
        new Decimal(c.truth.current as string)
          .minus(c.truth.direction === 'increase' ? (c.truth.delta as string) : `-${c.truth.delta}`)
          .toFixed(2),
      );
      // Recomputed from the printed X and Y: exact when printing is exact, within a hair when amounts are rounded.
      const z = y.div(base).times(100);
      // Bound: Y and X each off by ≤ 0.005 (so the base by ≤ 0.01), plus printing Z to two decimals.
      const bound = new Decimal('0.005')
        .div(base)
        .plus(y.times('0.01').div(base.pow(2)))
        .times(100)
        .plus('0.005');
      if (rounding)
        expect(
          z
            .minus(m[5] as string)
            .abs()
            .lessThanOrEqualTo(bound),
          c.id,
        ).toBe(true);
      else expect(z.toFixed(2), c.id).toBe(m[5]);
    }
    for (const c of truth.claims.filter((x) => x.kind === 'share')) {
      const part = new Decimal(c.truth.part as string);
      const whole = new Decimal(c.truth.whole as string);
      expect(whole.isZero() ? '0.00' : part.div(whole).times(100).toFixed(2), c.id).toBe(c.value);
    }
    const grand = amount(summary?.body.find((r) => r[0] === '收入总计')?.[1], summary?.unit ?? '');
    const claim = (id: string) => truth.claims.find((c) => c.id === id);
    expect(new Decimal(claim('amount.grand')?.truth.value as string).toFixed(2)).toBe(grand.toFixed(2));
    expect(new Decimal(claim('change.total')?.truth.current as string).toFixed(2)).toBe(grand.toFixed(2));
    expect(claim('count.actual')?.value).toBe(String(truth.staff.actual));
  });
});

describe('rounded: the truth is exact, the print differs from it by rounding only', () => {
  const { truth, byKind } = load('rounded');
  it('类 = Σ 款 = Σ 项 exactly in truth.budget (amounts to the 分)', () => {
    const fns = truth.budget.functions;
    expect(fns.some((f) => (f.total.split('.')[1] ?? '').length > 2)).toBe(true);
    for (const f of fns.filter((x) => x.level < 3)) {
      const kids = fns.filter((k) => k.level === f.level + 1 && k.code.startsWith(f.code));
      expect(total(kids.map((k) => new Decimal(k.total))).equals(f.total), f.code).toBe(true);
    }
  });
  it('at least one printed sum differs from its printed parts (a rounding case for the checks)', () => {
    const t = byKind('budget.expenditure');
    if (!t) throw new Error('no 表3');
    const rows = coded(t.body, false, t.unit);
    const off = rows.filter((r) => !r.v[0]?.equals((r.v[1] as Decimal).plus(r.v[2] as Decimal)));
    const parents = rows.filter((p) => {
      const kids = rows.filter((k) => k.code.length === p.code.length + 2 && k.code.startsWith(p.code));
      return kids.length > 0 && !total(kids.map((k) => k.v[0] as Decimal)).equals(p.v[0] as Decimal);
    });
    expect(off.length + parents.length).toBeGreaterThan(0);
  });
});
