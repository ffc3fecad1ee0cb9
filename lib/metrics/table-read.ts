/**
 * Metrics (stage 7) table reading: finds, in the typed model, the amounts a metric divides — the expenditure grand
 * total, function classes, 人员经费/公用经费, 三公, 机关运行经费, 公务用车运行维护费 — each with the cells it came from
 * and the table's unit. It picks by table kind, column role and row code/name pattern, never by a fixture's strings,
 * and returns null rather than guess when the model lacks the value. It does not check that the values add up.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../checks/finding';
import type { BudgetDocument, BudgetTable, MoneyUnitName, Row } from '../model/budget-document';
import type { TableKind } from '../model/table-kinds';
import { fold } from '../recognise/fold';

/** An amount read from one or more cells of one table (summed when several), in the table's printed unit. */
export interface TableAmount {
  value: Decimal;
  unit: MoneyUnitName;
  table: BudgetTable;
  cells: CellRef[];
  /** Digits printed after the decimal point (the most among summed cells), to show the value as printed. */
  decimals: number;
  /** Row/column description for explanations, e.g. `支出总计 / 合计`. */
  where: string;
}

type DocKind = 'budget' | 'final';

function kindsFor(doc: BudgetDocument, suffix: string): TableKind[] {
  const prefer: DocKind = doc.document.kind === 'final' ? 'final' : 'budget';
  const other: DocKind = prefer === 'final' ? 'budget' : 'final';
  return [`${prefer}.${suffix}`, `${other}.${suffix}`] as TableKind[];
}

export function tablesOf(doc: BudgetDocument, suffix: string): BudgetTable[] {
  const kinds = kindsFor(doc, suffix);
  return kinds.flatMap((k) => doc.tables.filter((t) => t.kind === k && !t.empty && t.unit !== null));
}

function cell(table: BudgetTable, row: Row, key: string): CellRef | null {
  const col = table.columns.find((c) => c.key === key);
  return col ? { table: table.index, row: row.gridRow, col: col.index } : null;
}

function columnHeader(table: BudgetTable, key: string): string {
  const col = table.columns.find((c) => c.key === key);
  const h = col?.header.filter((x) => x.trim() !== '') ?? [];
  return h.length > 0 ? (h[h.length - 1] ?? key) : key;
}

/** The first key of `keys` that the row holds a number for. */
function firstValue(row: Row, keys: readonly string[]): { key: string; value: Decimal } | null {
  for (const k of keys) {
    const v = row.amounts[k];
    if (v !== undefined && v !== null) return { key: k, value: v };
  }
  return null;
}

function amountAt(table: BudgetTable, row: Row, key: string, value: Decimal, rowLabel: string): TableAmount | null {
  const ref = cell(table, row, key);
  if (!ref || table.unit === null) return null;
  return {
    value,
    unit: table.unit,
    table,
    cells: [ref],
    decimals: row.decimals[key] ?? value.decimalPlaces(),
    where: `${rowLabel} / ${columnHeader(table, key)}`,
  };
}

// Expenditure-side names (two-sided rows split by recognise) and whole-line names (rows it could not split: the
// income and expenditure totals share a printed line, so the line's expenditure column holds the expenditure total).
const SIDE_GRAND_RE = /支出总计|^总计$/u;
const SIDE_CURRENT_RE = /本年支出合计|^支出合计$/u;
const LINE_GRAND_RE = /^(收入|支出)?总计$/u;
const LINE_CURRENT_RE = /^本年(收入|支出)合计$|^(收入|支出)合计$/u;
const EXP_KEYS = ['expenditure.total', 'expenditure.amount', 'expenditure.current-year'];

export interface TotalAmount extends TableAmount {
  /** grand: 支出总计 (incl. year-end carry-over); current: 本年支出合计; table: the expenditure table's 合计. */
  which: 'grand' | 'current' | 'table';
}

/**
 * Total expenditure: for a budget 支出总计 (else 本年支出合计) on the expenditure side of the summary table; for final
 * accounts 本年支出合计 first (总计 there includes 年末结转和结余, money not spent); else the 合计 row of the
 * expenditure table.
 */
export function totalExpenditure(doc: BudgetDocument): TotalAmount | null {
  const order: ('grand' | 'current')[] = doc.document.kind === 'final' ? ['current', 'grand'] : ['grand', 'current'];
  for (const t of tablesOf(doc, 'summary')) {
    for (const which of order) {
      const sideRe = which === 'grand' ? SIDE_GRAND_RE : SIDE_CURRENT_RE;
      const lineRe = which === 'grand' ? LINE_GRAND_RE : LINE_CURRENT_RE;
      for (const r of t.rows) {
        const named = r.sides ? sideRe.test(fold(r.sides.expenditure?.name ?? '')) : lineRe.test(fold(r.name));
        if (!named) continue;
        const v = firstValue(r, EXP_KEYS);
        const a = v ? amountAt(t, r, v.key, v.value, r.sides?.expenditure?.name || r.name) : null;
        if (a) return { ...a, which };
      }
    }
  }
  for (const t of tablesOf(doc, 'expenditure')) {
    const r = t.rows.find((x) => x.isTotal && !x.code && /合计|总计/u.test(fold(x.name)));
    const v = r ? firstValue(r, ['total', 'amount']) : null;
    const a = r && v ? amountAt(t, r, v.key, v.value, r.name) : null;
    if (a) return { ...a, which: 'table' };
  }
  return null;
}

export interface ClassAmount extends TableAmount {
  code: string;
  name: string;
}

/** 类 rows (3-digit function codes 2xx) of the expenditure table, else the general-public table; non-zero only. */
export function functionClasses(doc: BudgetDocument): ClassAmount[] {
  for (const suffix of ['expenditure', 'general-public']) {
    for (const t of tablesOf(doc, suffix)) {
      const out: ClassAmount[] = [];
      for (const r of t.rows) {
        if (r.level !== 'class' || !r.code || !/^2\d\d$/u.test(r.code)) continue;
        const v = firstValue(r, ['total', 'amount']);
        if (!v || v.value.isZero()) continue;
        const a = amountAt(t, r, v.key, v.value, `${r.code} ${r.name}`);
        if (a) out.push({ ...a, code: r.code, name: r.name });
      }
      if (out.length > 0) return out;
    }
  }
  return [];
}

function totalRow(t: BudgetTable): Row | undefined {
  return t.rows.find((r) => r.isTotal && /合计|总计/u.test(fold(r.name))) ?? t.rows.find((r) => r.isTotal) ?? undefined;
}

function sumClassRows(t: BudgetTable, codes: readonly string[], label: string): TableAmount | null {
  let sum = new Decimal(0);
  let decimals = 0;
  const cells: CellRef[] = [];
  const used: string[] = [];
  for (const r of t.rows) {
    if (!r.code || !codes.includes(r.code)) continue;
    const v = firstValue(r, ['total', 'amount']);
    const ref = v ? cell(t, r, v.key) : null;
    if (!v || !ref) continue;
    sum = sum.plus(v.value);
    decimals = Math.max(decimals, r.decimals[v.key] ?? v.value.decimalPlaces());
    cells.push(ref);
    used.push(r.code);
  }
  if (cells.length === 0 || t.unit === null) return null;
  return { value: sum, unit: t.unit, table: t, cells, decimals, where: `${label}: ${used.join(' + ')}` };
}

/**
 * 人员经费 and 公用经费 of the basic-expenditure economic table: the 合计 row's 人员经费/公用经费 columns, else the
 * classes 301 + 303 (personnel) and 302 (public) when the table has no such columns.
 */
export function basicSplit(doc: BudgetDocument, part: 'personnel' | 'public'): TableAmount | null {
  for (const t of tablesOf(doc, 'basic-economic')) {
    const tr = totalRow(t);
    const key = t.columns.find((c) => c.role === part && !c.side)?.key;
    if (tr && key) {
      const v = tr.amounts[key];
      if (v !== undefined && v !== null) return amountAt(t, tr, key, v, tr.name);
    }
    const byCode =
      part === 'personnel' ? sumClassRows(t, ['301', '303'], '人员经费') : sumClassRows(t, ['302'], '公用经费');
    if (byCode) return byCode;
  }
  return null;
}

/** An item of the 三公 table (or the whole): a column of that role (Shanghai, one row) or a row of that item (Shanxi). */
export function threePublicItem(
  doc: BudgetDocument,
  item: 'three-public' | 'vehicle-operation' | 'vehicle' | 'admin-operating',
): TableAmount | null {
  for (const t of tablesOf(doc, 'three-public')) {
    const col = t.columns.find((c) => c.role === item);
    if (col) {
      for (const r of t.rows) {
        const v = r.amounts[col.key];
        if (v !== undefined && v !== null) return amountAt(t, r, col.key, v, r.name || columnHeader(t, col.key));
      }
    }
    const valueKeys = ['total', 'amount', 'general-public'];
    if (item === 'three-public') {
      const tr = totalRow(t);
      const v = tr ? firstValue(tr, valueKeys) : null;
      if (tr && v) return amountAt(t, tr, v.key, v.value, tr.name);
    } else {
      const r = t.rows.find((x) => x.item === item);
      const v = r ? firstValue(r, valueKeys) : null;
      if (r && v) return amountAt(t, r, v.key, v.value, r.name);
    }
  }
  if (item === 'admin-operating') {
    for (const t of tablesOf(doc, 'admin-operating')) {
      const tr = totalRow(t);
      const v = tr ? firstValue(tr, ['total', 'amount', 'general-public']) : null;
      if (tr && v) return amountAt(t, tr, v.key, v.value, tr.name);
    }
  }
  return null;
}
