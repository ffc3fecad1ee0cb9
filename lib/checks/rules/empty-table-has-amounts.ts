/**
 * Rule (stage 6): a table printed empty (or marked empty by its note) while other tables show money for it —
 * 政府性基金 / 国有资本经营 income in the income table, 项目支出 in the expenditure table, 基本支出 in the general-public
 * table. That is an error: the detail the table should disclose is missing.
 */
import type { BudgetDocument, BudgetTable } from '../../model/budget-document';
import type { ColumnRole } from '../../model/column-roles';
import type { TableKind } from '../../model/table-kinds';
import { defineCheck } from '../define-check';
import { isEmptyAmountTable } from '../empty-tables';
import { totalRow } from '../joins';
import { columnFor, tableLabel, tableOf, termAt } from '../table-access';
import { printedText } from '../tolerance';

/** Empty table kind → where its money would show: [table kind, column role]. */
const EVIDENCE: [TableKind, [TableKind, ColumnRole][]][] = [
  ['budget.gov-fund', [['budget.income', 'gov-fund']]],
  ['budget.gov-fund-income', [['budget.income', 'gov-fund']]],
  ['budget.state-capital', [['budget.income', 'state-capital']]],
  ['budget.basic-economic', [['budget.general-public', 'basic']]],
  ['budget.general-public', [['budget.income', 'general-public']]],
  ['budget.projects', [['budget.general-public', 'project']]],
];

function evidence(doc: BudgetDocument, kind: TableKind, role: ColumnRole) {
  const t = tableOf(doc, kind);
  if (!t || t.empty) return null;
  const row = totalRow(t);
  const col = columnFor(t, role);
  if (!row || !col) return null;
  const v = row.amounts[col.key];
  if (!v || v.isZero()) return null;
  return { table: t, row, col };
}

export default defineCheck({
  id: 'empty-table-has-amounts',
  scope: 'cross',
  title: { zh: '空表但他表有数', en: 'Empty table, but money elsewhere' },
  explain: {
    zh: '某表为空（或注明无数据），但其他表显示有相应资金，例如收入总表有政府性基金收入而政府性基金预算支出表为空。应公开的明细缺失。',
    en: 'A table is empty (or says it has no data) while other tables show money for it — e.g. government-fund income in the income table but an empty fund table. The detail that should be disclosed is missing.',
  },
  formula: 'empty(table) ∧ amount(elsewhere) ≠ 0',
  run(doc, ctx) {
    for (const [kind, sources] of EVIDENCE) {
      const tables: BudgetTable[] = doc.tables.filter((t) => t.kind === kind);
      if (tables.length === 0 || !tables.every(isEmptyAmountTable)) continue;
      const t = tables[0];
      if (!t) continue;
      for (const [k, role] of sources) {
        const ev = evidence(doc, k, role);
        if (!ev) continue;
        const term = termAt(doc, ev.table, ev.row, ev.col, role);
        ctx.report({
          severity: 'error',
          message: {
            zh: `${tableLabel(t)}为空${t.emptyNote ? '（注明无数据）' : ''}，但${tableLabel(ev.table)}合计行显示相应金额 ${printedText(term)}${term.unit}。`,
            en: `${tableLabel(t)} is empty${t.emptyNote ? ' (its note says no data)' : ''}, but ${tableLabel(ev.table)} shows ${printedText(term)} ${term.unit} for it.`,
          },
          formula: `${tableLabel(t)} = ∅, ${tableLabel(ev.table)}[合计·${role}] = ${printedText(term)}`,
          stated: printedText(term),
          unit: term.unit,
          cells: [{ table: t.index, row: 0, col: 0 }, ...(term.cell ? [term.cell] : [])],
        });
        break;
      }
    }
  },
});
