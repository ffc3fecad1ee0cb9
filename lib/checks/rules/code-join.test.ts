import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './code-join';

const doc = (expCode: string, extra: string[][] = []) =>
  buildDoc([
    {
      kind: 'budget.income',
      columns: ['code', 'name', 'total'],
      rows: [
        ['21011', '行政事业单位医疗', '1.00'],
        ['210', '卫生健康支出', '1.00'],
        ['2101101', '行政单位医疗', '1.00'],
      ],
    },
    {
      kind: 'budget.expenditure',
      columns: ['code', 'name', 'total'],
      rows: [
        [expCode, '行政事业单位医疗', '1.00'],
        ['210', '卫生健康支出', '1.00'],
        ['2101101', '行政单位医疗', '1.00'],
        ...extra,
      ],
    },
  ]);

checkTester(rule, {
  pass: [
    { name: 'same codes', doc: doc('21011'), minVerified: 6 },
    {
      name: 'a fund table may lack codes of the expenditure table',
      doc: buildDoc([
        {
          kind: 'budget.income',
          columns: ['code', 'name', 'total'],
          rows: [
            ['21011', 'a', '1.00'],
            ['21208', 'b', '2.00'],
          ],
        },
        {
          kind: 'budget.expenditure',
          columns: ['code', 'name', 'total'],
          rows: [
            ['21011', 'a', '1.00'],
            ['21208', 'b', '2.00'],
          ],
        },
        { kind: 'budget.general-public', columns: ['code', 'name', 'total'], rows: [['21011', 'a', '1.00']] },
      ]),
    },
  ],
  fail: [
    {
      name: 'misprinted code: present in one table only, both ways',
      doc: doc('2101'),
      findings: [
        { severity: 'warning', cell: { table: 0, row: 1, col: 0 }, text: '21011' },
        { severity: 'warning', cell: { table: 1, row: 1, col: 0 }, text: '2101' },
      ],
    },
  ],
});
