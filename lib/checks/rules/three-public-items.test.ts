import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './three-public-items';

const doc = (operation: string) =>
  buildDoc([
    {
      kind: 'budget.three-public',
      columns: ['name', 'total', 'general-public'],
      rows: [
        ['因公出国(境)费', '', ''],
        ['公务接待费', '1.00', '1.00'],
        ['公务用车购置及运行费', '6.00', '6.00'],
        ['1公务用车购置费', '', ''],
        ['2公务用车运行维护费', operation, operation],
        ['合计', '7.00', '7.00'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [{ name: '合计 = 出国 + 车 + 接待; 车 = 购置 + 运行', doc: doc('6.00'), minVerified: 4 }],
  fail: [
    {
      name: '运行维护费 does not add up to 公务用车购置及运行费',
      doc: doc('5.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 3, col: 1 }, includes: { table: 0, row: 5, col: 1 } }],
    },
  ],
});
