import { describe, expect, it } from 'vitest';
import { buildDoc, type TableSpec } from '../checks/testing/build-doc';
import { budgetOf, compareExecution } from './execution';
import { type Snapshot, toSnapshot } from './snapshot';

const snap = (kind: 'budget' | 'final', tables: TableSpec[]): Snapshot => {
  const r = toSnapshot(buildDoc(tables, { kind, year: 2024 }));
  if (!r.ok) throw new Error(r.reason);
  return r.snapshot;
};

const budget = snap('budget', [
  {
    kind: 'budget.general-public',
    unit: '元',
    columns: ['code', 'name', 'total', 'basic', 'project'],
    rows: [
      ['', '合计', '29939200.00', '23500000.00', '6439200.00'],
      ['2010601', '行政运行', '15600500.00', '15600500.00', ''],
      ['2010602', '一般行政管理事务', '100000.00', '', '100000.00'],
    ],
  },
  {
    kind: 'budget.three-public',
    columns: ['three-public', 'outbound', 'vehicle', 'reception'],
    rows: [['0.95', '', '', '0.95']],
  },
]);
const final = (threePublicBudget: string) =>
  snap('final', [
    {
      kind: 'final.general-public',
      columns: ['code', 'name', 'total', 'basic', 'project'],
      rows: [
        ['', '合计', '2940.05', '2336.91', '603.14'],
        ['2010601', '行政运行', '1511.89', '1503.52', '8.37'],
        ['2010602', '一般行政管理事务', '10.00', '', '10.00'],
        ['2010607', '信息化建设', '135.25', '', '135.25'],
      ],
    },
    {
      kind: 'final.three-public',
      columns: (['three-public', 'outbound', 'vehicle', 'reception'] as const).flatMap((role) => [
        { role, measure: 'budget' as const },
        { role, measure: 'actual' as const },
      ]),
      rows: [[threePublicBudget, '', '', '', '', '', threePublicBudget, '']],
    },
  ]);

describe('compareExecution', () => {
  it('gives 执行率 per code, the budget converted to the 决算’s unit', () => {
    const c = compareExecution(final('0.95'), budget);
    const gp = c.tables.find((t) => t.kind === 'final.general-public');
    expect(gp?.rows.find((r) => r.code === '2010601')).toMatchObject({
      budget: '1560.05',
      actual: '1511.89',
      rate: '96.91',
    });
    expect(gp?.rows.find((r) => r.isTotal)).toMatchObject({ budget: '2993.92', rate: '98.20' });
    // a 项 the budget did not have: no rate
    expect(gp?.rows.find((r) => r.code === '2010607')).toMatchObject({ budget: null, rate: null });
    expect(c.mismatches).toEqual([]);
  });
  it('三公 items: 决算数 against the budget, and a 预算数 in the 决算 that is not the published one', () => {
    const c = compareExecution(final('1.20'), budget);
    const tp = c.tables.find((t) => t.kind === 'final.three-public');
    expect(tp?.rows.find((r) => r.key === 'item:reception')).toMatchObject({ budget: '0.95', actual: '0.00' });
    expect(c.mismatches.map((m) => [m.key, m.inFinal, m.published])).toContainEqual([
      'item:three-public',
      '1.20',
      '0.95',
    ]);
  });
  it('finds the budget of the same year', () => {
    expect(budgetOf([budget], final('0.95'))?.kind).toBe('budget');
    expect(budgetOf([], final('0.95'))).toBeNull();
  });
});
