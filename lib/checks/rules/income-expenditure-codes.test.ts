import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './income-expenditure-codes';

const doc = (expTotal: string) =>
  buildDoc([
    {
      kind: 'budget.income',
      columns: ['code', 'name', 'total', 'general-public', 'carryover'],
      rows: [
        ['', '合计', '10.00', '10.00', '0.09'],
        ['211', '节能环保支出', '10.00', '10.00', '0.09'],
      ],
    },
    {
      kind: 'budget.expenditure',
      columns: ['code', 'name', 'total', 'basic', 'project'],
      rows: [
        ['', '合计', expTotal, '', expTotal],
        ['211', '节能环保支出', expTotal, '', expTotal],
      ],
    },
  ]);

checkTester(rule, {
  pass: [{ name: '支出 = 本年收入 + 上年结转 per code', doc: doc('10.09'), minVerified: 2 }],
  fail: [
    {
      name: 'carry-over forgotten',
      doc: doc('10.00'),
      findings: [{ severity: 'error', cell: { table: 1, row: 2, col: 2 }, includes: { table: 0, row: 2, col: 4 } }],
    },
  ],
});
