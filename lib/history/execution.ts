/**
 * History (reader's own archive): budget against outturn — a department's 决算 of a year beside its 预算 of the same
 * year, table by table (支出决算表 ↔ 支出预算表, 一般公共预算财政拨款支出决算表 ↔ 一般公共预算支出表, the fund tables,
 * the 三公 items), every 科目 by code: 预算, 决算 and 执行率 = 决算 ÷ 预算. Where the 决算 prints a 预算数 of its own
 * (the 三公 table's 预算数, a 年初预算数 column), it is set against the published budget and a difference is listed.
 * Pure functions over Snapshots; decimal.js only; amounts in the 决算's unit.
 */
import Decimal from 'decimal.js';
import type { MoneyUnitName } from '../model/budget-document';
import type { TableKind } from '../model/table-kinds';
import { convert } from '../money/unit';
import type { Snapshot, SnapshotRow, SnapshotTable } from './snapshot';

export interface ExecutionRow {
  /** `code:2010101`, or `item:outbound` for a 三公 item. */
  key: string;
  code: string | null;
  name: string;
  level: SnapshotRow['level'] | null;
  isTotal: boolean;
  /** Decimal strings in the table's unit; null where that document prints no figure for the row. */
  budget: string | null;
  actual: string | null;
  /** actual ÷ budget × 100, 2 decimals (half-up); null where the budget is 0 or absent. */
  rate: string | null;
}

export interface ExecutionTable {
  kind: TableKind;
  budgetKind: TableKind;
  title: string | null;
  unit: MoneyUnitName;
  rows: ExecutionRow[];
}

/** A 预算数 the 决算 prints that is not the published budget's. */
export interface BudgetMismatch {
  kind: TableKind;
  key: string;
  name: string;
  /** What the 决算 says the budget was, and what the budget says (both in the 决算 table's unit). */
  inFinal: string;
  published: string;
}

export interface ExecutionComparison {
  organisation: string;
  year: number;
  tables: ExecutionTable[];
  mismatches: BudgetMismatch[];
  notes: string[];
}

const PAIRS: readonly (readonly [TableKind, TableKind])[] = [
  ['final.expenditure', 'budget.expenditure'],
  ['final.general-public', 'budget.general-public'],
  ['final.gov-fund', 'budget.gov-fund'],
  ['final.state-capital', 'budget.state-capital'],
];
const ACTUAL_KEYS = ['total.actual', 'total', 'amount.actual', 'amount'];
const BUDGET_KEYS = ['total', 'amount', 'current-year'];
const THREE_PUBLIC_ITEMS = [
  'three-public',
  'outbound',
  'vehicle',
  'vehicle-purchase',
  'vehicle-operation',
  'reception',
];

function first(row: SnapshotRow, keys: readonly string[]): Decimal | null {
  for (const k of keys) {
    const v = row.amounts[k];
    if (v !== undefined) return v === null ? new Decimal(0) : new Decimal(v);
  }
  return null;
}

function rateOf(actual: Decimal | null, budget: Decimal | null): string | null {
  if (!actual || !budget || budget.isZero()) return null;
  return actual.div(budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

const tableOf = (s: Snapshot, kind: TableKind) => s.tables.find((t) => t.kind === kind) ?? null;

function byCode(rows: readonly SnapshotRow[]): Map<string, SnapshotRow> {
  const m = new Map<string, SnapshotRow>();
  for (const r of rows) {
    const k = r.code ? `code:${r.code}` : r.isTotal ? 'total' : null;
    if (k && !m.has(k)) m.set(k, r);
  }
  return m;
}

function compareTable(fin: SnapshotTable, bud: SnapshotTable, budgetKind: TableKind): ExecutionTable {
  const toUnit = (v: Decimal | null) => (v === null ? null : convert(v, bud.unit, fin.unit));
  const b = byCode(bud.rows);
  const rows: ExecutionRow[] = [];
  for (const [key, r] of byCode(fin.rows)) {
    const actual = first(r, ACTUAL_KEYS);
    const br = b.get(key);
    const budget = br ? toUnit(first(br, BUDGET_KEYS)) : null;
    rows.push({
      key,
      code: r.code ?? null,
      name: r.name,
      level: r.level ?? null,
      isTotal: r.isTotal,
      budget: budget?.toFixed() ?? null,
      actual: actual?.toFixed() ?? null,
      rate: rateOf(actual, budget),
    });
  }
  return { kind: fin.kind, budgetKind, title: fin.title, unit: fin.unit, rows };
}

/** The 三公 tables: one line of items; the 决算's 预算数 beside its 决算数, set against the published budget. */
function compareThreePublic(fin: SnapshotTable, bud: SnapshotTable, mismatches: BudgetMismatch[]): ExecutionTable {
  const toUnit = (v: Decimal | null) => (v === null ? null : convert(v, bud.unit, fin.unit));
  const fr = fin.rows.find((r) => r.isTotal) ?? fin.rows[0];
  const br = bud.rows.find((r) => r.isTotal) ?? bud.rows[0];
  const rows: ExecutionRow[] = [];
  for (const item of THREE_PUBLIC_ITEMS) {
    const actual = fr ? first(fr, [`${item}.actual`, item === 'three-public' ? 'total.actual' : `${item}`]) : null;
    const budget = br ? toUnit(first(br, item === 'three-public' ? ['three-public', 'total'] : [item])) : null;
    if (actual === null && budget === null) continue;
    const name = fin.columns[`${item}.actual`] ?? bud.columns[item] ?? item;
    rows.push({
      key: `item:${item}`,
      code: null,
      name: name === '决算数' ? item : name,
      level: null,
      isTotal: item === 'three-public',
      budget: budget?.toFixed() ?? null,
      actual: actual?.toFixed() ?? null,
      rate: rateOf(actual, budget),
    });
    const inFinal = fr ? first(fr, [`${item}.budget`]) : null;
    if (inFinal && budget && !inFinal.eq(budget))
      mismatches.push({
        kind: fin.kind,
        key: `item:${item}`,
        name,
        inFinal: inFinal.toFixed(),
        published: budget.toFixed(),
      });
  }
  return { kind: fin.kind, budgetKind: bud.kind, title: fin.title, unit: fin.unit, rows };
}

/** The 决算 of a year against the 预算 of the same year and organisation. */
export function compareExecution(final: Snapshot, budget: Snapshot): ExecutionComparison {
  const notes: string[] = [];
  if (final.kind !== 'final' || budget.kind !== 'budget') notes.push('expects a 决算 and a 预算');
  if (final.year !== budget.year) notes.push(`different years: 决算 ${final.year}, 预算 ${budget.year}`);
  if (final.organisation !== budget.organisation)
    notes.push(`different organisations: ${final.organisation} / ${budget.organisation}`);
  const tables: ExecutionTable[] = [];
  const mismatches: BudgetMismatch[] = [];
  for (const [fk, bk] of PAIRS) {
    const f = tableOf(final, fk);
    const b = tableOf(budget, bk);
    if (f && b) tables.push(compareTable(f, b, bk));
  }
  const f3 = tableOf(final, 'final.three-public');
  const b3 = tableOf(budget, 'budget.three-public');
  if (f3 && b3) tables.push(compareThreePublic(f3, b3, mismatches));
  // A 决算 column of 年初预算数 beside the 决算数 (some provinces print both per 科目): against the budget.
  for (const t of tables) {
    const fin = tableOf(final, t.kind);
    if (!fin || t.kind === 'final.three-public') continue;
    const fr = byCode(fin.rows);
    for (const row of t.rows) {
      const inFinal = first(fr.get(row.key)!, ['total.budget', 'amount.budget']);
      if (inFinal && row.budget !== null && !inFinal.eq(row.budget))
        mismatches.push({
          kind: t.kind,
          key: row.key,
          name: row.name,
          inFinal: inFinal.toFixed(),
          published: row.budget,
        });
    }
  }
  return { organisation: final.organisation, year: final.year, tables, mismatches, notes };
}

/** The budget of the same organisation and year as `final` among `snapshots`, if the reader has opened it. */
export function budgetOf(snapshots: readonly Snapshot[], final: Snapshot): Snapshot | null {
  return (
    snapshots.find((s) => s.kind === 'budget' && s.year === final.year && s.organisation === final.organisation) ?? null
  );
}
