import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './code-format';

const exp = (code: string) =>
  buildDoc([
    { kind: 'budget.expenditure', columns: ['code', 'name', 'total'], rows: [[code, '行政事业单位医疗', '1.00']] },
  ]);

checkTester(rule, {
  pass: [
    { name: '5-digit 款', doc: exp('21011'), minVerified: 1 },
    {
      name: 'economic 3/5 digits',
      doc: buildDoc([
        { kind: 'budget.basic-economic', columns: ['code', 'name', 'total'], rows: [['30101', '基本工资', '1.00']] },
      ]),
    },
    {
      name: 'economic sub-item 3010201 (重庆, 西安 templates)',
      doc: buildDoc([
        {
          kind: 'budget.basic-economic',
          columns: ['code', 'name', 'total'],
          rows: [['3010201', '规范性津补贴', '1.00']],
        },
      ]),
    },
  ],
  fail: [
    {
      name: '2101 for 21011',
      doc: exp('2101'),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 0 }, text: '2101' }],
    },
    {
      name: '6-digit economic code (a digit dropped from 3010201)',
      doc: buildDoc([
        { kind: 'budget.basic-economic', columns: ['code', 'name', 'total'], rows: [['301021', '津贴补贴', '1.00']] },
      ]),
      findings: [{ severity: 'error' }],
    },
  ],
});
