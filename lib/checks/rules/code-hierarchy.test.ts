import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './code-hierarchy';

const exp = (rows: string[][]) =>
  buildDoc([{ kind: 'budget.expenditure', columns: ['code', 'name', 'total', 'basic', 'project'], rows }]);
const econ = (rows: string[][]) =>
  buildDoc([{ kind: 'budget.basic-economic', columns: ['name', 'total', 'personnel', 'public'], rows }]);

checkTester(rule, {
  pass: [
    {
      name: '类 = Σ款, 款 = Σ项 by prefix',
      doc: exp([
        ['208', '社会保障和就业支出', '10.00', '10.00', ''],
        ['20805', '行政事业单位养老支出', '10.00', '10.00', ''],
        ['2080501', '行政单位离退休', '4.00', '4.00', ''],
        ['2080505', '基本养老保险缴费', '6.00', '6.00', ''],
      ]),
      minVerified: 4,
    },
    {
      name: 'economic classes recognised by name when no codes are printed',
      doc: econ([
        ['合计', '7.00', '5.00', '2.00'],
        ['工资福利支出', '5.00', '5.00', ''],
        ['基本工资', '3.00', '3.00', ''],
        ['津贴补贴', '2.00', '2.00', ''],
        ['商品和服务支出', '2.00', '', '2.00'],
        ['办公费', '2.00', '', '2.00'],
      ]),
      minVerified: 4,
    },
  ],
  fail: [
    {
      name: 'a 项 off by 1',
      doc: exp([
        ['208', '社会保障和就业支出', '10.00', '10.00', ''],
        ['20805', '行政事业单位养老支出', '10.00', '10.00', ''],
        ['2080501', '行政单位离退休', '5.00', '5.00', ''],
        ['2080505', '基本养老保险缴费', '6.00', '6.00', ''],
      ]),
      findings: [{ severity: 'error', cell: { table: 0, row: 2, col: 2 }, includes: { table: 0, row: 3, col: 2 } }],
    },
    {
      name: 'economic item under its class name',
      doc: econ([
        ['工资福利支出', '5.00', '5.00', ''],
        ['基本工资', '3.00', '3.00', ''],
        ['津贴补贴', '1.00', '1.00', ''],
      ]),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 1 } }],
    },
  ],
});
