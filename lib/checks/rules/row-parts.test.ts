import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './row-parts';

const exp = (rows: string[][]) =>
  buildDoc([{ kind: 'budget.expenditure', columns: ['code', 'name', 'total', 'basic', 'project'], rows }]);

checkTester(rule, {
  pass: [
    {
      name: 'basic + project',
      doc: exp([
        ['', '合计', '10.00', '4.00', '6.00'],
        ['208', '社保', '4.00', '4.00', ''],
      ]),
      minVerified: 2,
    },
    { name: 'rounding gap is quiet', doc: exp([['', '合计', '427.87', '405.25', '22.63']]) },
    {
      name: 'sources under one group; 上年结转 outside it',
      doc: buildDoc([
        {
          kind: 'budget.income',
          columns: ['code', 'name', { role: 'total', header: '本年收入' }, 'general-public', 'gov-fund', 'carryover'],
          rows: [['', '合计', '2061.62', '1261.62', '800.00', '0.09']],
        },
      ]),
    },
  ],
  fail: [
    {
      name: 'basic + project off by 1',
      doc: exp([['', '合计', '11.00', '4.00', '6.00']]),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 2 }, includes: { table: 0, row: 1, col: 4 } }],
    },
    {
      name: '人员经费 + 公用经费',
      doc: buildDoc([
        {
          kind: 'budget.basic-economic',
          columns: ['name', 'total', 'personnel', 'public'],
          rows: [['合计', '9.00', '5.00', '3.00']],
        },
      ]),
      findings: [{ severity: 'error', text: '人员经费' }],
    },
    {
      name: 'a blank total with printed parts',
      doc: exp([['208', '社保', '', '4.00', '']]),
      findings: [{ severity: 'error' }],
    },
  ],
});
