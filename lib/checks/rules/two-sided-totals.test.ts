import type { ColumnSpec } from '../testing/build-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './two-sided-totals';

const COLS: ColumnSpec[] = [
  { role: 'name', side: 'income' },
  { role: 'amount', side: 'income' },
  { role: 'name', side: 'expenditure' },
  { role: 'total', side: 'expenditure' },
];

const doc = (grandIncome: string, classB: string) =>
  buildDoc([
    {
      kind: 'budget.summary',
      columns: COLS,
      rows: [
        ['一、一般公共预算', '8.00', '一、一般公共服务支出', '3.00'],
        ['二、政府性基金预算', '2.00', '二、教育支出', classB],
        ['本年收入合计', '10.00', '本年支出合计', '11.00'],
        ['上年结转', '1.00', '', ''],
        ['收入总计', grandIncome, '支出总计', '11.00'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [{ name: 'all totals hold', doc: doc('11.00', '8.00'), minVerified: 5 }],
  fail: [
    {
      name: '收入总计 ≠ 本年收入合计 + 上年结转 (and ≠ 支出总计)',
      doc: doc('12.00', '8.00'),
      findings: [
        { severity: 'error', cell: { table: 0, row: 5, col: 1 }, text: '上年结转' },
        { severity: 'error', cell: { table: 0, row: 5, col: 1 }, includes: { table: 0, row: 5, col: 3 } },
      ],
    },
    {
      name: '本年支出合计 ≠ Σ classes',
      doc: doc('11.00', '7.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 3, col: 3 }, includes: { table: 0, row: 2, col: 3 } }],
    },
  ],
});
