import type { BudgetDocument } from '../../model/budget-document';
import { narrativeDoc } from '../../narrative/testing/narrative-doc';
import type { TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './org-performance-funds';

/** 收支总表 with 本年收入合计, its 其中 part, and 收入总计 (万元). */
const summary = (income: string, grand: string, special = '0'): TableSpec => ({
  kind: 'budget.summary',
  columns: [
    { role: 'name', side: 'income' },
    { role: 'amount', side: 'income' },
  ],
  rows: [
    ['其中:专项资金列入部门预算的项目', special],
    ['本年收入合计', income],
    ['上年结转', '90.57'],
    ['收入总计', grand],
  ],
});

/** 西安's 部门整体支出绩效目标表: tasks with 总额 / 财政拨款 / 其他资金 and a 金额合计 row. */
const form = (tasks: string[][], total: string[]): string[][] => [
  ['部门(单位)名称', '', '西安市人力资源和社会保障局', '', ''],
  ['年度主要任务', '任务名称', '主要内容', '预算金额(万元)', '', ''],
  ['', '', '', '总额', '财政拨款', '其他资金'],
  ...tasks.map(([name, ...money]) => ['', name as string, '', ...money]),
  ['', '金额合计', '', ...total],
  ['年度总体目标', '目标1:全力做好稳就业工作;', '', '', '', ''],
];

const doc = (summaryTable: TableSpec, grid: string[][]): BudgetDocument =>
  narrativeDoc([summaryTable], [], [grid], {}, 'budget.org-performance');

const RENSHE = [
  ['任务1', '17720.97', '17370.97', '350.00'],
  ['任务2', '153347.88', '153347.88', ''],
  ['任务3', '10997.71', '10997.71', ''],
];

checkTester(rule, {
  pass: [
    {
      name: '西安市人社局 2020: every row, the 合计 row and 本年收入合计',
      doc: doc(summary('182066.56', '182157.13'), form(RENSHE, ['182066.56', '181716.56', '350.00'])),
    },
    {
      name: '西安市委宣传部 2021: the form leaves out the 专项资金 the 收支总表 counts in (其中)',
      doc: doc(
        summary('25859.60', '25859.60', '20000.00'),
        form([['基本履职', '5859.6', '5859.6', '']], ['5859.6', '5859.6', '']),
      ),
    },
    {
      name: 'another basis: the form totals less than the budget (info, not a warning)',
      doc: doc(summary('30000.00', '30000.00'), form([['任务1', '100.00', '100.00', '']], ['100.00', '100.00', ''])),
    },
  ],
  fail: [
    {
      name: 'a task whose 总额 is not 财政拨款 + 其他资金',
      doc: doc(
        summary('182066.56', '182157.13'),
        form([['任务1', '17720.97', '17270.97', '350.00'], ...RENSHE.slice(1)], ['182066.56', '181616.56', '350.00']),
      ),
      findings: [{ severity: 'error', cell: { table: 1, row: 3, col: 3 }, text: '17270.97' }],
    },
    {
      name: 'a 金额合计 that is not the sum of the tasks',
      doc: doc(summary('182066.56', '182157.13'), form(RENSHE, ['182166.56', '181816.56', '350.00'])),
      findings: [
        { severity: 'error', cell: { table: 1, row: 6, col: 3 }, text: '182166.56' },
        { severity: 'error', cell: { table: 1, row: 6, col: 4 }, text: '181816.56' },
      ],
    },
    {
      name: 'a form claiming more than the whole budget',
      doc: doc(summary('1000.00', '1000.00'), form(RENSHE, ['182066.56', '181716.56', '350.00'])),
      findings: [{ severity: 'warning', cell: { table: 1, row: 6, col: 3 }, text: '超出部门全年预算' }],
    },
  ],
});
