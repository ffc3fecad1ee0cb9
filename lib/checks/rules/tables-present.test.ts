import type { TableKind } from '../../model/table-kinds';
import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './tables-present';

const t = (kind: TableKind, columns: TableSpec['columns'] = ['name', 'total'], title?: string): TableSpec => ({
  kind,
  columns,
  rows: [['合计', '1.00']],
  ...(title ? { title } : {}),
});
/** 深圳's own 11-table set, numbered: no 政府性基金收入表, 机关运行经费表 or 上年结转项目表 in its template. */
const SHENZHEN: [TableKind, string][] = [
  ['budget.summary', '表1 收支总表'],
  ['budget.income', '表2 收入总表'],
  ['budget.expenditure', '表3 支出总表'],
  ['budget.basic-economic', '表4 基本支出总表'],
  ['budget.projects', '表5 项目支出总表'],
  ['budget.fiscal-summary', '表6 财政拨款收支总表'],
  ['budget.general-public', '表7 一般公共预算支出表（按功能分类）'],
  ['budget.general-public-economic', '表8 一般公共预算支出表（按经济分类）'],
  ['budget.three-public', '表9 财政拨款“三公”经费支出表'],
  ['budget.gov-fund', '表10 政府性基金预算支出表'],
  ['budget.state-capital', '表11 国有资本经营预算支出表'],
];
const numbered = (skip: number[] = [], unlabel: number[] = []) =>
  buildDoc(
    SHENZHEN.filter((_, i) => !skip.includes(i + 1)).map(([k, title]) =>
      t(
        k,
        ['name', 'total'],
        unlabel.includes(Number(/表(\d+)/u.exec(title)?.[1])) ? title.replace(/^表\d+ /u, '') : title,
      ),
    ),
  );
const FINAL_KINDS: TableKind[] = [
  'final.summary',
  'final.income',
  'final.expenditure',
  'final.fiscal-summary',
  'final.general-public',
  'final.basic-economic',
  'final.three-public',
  'final.gov-fund',
  'final.state-capital',
];
const finalDoc = (skip: TableKind[] = []) =>
  buildDoc(
    FINAL_KINDS.filter((k) => !skip.includes(k)).map((k) => t(k)),
    { kind: 'final' },
  );
const SHANGHAI: TableSpec[] = [
  t('budget.summary'),
  t('budget.income'),
  t('budget.expenditure'),
  t('budget.fiscal-summary'),
  t('budget.general-public'),
  t('budget.gov-fund'),
  t('budget.state-capital'),
  t('budget.basic-economic'),
  t('budget.three-public', ['three-public', 'outbound', 'reception', 'vehicle', 'admin-operating']),
];
const NATIONAL: TableSpec[] = [
  ...SHANGHAI.slice(0, 8),
  t('budget.gov-fund-income'),
  t('budget.three-public'),
  t('budget.admin-operating'),
  t('budget.projects'),
  t('budget.projects-carryover'),
];

checkTester(rule, {
  pass: [
    { name: '决算: the national 9 tables', doc: finalDoc(), minVerified: 1 },
    {
      name: 'Shanghai 9-table set is complete (no 表13 needed)',
      doc: buildDoc(SHANGHAI, { unit: '元' }),
      minVerified: 1,
    },
    { name: 'national 13-table set', doc: buildDoc(NATIONAL), minVerified: 1 },
    { name: 'a page quoting one table is not judged', doc: buildDoc([t('budget.three-public')]) },
    { name: 'a province’s own numbered set, complete (深圳 11 tables)', doc: numbered(), minVerified: 1 },
    { name: 'a table whose 表N label is not printed still fills its place', doc: numbered([], [7]), minVerified: 1 },
  ],
  fail: [
    {
      name: '决算: the 三公 table missing from the national 9',
      doc: finalDoc(['final.three-public']),
      findings: [{ severity: 'warning', text: '财政拨款“三公”经费支出决算表' }],
    },
    {
      name: 'national set missing the carry-over project table',
      doc: buildDoc(NATIONAL.filter((x) => x.kind !== 'budget.projects-carryover')),
      findings: [{ severity: 'warning', text: '上年结转' }],
    },
    {
      name: 'a number skipped in the document’s own sequence (表7 of 表1–表11)',
      doc: numbered([7]),
      findings: [{ severity: 'warning', text: '表7' }],
    },
  ],
});
