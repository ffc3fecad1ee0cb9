import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './fund-tables-match';

const doc = (gpItem: string, carry = '') =>
  buildDoc([
    {
      kind: 'budget.income',
      columns: ['code', 'name', 'total', 'general-public', 'gov-fund', 'carryover'],
      rows: [
        ['', '合计', '10.00', '6.00', '4.00', carry],
        ['2111401', '行政运行', '6.00', '6.00', '', carry],
        ['2120803', '城市建设支出', '4.00', '', '4.00', ''],
      ],
    },
    {
      kind: 'budget.general-public',
      columns: ['code', 'name', 'total'],
      rows: [
        ['', '合计', gpItem],
        ['2111401', '行政运行', gpItem],
      ],
    },
    {
      kind: 'budget.gov-fund',
      columns: ['code', 'name', 'total'],
      rows: [
        ['', '合计', '4.00'],
        ['2120803', '城市建设支出', '4.00'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [
    { name: 'fund tables agree per code', doc: doc('6.00'), minVerified: 4 },
    { name: 'a gap on a code with carry-over is only info', doc: doc('6.50', '0.50') },
  ],
  fail: [
    {
      name: 'general-public table differs',
      doc: doc('6.60'),
      findings: [{ severity: 'error', cell: { table: 1, row: 2, col: 2 } }],
    },
  ],
});
