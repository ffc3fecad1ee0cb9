import type { ColumnSpec } from '../testing/build-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './period-change';

const HEADS = { prior: '2020年', current: '2021年', change: '增减变化情况' } as const;
const cols: ColumnSpec[] = [
  'name',
  ...(['prior', 'current', 'change'] as const).flatMap((period) => [
    { role: 'total' as const, header: HEADS[period], period },
    { role: 'meeting' as const, header: HEADS[period], period },
    { role: 'training' as const, header: HEADS[period], period },
  ]),
  { role: 'amount', header: '增长率(%)', period: 'change' },
];

const doc = (change: string) =>
  buildDoc([
    {
      kind: 'budget.three-public',
      unit: '元',
      columns: cols,
      rows: [
        ['合计', '300.00', '100.00', '200.00', '250.00', '150.00', '100.00', change, '50.00', '-100.00', '-16.67'],
        ['甲单位', '300.00', '100.00', '200.00', '250.00', '150.00', '100.00', '-50.00', '50.00', '-100.00', '-16.67'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [
    { name: 'every change = this year − last year (the rate column left alone)', doc: doc('-50.00'), minVerified: 6 },
  ],
  fail: [
    {
      name: 'a change that is not this year − last year',
      doc: doc('50.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 7 }, includes: { table: 0, row: 1, col: 4 } }],
    },
  ],
});
