import type { ColumnSpec } from '../testing/build-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './summary-matches-tables';

const COLS: ColumnSpec[] = [
  { role: 'name', side: 'income' },
  { role: 'amount', side: 'income' },
  { role: 'name', side: 'expenditure' },
  { role: 'total', side: 'expenditure' },
];

const doc = (gpIncome: string, classExp: string) =>
  buildDoc([
    {
      kind: 'budget.summary',
      columns: COLS,
      rows: [
        ['一、一般公共预算', gpIncome, '一、节能环保支出', classExp],
        ['本年收入合计', gpIncome, '本年支出合计', classExp],
        ['收入总计', gpIncome, '支出总计', classExp],
      ],
    },
    {
      kind: 'budget.income',
      columns: ['code', 'name', 'total', 'general-public'],
      rows: [
        ['', '合计', '8.00', '8.00'],
        ['211', '节能环保支出', '8.00', '8.00'],
      ],
    },
    {
      kind: 'budget.expenditure',
      columns: ['code', 'name', 'total'],
      rows: [
        ['', '合计', '8.00'],
        ['211', '节能环保支出', '8.00'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [{ name: 'sources and classes match the detail tables', doc: doc('8.00', '8.00'), minVerified: 3 }],
  fail: [
    {
      name: 'income source differs',
      doc: doc('9.00', '8.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 1 }, includes: { table: 1, row: 1, col: 3 } }],
    },
    {
      name: 'class differs',
      doc: doc('8.00', '7.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 3 }, includes: { table: 2, row: 2, col: 2 } }],
    },
  ],
});
