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

/** A 决算's 财政拨款收入支出决算总表 (Shanghai 2024): 本年收入 2940.05 + 年初结转和结余 21.63 = 总计 2961.68. */
const finalFiscal: TableSpec = {
  kind: 'final.fiscal-summary',
  columns: [
    { role: 'name', side: 'income' },
    { role: 'amount', side: 'income', header: '决算数' },
    { role: 'name', side: 'expenditure' },
    { role: 'total', side: 'expenditure' },
  ],
  rows: [
    ['一、一般公共预算财政拨款', '2940.05', '一、一般公共服务支出', '2940.05'],
    ['本年收入合计', '2940.05', '本年支出合计', '2940.05'],
    ['年初财政拨款结转和结余', '21.63', '年末财政拨款结转和结余', '21.63'],
    ['总计', '2961.68', '总计', '2961.68'],
  ],
};
/** A 决算's 收入支出决算总表: 收入总计 = 支出总计. */
const finalSummary: TableSpec = {
  kind: 'final.summary',
  columns: [
    { role: 'name', side: 'income' },
    { role: 'amount', side: 'income', header: '决算数' },
    { role: 'name', side: 'expenditure' },
    { role: 'amount', side: 'expenditure', header: '决算数' },
  ],
  rows: [
    ['一、一般公共预算财政拨款收入', '2940.05', '一、一般公共服务支出', '2940.05'],
    ['本年收入合计', '2940.05', '本年支出合计', '2940.05'],
    ['年初结转和结余', '21.63', '年末结转和结余', '21.63'],
    ['总计', '2961.68', '总计', '2961.68'],
  ],
};
/** A 决算's 支出决算表: 决算数 only (the budget is in the 预算, not here). */
const finalExpenditure: TableSpec = {
  kind: 'final.expenditure',
  columns: ['code', 'name', 'total', 'basic', 'project'],
  rows: [
    ['', '合计', '2940.05', '2336.91', '603.14'],
    ['201', '一般公共服务支出', '2106.66', '1503.52', '603.14'],
  ],
};
const finalDoc = (text: string) =>
  buildDoc([finalFiscal, finalExpenditure], {
    kind: 'final',
    sections: sections(['四、财政拨款收入支出决算总体情况说明', text]),
  });

checkTester(rule, {
  pass: [
    {
      name: '决算: 财政拨款收入支出总计 against the 决算 table’s 总计',
      doc: finalDoc('本部门2024年度财政拨款收入支出总计2961.68万元。'),
      minVerified: 1,
    },
    {
      name: '决算: the national wording 财政拨款收入支出决算总计',
      doc: finalDoc('2024年度财政拨款收入支出决算总计2961.68万元。'),
      minVerified: 1,
    },
    {
      name: '决算: 收入、支出决算总计 (the subject cut by 、)',
      doc: buildDoc([finalSummary], {
        kind: 'final',
        sections: sections(['一、收入支出决算总体情况说明', '2024年度收入、支出决算总计2961.68万元。']),
      }),
      minVerified: 1,
    },
    {
      name: '决算: a 年初预算 figure is never compared with the outturn',
      doc: finalDoc('一般公共服务支出(类)年初预算为2200.00万元，支出决算为2106.66万元。'),
      minVerified: 1,
    },
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
      name: '决算: 财政拨款收入支出总计 printed as 0.3万元 (上海 普陀区财政局 2024)',
      doc: finalDoc('本部门2024年度财政拨款收入支出总计0.3万元。'),
      findings: [{ severity: 'error', text: '0.3' }],
    },
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
