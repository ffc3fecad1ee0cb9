import type { BudgetDocument } from '../../model/budget-document';
import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './code-name-official';

const functionTable = (rows: string[][]): TableSpec => ({
  kind: 'budget.general-public',
  columns: ['code', 'name', 'total'],
  rows,
});

const economicTable = (rows: string[][]): TableSpec => ({
  kind: 'budget.basic-economic',
  columns: ['code', 'name', 'total'],
  rows,
});

const inYear = (year: number | null, ...tables: TableSpec[]): BudgetDocument => buildDoc(tables, { year });

/** A 收支总表 whose expenditure side lists the function classes without codes. */
const summary = (className: string): TableSpec => ({
  kind: 'budget.summary',
  columns: [
    { role: 'name', side: 'income' },
    { role: 'amount', side: 'income' },
    { role: 'name', side: 'expenditure' },
    { role: 'amount', side: 'expenditure' },
  ],
  rows: [
    ['一、财政拨款', '10.00', '一、一般公共服务支出', '8.00'],
    ['', '', `九、${className}`, '2.00'],
    ['收入合计', '10.00', '支出合计', '10.00'],
  ],
});

checkTester(rule, {
  pass: [
    {
      name: 'official names of the year',
      doc: inYear(
        2021,
        functionTable([
          ['210', '卫生健康支出', '5.00'],
          ['20805', '行政事业单位养老支出', '3.00'],
          ['2080505', '机关事业单位基本养老保险缴费支出', '3.00'],
        ]),
        economicTable([
          ['301', '工资福利支出', '4.00'],
          ['302', '商品和服务支出', '1.00'],
          ['303', '对个人和家庭的补助', '1.00'],
          ['310', '资本性支出', '1.00'],
        ]),
      ),
    },
    {
      name: 'the former name in a year before the renaming',
      doc: inYear(
        2018,
        functionTable([
          ['210', '医疗卫生与计划生育支出', '5.00'],
          ['207', '文化体育与传媒支出', '1.00'],
        ]),
      ),
    },
    {
      name: '行政事业单位离退休 was still the 款 name in 2019',
      doc: inYear(
        2019,
        functionTable([
          ['20805', '行政事业单位离退休', '3.00'],
          ['2080501', '归口管理的行政单位离退休', '3.00'],
        ]),
      ),
    },
    {
      name: 'both names count in a year whose renaming date is uncertain',
      doc: inYear(2020, functionTable([['215', '资源勘探信息等支出', '1.00']])),
    },
    {
      name: 'printing variants',
      doc: inYear(
        2025,
        functionTable([
          ['20103', '政府办公厅(室)及相关机构事务', '1.00'],
          ['210', '卫生健康 支出', '1.00'],
          ['21099', '其它卫生健康支出', '1.00'],
          ['221', '住房保障支出（类）', '1.00'],
        ]),
        economicTable([['30213', '维修(护)费', '1.00']]),
      ),
    },
    {
      name: 'codes the table does not cover, abbreviations and local 项 wording',
      doc: inYear(
        2025,
        functionTable([
          ['2999999', '医疗卫生与计划生育支出', '1.00'],
          ['21301', '农业', '1.00'],
          ['2080505', '机关事业单位基本养老保险缴费', '1.00'],
          ['2010350', '行政运行', '1.00'],
          ['20799', '体育与传媒支', '1.00'],
        ]),
        economicTable([['30108', '机关事业单位基本养老保险费', '1.00']]),
      ),
    },
    {
      name: 'no year, nothing judged',
      doc: inYear(null, functionTable([['210', '医疗卫生与计划生育支出', '5.00']])),
    },
    {
      name: 'a class list without codes using the names of the year',
      doc: inYear(2021, summary('卫生健康支出')),
    },
    {
      name: 'a project named like a former 科目 is not judged',
      doc: inYear(2021, {
        kind: 'budget.projects',
        columns: ['name', 'total'],
        rows: [['行政事业单位离退休', '1.00']],
      }),
    },
  ],
  fail: [
    {
      name: 'a class under its former name',
      doc: inYear(
        2021,
        functionTable([
          ['201', '一般公共服务支出', '5.00'],
          ['210', '医疗卫生与计划生育支出', '5.00'],
        ]),
      ),
      findings: [{ severity: 'warning', cell: { table: 0, row: 2, col: 1 }, text: '“卫生健康支出”' }],
    },
    {
      name: 'a 款 renamed in 2020',
      doc: inYear(2020, functionTable([['20805', '行政事业单位离退休', '3.00']])),
      findings: [{ severity: 'warning', text: '行政事业单位养老支出' }],
    },
    {
      name: 'a renamed 项',
      doc: inYear(2024, functionTable([['2080501', '归口管理的行政单位离退休', '3.00']])),
      findings: [{ severity: 'warning', text: '“行政单位离退休”' }],
    },
    {
      name: 'an economic class under its pre-2018 name',
      doc: inYear(2021, economicTable([['310', '其他资本性支出', '1.00']])),
      findings: [{ severity: 'warning', text: '“资本性支出”' }],
    },
    {
      name: 'a 款 with the name of another 款',
      doc: inYear(2025, economicTable([['30202', '咨询费', '1.00']])),
      findings: [{ severity: 'warning', text: '科目 30203 的名称' }],
    },
    {
      name: 'a former name in the second block of a side (功能分类 | 支出用途)',
      doc: inYear(2021, {
        kind: 'budget.summary',
        columns: [
          { role: 'name', side: 'income' },
          { role: 'amount', side: 'income' },
          { role: 'name', side: 'expenditure' },
          { role: 'amount', side: 'expenditure' },
          { role: 'name', side: 'expenditure', block: 1 },
          { role: 'amount', side: 'expenditure', block: 1 },
        ],
        rows: [
          ['一、财政拨款', '10.00', '一、基本支出', '8.00', '一、一般公共服务支出', '8.00'],
          ['', '', '二、项目支出', '2.00', '二、医疗卫生与计划生育支出', '2.00'],
        ],
      }),
      findings: [{ severity: 'warning', cell: { table: 0, row: 2, col: 4 }, text: '科目 210' }],
    },
    {
      name: 'a class list without codes using a former name',
      doc: inYear(2019, summary('医疗卫生与计划生育支出')),
      findings: [{ severity: 'warning', cell: { table: 0, row: 2, col: 2 }, text: '科目 210' }],
    },
  ],
});
