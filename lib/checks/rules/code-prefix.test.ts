import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './code-prefix';

const exp = (child: string) =>
  buildDoc([
    {
      kind: 'budget.expenditure',
      columns: ['code', 'name', 'total'],
      rows: [
        ['210', '卫生健康支出', '1.00'],
        [child, '行政事业单位医疗', '1.00'],
        ['2101101', '行政单位医疗', '1.00'],
        ['211', '节能环保支出', '2.00'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [{ name: 'children extend the parent', doc: exp('21011'), minVerified: 1 }],
  fail: [
    {
      name: 'a misprinted child under 210',
      doc: exp('2101'),
      findings: [{ severity: 'warning', cell: { table: 0, row: 1, col: 0 }, includes: { table: 0, row: 2, col: 0 } }],
    },
    { name: 'a child of another class', doc: exp('21101'), findings: [{ severity: 'warning', text: '21101' }] },
  ],
});
