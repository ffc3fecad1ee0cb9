/**
 * Checks (stage 6): a table's column identities with their parts settled — where the header allows several readings
 * (families.ts), the one most rows satisfy — and each identity's terms per row, ready for the rounding helper. Shared
 * by row-parts (which compares them) and the rules that need to know how a table's totals are made (does 收入总表's
 * 合计 include 上年结转?). Read-only over the model.
 */
import type { BudgetDocument, BudgetTable, Column, Row, SideRow } from '../model/budget-document';
import type { Term } from './define-check';
import { type ColumnIdentity, columnIdentities } from './families';
import { columnLabel, termAt } from './table-access';
import { compareSum } from './tolerance';

export interface RowTerms {
  row: Row;
  side: SideRow | undefined;
  stated: Term;
  terms: Term[];
}

export interface SettledIdentity extends ColumnIdentity {
  /** The identity's terms on every row that prints any of its cells. */
  rows: RowTerms[];
}

function rowsOf(doc: BudgetDocument, table: BudgetTable, total: Column, parts: Column[]): RowTerms[] {
  return table.rows.flatMap((row) => {
    const side = total.side ? row.sides?.[total.side] : undefined;
    if (total.side && !side) return [];
    const src = side ?? row;
    const keyOf = (k: string) => (side ? k.slice((total.side?.length ?? 0) + 1) : k);
    const vals = [total, ...parts].map((c) => src.amounts[keyOf(c.key)] ?? null);
    if (vals.every((v) => v === null)) return [];
    const opt = side ? { side } : {};
    return [
      {
        row,
        side,
        stated: termAt(doc, table, row, total, columnLabel(total), opt),
        terms: parts.map((c) => termAt(doc, table, row, c, columnLabel(c), opt)),
      },
    ];
  });
}

const memo = new WeakMap<BudgetTable, SettledIdentity[]>();

/** The table's identities, each with the reading of its parts the most rows satisfy (the header's first on a tie). */
export function settledIdentities(doc: BudgetDocument, table: BudgetTable): SettledIdentity[] {
  const known = memo.get(table);
  if (known) return known;
  const out = columnIdentities(table).map((id) => {
    let parts = id.parts;
    let rows = rowsOf(doc, table, id.total, parts);
    if (id.alternatives) {
      let best = rows.filter((r) => compareSum(r.stated, r.terms).verdict !== 'mismatch').length;
      for (const cand of id.alternatives) {
        const candRows = rowsOf(doc, table, id.total, cand);
        const held = candRows.filter((r) => compareSum(r.stated, r.terms).verdict !== 'mismatch').length;
        if (held > best) {
          best = held;
          parts = cand;
          rows = candRows;
        }
      }
    }
    const { alternatives: _others, ...rest } = id;
    return { ...rest, parts, rows };
  });
  memo.set(table, out);
  return out;
}
