/**
 * Checks (stage 6): reads the 三公 amounts wherever the template prints them — one row per item (Shanxi: 因公出国,
 * 公务接待, 公务用车购置及运行, its two sub-items, 合计) or one column per item (Shanghai: “三公”经费和机关运行经费
 * 预算表, one row). Structure only.
 */
import type { BudgetDocument, BudgetTable, Column, Row } from '../model/budget-document';
import type { ColumnRole } from '../model/column-roles';
import { roleFromHeader } from '../recognise/column-roles';
import { columnFor, tableOf } from './table-access';

export interface ItemCell {
  table: BudgetTable;
  row: Row;
  col: Column;
}

export const THREE_PUBLIC_ITEMS: readonly ColumnRole[] = [
  'three-public',
  'outbound',
  'reception',
  'vehicle',
  'vehicle-purchase',
  'vehicle-operation',
  'admin-operating',
];

/** The cell holding an item's amount (total column of its row, or its own column in the first amount row). */
export function itemCell(doc: BudgetDocument, role: ColumnRole): ItemCell | null {
  for (const table of [
    ...doc.tables.filter((t) => t.kind === 'budget.three-public' || t.kind === 'budget.admin-operating'),
  ]) {
    if (table.empty) continue;
    const col = columnFor(table, role);
    if (col) {
      const row = table.rows.find((r) => (r.amounts[col.key] ?? null) !== null);
      if (row) return { table, row, col };
    }
    if (table.kind !== 'budget.three-public') continue;
    const total = columnFor(table, 'total') ?? columnFor(table, 'amount');
    if (!total) continue;
    const row =
      table.rows.find((r) => itemOf(r) === role) ??
      (role === 'three-public' ? table.rows.find((r) => r.isTotal) : undefined);
    if (row) return { table, row, col: total };
  }
  return null;
}

/** The item a row of a row-per-item 三公 table is. */
export function itemOf(row: Row): ColumnRole | null {
  if (row.item) return row.item;
  const name = row.name.normalize('NFKC').replace(/^[\d(（)）.、\s①②③④⑤]+/u, '');
  const r = roleFromHeader([name]);
  return r && THREE_PUBLIC_ITEMS.includes(r) ? r : null;
}

export function threePublicTable(doc: BudgetDocument): BudgetTable | null {
  return tableOf(doc, 'budget.three-public');
}
