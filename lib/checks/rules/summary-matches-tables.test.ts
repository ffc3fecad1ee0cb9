import type { ColumnSpec } from '../testing/build-doc';
import { buildDoc } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './summary-matches-tables';

const COLS: ColumnSpec[] = [
  { role: 'name', side: 'income' },
  { role: 'amount', side: 'income' },
  { role: 'name', side: 'expenditure' },
  { role: 'total', side: 'expenditure' },
];

const doc = (gpIncome: string, classExp: string) =>
  buildDoc([
    {
      kind: 'budget.summary',
      columns: COLS,
      rows: [
        ['一、一般公共预算', gpIncome, '一、节能环保支出', classExp],
        ['本年收入合计', gpIncome, '本年支出合计', classExp],
        ['收入总计', gpIncome, '支出总计', classExp],
      ],
    },
    {
      kind: 'budget.income',
      columns: ['code', 'name', 'total', 'general-public'],
      rows: [
        ['', '合计', '8.00', '8.00'],
        ['211', '节能环保支出', '8.00', '8.00'],
      ],
    },
    {
      kind: 'budget.expenditure',
      columns: ['code', 'name', 'total'],
      rows: [
        ['', '合计', '8.00'],
        ['211', '节能环保支出', '8.00'],
      ],
    },
  ]);

/**
 * A 决算 (上海 普陀区财政局 2024): the 总表 prints the class rounded from 元 (326.71), the 支出决算表 the sum of its
 * rounded 项 (326.72). `items` are the 项 under 208 05.
 */
const finalDoc = (summaryClass: string, items: string[]) => {
  const sum = items.reduce((a, b) => a + Number(b), 0).toFixed(2);
  return buildDoc(
    [
      {
        kind: 'final.summary',
        columns: COLS,
        rows: [
          ['一、一般公共预算财政拨款收入', summaryClass, '一、社会保障和就业支出', summaryClass],
          ['本年收入合计', summaryClass, '本年支出合计', summaryClass],
        ],
      },
      {
        kind: 'final.expenditure',
        columns: ['code', 'name', 'total'],
        rows: [
          ['', '合计', summaryClass],
          ['208', '社会保障和就业支出', sum],
          ['20805', '行政事业单位养老支出', sum],
          ...items.map((v, i) => [`208050${i + 1}`, `第${i + 1}项`, v]),
        ],
      },
    ],
    { kind: 'final' },
  );
};

/** 江苏: the summary's spending by function and by use side by side; the 支出总表 one unlabelled row of totals. */
const byUse = (basic: string, total: string) =>
  buildDoc([
    {
      kind: 'budget.summary',
      columns: [
        { role: 'name', side: 'income' },
        { role: 'amount', side: 'income' },
        { role: 'name', side: 'expenditure', block: 0 },
        { role: 'amount', side: 'expenditure', block: 0 },
        { role: 'name', side: 'expenditure', block: 1 },
        { role: 'amount', side: 'expenditure', block: 1 },
      ],
      rows: [
        ['一、财政拨款', '10.00', '一、一般公共服务支出', '10.00', '一、基本支出', basic],
        ['', '', '', '', '二、项目支出', '4.00'],
        ['当年收入小计', '10.00', '当年支出小计', '', '', total],
        ['收入合计', '10.00', '支出合计', '', '', total],
      ],
    },
    { kind: 'budget.expenditure', columns: ['total', 'basic', 'project'], rows: [['10.00', '6.00', '4.00']] },
  ]);

checkTester(rule, {
  pass: [
    {
      name: '决算: a class printed as the sum of its rounded items is within their rounding of the rounded class',
      doc: finalDoc('326.71', ['84.65', '160.75', '80.38', '0.94']),
    },
    { name: 'sources and classes match the detail tables', doc: doc('8.00', '8.00'), minVerified: 3 },
    {
      name: 'spending by use, and the total printed in the use block, against a table of one unlabelled row',
      doc: byUse('6.00', '10.00'),
      minVerified: 3,
    },
  ],
  fail: [
    {
      name: '决算: beyond the items’ rounding it is a mismatch',
      doc: finalDoc('326.61', ['84.65', '160.75', '80.38', '0.94']),
      findings: [{ severity: 'error', text: '326.61' }],
    },
    {
      name: 'income source differs',
      doc: doc('9.00', '8.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 1 }, includes: { table: 1, row: 1, col: 3 } }],
    },
    {
      name: 'class differs',
      doc: doc('8.00', '7.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 3 }, includes: { table: 2, row: 2, col: 2 } }],
    },
    {
      name: 'a use line differs from the expenditure table',
      doc: byUse('5.00', '10.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 1, col: 5 }, includes: { table: 1, row: 1, col: 1 } }],
    },
    {
      name: 'the total printed in the use block differs',
      doc: byUse('6.00', '11.00'),
      findings: [{ severity: 'error', cell: { table: 0, row: 3, col: 5 }, includes: { table: 1, row: 1, col: 0 } }],
    },
  ],
});
