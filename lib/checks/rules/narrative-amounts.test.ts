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
      name: 'a 项 named by its path in a 预算编制说明 item, against its row (not the first row of that name)',
      doc: buildDoc(
        [
          {
            kind: 'budget.general-public',
            unit: '元',
            columns: ['code', 'name', 'total'],
            rows: [
              ['201', '一般公共服务支出', '1000000.00'],
              ['20106', '财政事务', '1000000.00'],
              ['2010601', '行政运行', '1000000.00'],
              ['208', '社会保障和就业支出', '873617.00'],
              ['20805', '行政事业单位养老支出', '873617.00'],
              ['2080506', '机关事业单位职业年金缴费支出', '873617.00'],
            ],
          },
        ],
        {
          sections: sections([
            '五、财政拨款支出主要内容',
            '1.“一般公共服务支出（类）财政事务（款）行政运行（项）”100.00万元，主要用于基本支出。7.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”887.36万元，主要用于缴纳职业年金。',
          ]),
        },
      ),
      findings: [{ severity: 'error', cell: { table: 0, row: 6, col: 2 }, text: '887.36' }],
    },
    {
      name: 'an amount cut off rather than rounded from the table’s digits is a note, not an error',
      doc: buildDoc(
        [
          {
            kind: 'budget.general-public',
            unit: '元',
            columns: ['code', 'name', 'total'],
            rows: [['208', '社会保障和就业支出', '877080.00']],
          },
        ],
        { sections: sections(['五、支出说明', '社会保障和就业支出87.70万元。']) },
      ),
      findings: [{ severity: 'info', text: '截断' }],
    },
    {
      name: 'an amount that differs from its table value beyond rounding',
      doc: buildDoc([expenditure], { sections: sections(['三、支出预算情况说明', '基本支出472.87万元。']) }),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 3 }, text: '472.87' }],
    },
  ],
});
