/**
 * Narrative (stage 5) helpers the narrative and annex rules share: a narrative amount and a linked table value as
 * the printed-amount shape the checks' rounding helper takes (value, printed digits, unit, cell, label). Shapes
 * only; no comparing here.
 */
import Decimal from 'decimal.js';
import type { MoneyUnitName } from '../model/budget-document';
import type { AmountClaim } from './claims';
import type { TableValue } from './link';

export interface PrintedTerm {
  value: Decimal;
  decimals: number;
  unit: MoneyUnitName;
  blank?: boolean;
  cell: { table: number; row: number; col: number } | null;
  label: string;
}

/** A narrative amount as printed (no cell: it lives in the text; the finding's claim points at it). */
export function claimTerm(a: AmountClaim, label?: string): PrintedTerm {
  return {
    value: a.value,
    decimals: a.decimals,
    unit: a.unit,
    cell: null,
    label: label ?? (a.subject?.name || a.label || '文中金额'),
  };
}

/** A linked table value; a blank cell is an exact zero. */
export function tableTerm(v: TableValue): PrintedTerm {
  const t: PrintedTerm = {
    value: v.value ?? new Decimal(0),
    decimals: v.value === null ? 0 : v.decimals,
    unit: v.unit,
    cell: { table: v.table, row: v.row, col: v.col },
    label: v.label,
  };
  if (v.value === null) t.blank = true;
  return t;
}
