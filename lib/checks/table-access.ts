/**
 * Checks (stage 6): reading printed amounts out of the model as `Term`s (value, printed digits, unit, cell) for the
 * rounding helper, and finding tables and columns by kind and role. Read-only over the model; no arithmetic here
 * beyond picking values, and no judging.
 */
import Decimal from 'decimal.js';
import type { BudgetDocument, BudgetTable, Column, MoneyUnitName, Row, SideRow } from '../model/budget-document';
import { type ColumnRole, isAmountRole, type Side } from '../model/column-roles';
import { finalCounterpart, type TableKind } from '../model/table-kinds';
import type { Term } from './define-check';
import type { CellRef } from './finding';

const ZERO = new Decimal(0);

/** The unit a table's amounts are in: its own, else the document's, else 元 (only used inside one table then). */
export function unitOf(doc: BudgetDocument, table: BudgetTable): MoneyUnitName {
  return table.unit ?? doc.document.unit ?? '元';
}

/** Tables of these kinds that carry rows, in document order. */
export function tablesOf(doc: BudgetDocument, ...kinds: TableKind[]): BudgetTable[] {
  return doc.tables.filter((t) => kinds.includes(t.kind));
}

/** The first table of a kind that has amounts (a repeated or continued print is read once). */
/**
 * The table kind of the document's family for a budget kind (budget.general-public → final.general-public in a 决算),
 * for the identities that hold in budgets and final accounts alike; the kind itself where 决算 print no such table.
 */
export function ofFamily(doc: BudgetDocument, kind: TableKind): TableKind {
  return doc.document.kind === 'final' ? (finalCounterpart(kind) ?? kind) : kind;
}

export function tableOf(doc: BudgetDocument, kind: TableKind): BudgetTable | null {
  const all = tablesOf(doc, kind);
  return all.find((t) => !t.empty) ?? all[0] ?? null;
}

/**
 * The column of a role (on a side): in a table printing several years, this year's — never an earlier year's or the
 * change between them.
 */
export function columnFor(table: BudgetTable, role: ColumnRole, side?: Side): Column | null {
  const cols = table.columns.filter((c) => c.role === role && (side === undefined || c.side === side));
  return cols.find((c) => c.period === 'current') ?? cols.find((c) => c.period === undefined) ?? null;
}

export function columnsFor(table: BudgetTable, role: ColumnRole, side?: Side): Column[] {
  return table.columns.filter((c) => c.role === role && (side === undefined || c.side === side));
}

export function cellRef(table: BudgetTable, row: Pick<Row, 'gridRow'>, col: Column): CellRef {
  return { table: table.index, row: row.gridRow, col: col.index };
}

/** Whether the cell prints a number (false for blank, dash, text). */
export function hasAmount(row: Pick<Row, 'amounts'>, col: Column): boolean {
  return (row.amounts[col.key] ?? null) !== null;
}

/**
 * The printed amount of a row in a column as a term. A blank cell is an exact zero (`blank: true`). For a
 * two-sided table pass the SideRow with `sideKey` (the amounts of a side row are keyed by role without the side).
 */
export function termAt(
  doc: BudgetDocument,
  table: BudgetTable,
  row: Pick<Row, 'gridRow' | 'amounts' | 'decimals'>,
  col: Column,
  label: string,
  opts: { side?: SideRow; negate?: boolean } = {},
): Term {
  const key = opts.side ? col.key.slice((col.side?.length ?? -1) + 1) : col.key;
  const src = opts.side ?? row;
  const v = src.amounts[key] ?? null;
  const t: Term = {
    value: v ?? ZERO,
    decimals: v === null ? 0 : (src.decimals[key] ?? 0),
    unit: unitOf(doc, table),
    cell: cellRef(table, row, col),
    label,
  };
  if (v === null) t.blank = true;
  if (opts.negate) t.negate = true;
  return t;
}

/** A column's short label for formulas: the innermost header text, or the role. */
export function columnLabel(col: Column): string {
  const h = col.header[col.header.length - 1];
  return h && h.trim() !== '' ? h.replace(/\s+/gu, '') : col.role;
}

/** `表3` style reference: the table's position among statement tables is not stable, so use its title or kind. */
export function tableLabel(table: BudgetTable): string {
  return table.title ? table.title.replace(/^\d{4}年/u, '') : table.kind;
}

/** Rows with any printed amount. */
export function amountRows(table: BudgetTable): Row[] {
  return table.rows.filter((r) => Object.values(r.amounts).some((v) => v !== null));
}

/** `208 社会保障和就业支出` / `合计` — how a row is named in messages. */
export function rowLabel(row: Pick<Row, 'code' | 'name'>): string {
  return [row.code, row.name].filter((s) => s && s.trim() !== '').join(' ') || '（无名称行）';
}

/** The table's amount columns (one side only when `side` is given). */
export function amountColumns(table: BudgetTable, side?: Side): Column[] {
  return table.columns.filter((c) => isAmountRole(c.role) && (side === undefined || c.side === side));
}

/** The cell holding a row's code (the single code column, or the 类 column of split codes; the name cell else). */
export function codeCell(table: BudgetTable, row: Pick<Row, 'gridRow'>, side?: Side): CellRef {
  const cols = table.columns.filter((c) => side === undefined || c.side === side);
  const col =
    cols.find((c) => c.role === 'code') ??
    cols.find((c) => c.role === 'code.class') ??
    cols.find((c) => c.role === 'name') ??
    cols[0];
  return { table: table.index, row: row.gridRow, col: col?.index ?? 0 };
}

/** Kinds whose rows carry function-classification codes (3/5/7 digits). */
export const FUNCTION_CODE_KINDS: readonly TableKind[] = [
  'budget.income',
  'budget.expenditure',
  'budget.general-public',
  'budget.gov-fund',
  'budget.state-capital',
  'final.income',
  'final.expenditure',
  'final.general-public',
  'final.gov-fund',
  'final.state-capital',
];
