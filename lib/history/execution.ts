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
/** Two decimals at least, as the tables print money (126.90, not 126.9). */
const fixed = (d: Decimal) => d.toFixed(Math.max(2, d.decimalPlaces()));

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
      budget: budget ? fixed(budget) : null,
      actual: actual ? fixed(actual) : null,
      rate: rateOf(actual, budget),
    });
  }
  return { kind: fin.kind, budgetKind, title: fin.title, unit: fin.unit, rows };
}

const ITEMS: readonly { item: string; name: string; row: RegExp }[] = [
  { item: 'three-public', name: '“三公”经费合计', row: /^(合计|总计|三公经费|“三公”经费)/u },
  { item: 'outbound', name: '因公出国（境）费', row: /因公出国/u },
  { item: 'vehicle', name: '公务用车购置及运行费', row: /公务用车购置及运行/u },
  { item: 'vehicle-purchase', name: '公务用车购置费', row: /公务用车购置费|^其中[:：]?公务用车购置|^购置费/u },
  { item: 'vehicle-operation', name: '公务用车运行费', row: /公务用车运行|^运行(维护)?费/u },
  { item: 'reception', name: '公务接待费', row: /公务接待/u },
];

/**
 * One 三公 item of a table, whichever way it is printed: items as columns (one line; the 决算's 预算数 | 决算数 per
 * item) or items as rows (the budget's 因公出国（境）费 row … by fund). `measure` picks 预算数 or 决算数 columns.
 */
function itemValue(
  t: SnapshotTable,
  item: (typeof ITEMS)[number],
  measure: 'budget' | 'actual' | null,
): Decimal | null {
  const m = measure ? `.${measure}` : '';
  const line = t.rows.find((r) => r.isTotal) ?? t.rows[0];
  const asColumn = line
    ? first(line, item.item === 'three-public' ? [`three-public${m}`, `total${m}`] : [`${item.item}${m}`])
    : null;
  if (asColumn !== null && t.rows.length <= 2) return asColumn;
  const row = t.rows.find((r) => item.row.test(r.name.replace(/\s+/gu, '')));
  const byRow = row ? first(row, [`total${m}`, `amount${m}`]) : null;
  return byRow ?? asColumn;
}

/** The 三公 tables: each item's 决算数 against the budget, and the 决算's own 预算数 against the published one. */
function compareThreePublic(fin: SnapshotTable, bud: SnapshotTable, mismatches: BudgetMismatch[]): ExecutionTable {
  const toUnit = (v: Decimal | null) => (v === null ? null : convert(v, bud.unit, fin.unit));
  const rows: ExecutionRow[] = [];
  for (const it of ITEMS) {
    const actual = itemValue(fin, it, 'actual') ?? itemValue(fin, it, null);
    const budget = toUnit(itemValue(bud, it, null));
    if (actual === null && budget === null) continue;
    rows.push({
      key: `item:${it.item}`,
      code: null,
      name: it.name,
      level: null,
      isTotal: it.item === 'three-public',
      budget: budget ? fixed(budget) : null,
      actual: actual ? fixed(actual) : null,
      rate: rateOf(actual, budget),
    });
    const inFinal = itemValue(fin, it, 'budget');
    if (inFinal && budget && !inFinal.eq(budget))
      mismatches.push({
        kind: fin.kind,
        key: `item:${it.item}`,
        name: it.name,
        inFinal: fixed(inFinal),
        published: fixed(budget),
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
