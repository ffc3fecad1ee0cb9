import Decimal from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { priorYearMetrics } from '../metrics/prior-year';
import { loadPdf } from '../metrics/testing/load';
import type { BudgetDocument } from '../model/budget-document';
import { compareYears, functionClassSeries, previousOf, type RowChange, type TableComparison } from './compare-years';
import { type Snapshot, toSnapshot } from './snapshot';
import { snapshotOf } from './testing';

const prev = snapshotOf('某区某局', 2024, [
  {
    kind: 'budget.expenditure',
    unit: '元',
    rows: [
      ['', '合计', '1050000.00'],
      ['201', '一般公共服务支出', '600000.00'],
      ['20101', '人大事务', '600000.00'],
      ['208', '社会保障和就业支出', '400000.00'],
      ['20805', '行政事业单位养老支出', '400000.00'],
      ['210', '卫生健康支出', '50000.00'],
    ],
  },
  {
    kind: 'budget.basic-economic',
    unit: '元',
    rows: [
      ['301', '工资福利支出', '300000'],
      ['', '津贴补贴', '100000'], // the code was lost in this year's print
    ],
  },
  { kind: 'budget.gov-fund', unit: '元', rows: [['', '合计', '1000']] },
]);
const cur = snapshotOf('某区某局', 2025, [
  {
    kind: 'budget.expenditure',
    unit: '万元',
    rows: [
      ['', '合计', '110.00'],
      ['201', '一般公共服务支出', '50.00'],
      ['20101', '人大事务', '50.00'],
      ['208', '社会保障和就业支出', '40.00'],
      ['20805', '行政事业单位养老支出', '40.00'],
      ['212', '城乡社区支出', '20.00'],
    ],
  },
  {
    kind: 'budget.basic-economic',
    unit: '万元',
    rows: [
      ['301', '工资福利支出', '32'],
      ['30102', '津贴补贴', '11'],
    ],
  },
]);

function row(t: TableComparison | undefined, key: string): RowChange | undefined {
  return t?.rows.find((r) => r.key === key);
}

describe('compareYears on hand-made tables', () => {
  const c = compareYears(cur, prev);
  const exp = c.tables.find((t) => t.kind === 'budget.expenditure');

  it('pairs rows by code, converts last year to this year’s unit, gives Δ and %', () => {
    expect(exp).toMatchObject({ unit: '万元', convertedFrom: '元', status: 'both' });
    expect(row(exp, 'code:201')).toMatchObject({
      status: 'both',
      current: '50',
      previous: '60',
      delta: '-10',
      pct: '-16.67',
      column: 'total',
    });
    expect(row(exp, 'code:208')).toMatchObject({ delta: '0', pct: '0.00' });
    expect(row(exp, 'name:合计')).toMatchObject({ current: '110', previous: '105', delta: '5', pct: '4.76' });
    expect(c.notes.join(' ')).toContain('converted');
  });

  it('marks new and dropped rows', () => {
    expect(row(exp, 'code:212')).toMatchObject({
      status: 'new',
      current: '20',
      previous: null,
      delta: '20',
      pct: null,
    });
    expect(row(exp, 'code:210')).toMatchObject({ status: 'dropped', current: null, previous: '5', delta: '-5' });
    expect(exp?.rows).toHaveLength(7);
  });

  it('matches a row whose code one year lost by its name', () => {
    const be = c.tables.find((t) => t.kind === 'budget.basic-economic');
    expect(row(be, 'code:30102')).toMatchObject({ status: 'both', matchedBy: 'name', previous: '10', delta: '1' });
  });

  it('lists a table present in one year only', () => {
    const gf = c.tables.find((t) => t.kind === 'budget.gov-fund');
    expect(gf).toMatchObject({ status: 'dropped' });
    expect(gf?.rows[0]).toMatchObject({ status: 'dropped', previous: '1000' });
  });

  it('says when the pair is odd', () => {
    expect(compareYears(prev, cur).notes.join(' ')).toContain('not older');
    const other = { ...prev, organisation: '另一局' };
    expect(compareYears(cur, other).notes.join(' ')).toContain('different organisations');
  });
});

describe('previousOf', () => {
  it('finds the nearest earlier year of the same organisation and kind', () => {
    const y2022 = snapshotOf('某区某局', 2022, []);
    const final2024 = snapshotOf('某区某局', 2024, [], 'final');
    const otherOrg = snapshotOf('另一局', 2024, []);
    expect(previousOf([y2022, final2024, otherOrg, prev, cur], cur)?.year).toBe(2024);
    expect(previousOf([y2022, final2024, otherOrg, prev, cur], cur)?.kind).toBe('budget');
    expect(previousOf([cur, otherOrg], cur)).toBeNull();
  });
});

describe('functionClassSeries', () => {
  it('one line per class over the years, in 万元, null where a year lacks it', () => {
    const y2023 = snapshotOf('某区某局', 2023, [
      {
        kind: 'budget.expenditure',
        unit: '元',
        rows: [
          ['', '合计', '900000'],
          ['201', '一般公共服务支出', '900000'],
        ],
      },
    ]);
    const s = functionClassSeries([cur, y2023, prev]);
    expect(s).toMatchObject({ kind: 'budget', unit: '万元', years: [2023, 2024, 2025] });
    expect(s.totals).toEqual(['90', '105', '110']);
    expect(s.classes).toEqual([
      { code: '201', name: '一般公共服务支出', values: ['90', '60', '50'] },
      { code: '208', name: '社会保障和就业支出', values: [null, '40', '40'] },
      { code: '210', name: '卫生健康支出', values: [null, '5', null] },
      { code: '212', name: '城乡社区支出', values: [null, null, '20'] },
    ]);
    expect(functionClassSeries([], { unit: '元' })).toMatchObject({ years: [], classes: [] });
  });
});

describe.skipIf(!HAS_SHARED)('compareYears on the real pair: 万里街道 2024 → 2025 (PDF)', () => {
  let pair: [Snapshot, Snapshot] | null = null;
  let model2025: BudgetDocument | null = null;
  // Both PDFs are extracted once (seconds each) for the tests below.
  beforeAll(async () => {
    const [a, b] = await Promise.all([
      loadPdf(sharedPath('real/SH_putuo_2024_dept-budget_wanlijiedao.pdf')),
      loadPdf(sharedPath('real/SH_putuo_2025_dept-budget_wanlijiedao.pdf')),
    ]);
    model2025 = b.model;
    const sa = toSnapshot(a.model);
    const sb = toSnapshot(b.model);
    if (sa.ok && sb.ok) pair = [sa.snapshot, sb.snapshot];
  }, 180_000);
  async function snaps(): Promise<[Snapshot, Snapshot]> {
    if (!pair) throw new Error('no snapshot of the 万里街道 pair');
    return pair;
  }

  it('every row present in both years gets its change, and the change is current − previous', async () => {
    const [s2024, s2025] = await snaps();
    expect(s2025.key).toBe('上海市普陀区人民政府万里街道办事处|2025|budget');
    const c = compareYears(s2025, s2024);
    let both = 0;
    for (const t of c.tables) {
      for (const r of t.rows) {
        if (r.status !== 'both') continue;
        both++;
        for (const [k, a] of Object.entries(r.columns)) {
          if (a.current === null && a.previous === null) continue;
          const want = new Decimal(a.current ?? 0).minus(a.previous ?? 0);
          expect(a.delta, `${t.kind} ${r.key} ${k}`).toBe(want.toFixed());
        }
      }
    }
    expect(both).toBeGreaterThan(100);
    // The expenditure table: every coded row of both years is paired by code.
    const exp = c.tables.find((t) => t.kind === 'budget.expenditure');
    const codes24 = new Set(s2024.tables.find((t) => t.kind === 'budget.expenditure')?.rows.map((r) => r.code));
    const codes25 = s2025.tables.find((t) => t.kind === 'budget.expenditure')?.rows.map((r) => r.code) ?? [];
    const shared = codes25.filter((x): x is string => !!x && codes24.has(x));
    expect(shared.length).toBeGreaterThan(30);
    for (const code of shared) expect(row(exp, `code:${code}`)?.status, code).toBe('both');
  });

  it('pins: 合计 +33,556,428元 (the text: 比2024年预算增加3,355.65万元); 城乡社区支出; 三公 −10万元', async () => {
    const [s2024, s2025] = await snaps();
    const c = compareYears(s2025, s2024);
    const exp = c.tables.find((t) => t.kind === 'budget.expenditure');
    // 189,767,551 − 156,211,123 = 33,556,428元 ≈ 3,355.64万元; the narrative's 18,976.76 − 15,621.11 = 3,355.65万元
    // differs only by rounding each year to 万元 first.
    expect(row(exp, 'name:合计')).toMatchObject({
      current: '189767551',
      previous: '156211123',
      delta: '33556428',
      pct: '21.48',
    });
    expect(row(exp, 'code:212')).toMatchObject({ current: '154369326', previous: '119385303', delta: '34984023' });
    // 三公: 37.91万元 vs 47.91万元 — what the 2025 text says (比2024年预算减少10万元).
    const tp = c.tables.find((t) => t.kind === 'budget.three-public');
    const tpRow = tp?.rows.find((r) => r.status === 'both');
    expect(tpRow?.columns['three-public']).toMatchObject({ current: '37.91', previous: '47.91', delta: '-10' });
    expect(tpRow?.columns['vehicle-purchase']).toMatchObject({ current: '15', previous: '25', delta: '-10' });
    // 津贴补贴 lost its code in the 2024 print (30102 in 2025): matched by name.
    const be = c.tables.find((t) => t.kind === 'budget.basic-economic');
    expect(row(be, 'code:30102')).toMatchObject({ status: 'both', matchedBy: 'name', previous: '16623810' });
    const s = functionClassSeries([s2024, s2025]);
    expect(s.years).toEqual([2024, 2025]);
    expect(s.classes.find((x) => x.code === '212')?.values).toEqual(['11938.5303', '15436.9326']);
  });

  it('the two year-on-year paths agree: what the 2025 text implies about 2024 is what the 2024 document says', async () => {
    const mod = (await import(/* @vite-ignore */ NARRATIVE).catch(() => null)) as {
      claimsOf?: (doc: BudgetDocument) => { kind: string }[];
    } | null;
    if (!mod?.claimsOf || !model2025) return; // narrative stage not in this tree yet
    const [s2024, s2025] = await snaps();
    const c = compareYears(s2025, s2024);
    const priors = priorYearMetrics(mod.claimsOf(model2025));
    const implied = (current: string) => priors.find((m) => m.current === current && m.derivedFrom !== 'same');
    // 18,976.76万元 − 3,355.65万元 = 15,621.11万元 vs 156,211,123元 in the 2024 tables (within 0.005万元 rounding).
    const total = row(
      c.tables.find((t) => t.kind === 'budget.expenditure'),
      'name:合计',
    );
    const prev2024 = new Decimal(total?.previous ?? '0').dividedBy(10_000);
    expect(implied('18976.76')?.prior).toBe('15621.11');
    expect(prev2024.minus('15621.11').abs().lessThanOrEqualTo('0.005')).toBe(true);
    // 三公 and its parts (万元 in both years' tables).
    const tp = c.tables.find((t) => t.kind === 'budget.three-public')?.rows.find((r) => r.status === 'both');
    expect(implied('37.91')?.prior).toBe(tp?.columns['three-public']?.previous ?? 'missing');
    expect(implied('36.56')?.prior).toBe(tp?.columns.vehicle?.previous ?? 'missing');
    expect(implied('15')?.prior).toBe(tp?.columns['vehicle-purchase']?.previous ?? 'missing');
  });
});

const NARRATIVE = '../narrative/claims-of';
