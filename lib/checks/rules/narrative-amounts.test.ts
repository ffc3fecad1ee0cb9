import { sections } from '../../narrative/testing/narrative-doc';
import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './narrative-amounts';

const expenditure: TableSpec = {
  kind: 'budget.expenditure',
  columns: ['code', 'name', 'total', 'basic', 'project'],
  rows: [
    ['', '合计', '2061.71', '427.87', '1633.84'],
    ['208', '社会保障和就业支出', '65.43', '65.43', ''],
  ],
};
const yuanTable: TableSpec = {
  ...expenditure,
  unit: '元',
  rows: [['', '合计', '20617100.00', '4278700.00', '16338400.00']],
};

checkTester(rule, {
  pass: [
    {
      name: 'amounts equal their table values (and a 3-decimal amount within rounding)',
      doc: buildDoc([expenditure], {
        sections: sections([
          '三、支出预算情况说明',
          '支出预算2061.71万元，其中：基本支出427.87万元；项目支出1633.837万元。社会保障和就业支出65.43万元。',
        ]),
      }),
      minVerified: 3,
    },
    {
      name: 'units converted: narrative in 万元, table in 元',
      doc: buildDoc([yuanTable], {
        sections: sections(['三、支出预算情况说明', '支出预算2061.71万元，其中：基本支出427.87万元。']),
      }),
      minVerified: 2,
    },
    {
      name: 'a subject no table prints (政府采购) is left unchecked',
      doc: buildDoc([expenditure], { sections: sections(['九、政府采购情况', '政府采购预算总额12.87万元。']) }),
    },
  ],
  fail: [
    {
      name: 'an amount that differs from its table value beyond rounding',
      doc: buildDoc([expenditure], { sections: sections(['三、支出预算情况说明', '基本支出472.87万元。']) }),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 3 }, text: '472.87' }],
    },
  ],
});
