import type { TableKind } from '../../model/table-kinds';
import { buildDoc, type TableSpec } from '../testing/build-doc';
import { checkTester } from '../testing/check-tester';
import rule from './tables-present';

const t = (kind: TableKind, columns: TableSpec['columns'] = ['name', 'total']): TableSpec => ({
  kind,
  columns,
  rows: [['合计', '1.00']],
});
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
    {
      name: 'Shanghai 9-table set is complete (no 表13 needed)',
      doc: buildDoc(SHANGHAI, { unit: '元' }),
      minVerified: 1,
    },
    { name: 'national 13-table set', doc: buildDoc(NATIONAL), minVerified: 1 },
    { name: 'a page quoting one table is not judged', doc: buildDoc([t('budget.three-public')]) },
  ],
  fail: [
    {
      name: 'national set missing the carry-over project table',
      doc: buildDoc(NATIONAL.filter((x) => x.kind !== 'budget.projects-carryover')),
      findings: [{ severity: 'warning', text: '上年结转' }],
    },
  ],
});
