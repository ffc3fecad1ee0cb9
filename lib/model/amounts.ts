/**
 * Model (stage 4) accessors: read a row's amount in 元 whatever unit its table is printed in.
 * Pure helpers over the model; no parsing, no checking.
 */
import type Decimal from 'decimal.js';
import { toYuan } from '../money/unit';
import type { BudgetTable, Row } from './budget-document';

/** The row's amount for a column key, in the table's printed unit (null when blank or absent). */
export function amountOf(row: Pick<Row, 'amounts'>, key: string): Decimal | null {
  return row.amounts[key] ?? null;
}

/** The row's amount for a column key converted to 元; null when blank, absent, or the table has no unit. */
export function amountInYuan(table: Pick<BudgetTable, 'unit'>, row: Pick<Row, 'amounts'>, key: string): Decimal | null {
  const v = amountOf(row, key);
  if (v === null || table.unit === null) return null;
  return toYuan(v, table.unit);
}

/** The first column key with this role (and side, when given). */
export function keyForRole(table: Pick<BudgetTable, 'columns'>, role: string, side?: string): string | null {
  const col = table.columns.find((c) => c.role === role && (side === undefined || c.side === side));
  return col ? col.key : null;
}

export { toYuan };
