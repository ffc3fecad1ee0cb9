import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './code-parent';

const exp = (section: string) =>
  buildDoc([
    {
      kind: 'budget.expenditure',
      columns: ['code', 'name', 'total'],
      rows: [
        ['210', '卫生健康支出', '1.00'],
        [section, '行政事业单位医疗', '1.00'],
        ['2101101', '行政单位医疗', '1.00'],
      ],
    },
  ]);

checkTester(rule, {
  pass: [
    { name: 'parents present', doc: exp('21011') },
    {
      name: 'a table printing only 项 rows has no parents to miss',
      doc: buildDoc([
        { kind: 'budget.expenditure', columns: ['code', 'name', 'total'], rows: [['2101101', 'x', '1.00']] },
      ]),
    },
  ],
  fail: [
    {
      name: '21011 missing',
      doc: exp('2101'),
      findings: [{ severity: 'warning', cell: { table: 0, row: 3, col: 0 } }],
    },
  ],
});
