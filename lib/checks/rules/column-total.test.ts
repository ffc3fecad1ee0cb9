import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './column-total';

const exp = (total: string) =>
  buildDoc([
    {
      kind: 'budget.general-public',
      columns: ['code', 'name', 'total', 'basic', 'project'],
      rows: [
        ['', '合计', total, '4.00', '7.00'],
        ['208', '社会保障和就业支出', '4.00', '4.00', ''],
        ['20805', '行政事业单位养老支出', '4.00', '4.00', ''],
        ['211', '节能环保支出', '7.00', '', '7.00'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [{ name: '合计 = Σ类 (款 rows not counted)', doc: exp('11.00'), minVerified: 3 }],
  fail: [
    { name: '合计 off', doc: exp('12.00'), findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 2 } }] },
  ],
});
