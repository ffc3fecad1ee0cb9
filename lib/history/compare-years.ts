/**
 * History (reader's own archive) comparison: two years of one department, table kind by table kind, every row by
 * its classification code (name when a row has no code, or when a code was lost in one year) — change and percent,
 * rows new this year or dropped since last year marked, amounts converted to this year's unit. Plus the series of
 * function classes over every stored year, for a small chart. Pure functions over Snapshots: no storage, no clock,
 * no DOM; decimal.js only. It reports differences; whether one matters is for the reader (or the checks).
 */
import Decimal from 'decimal.js';
import type { MoneyUnitName } from '../model/budget-document';
import { convert } from '../money/unit';
import { fold } from '../recognise/fold';
import type { Snapshot, SnapshotRow, SnapshotTable } from './snapshot';

export type RowStatus = 'both' | 'new' | 'dropped';

/** One amount in both years, in the comparison unit. Decimal strings; null when neither year has a number. */
export interface AmountChange {
  current: string | null;
  previous: string | null;
  /** current − previous (a blank counts as 0 when the other year has a number: budget tables leave zeros blank). */
  delta: string | null;
  /** delta ÷ previous × 100, to 2 decimals (half-up); null when previous is 0 or blank. */
  pct: string | null;
}

export interface RowChange extends AmountChange {
  /** Matching key: `code:…` or `name:…`, with the side of a two-sided table. */
  key: string;
  code: string | null;
  name: string;
  level: SnapshotRow['level'] | null;
  side: SnapshotRow['side'] | null;
  isTotal: boolean;
  status: RowStatus;
  /** `code` when matched by code; `name` when a row lacked its code in one year and was matched by name. */
  matchedBy: 'code' | 'name' | null;
  /** The column the top-level figures are from (total / amount …); null for new/dropped rows with no number. */
  column: string | null;
  /** Every amount column both years' tables have. */
  columns: Record<string, AmountChange>;
}

export interface TableComparison {
  kind: SnapshotTable['kind'];
  title: string | null;
  /** Both years' figures are in this unit (this year's table unit). */
  unit: MoneyUnitName;
  /** Last year's printed unit, when it differed and was converted. */
  convertedFrom: MoneyUnitName | null;
  status: RowStatus;
  rows: RowChange[];
}

export interface YearComparison {
  organisation: string;
  current: { year: number; kind: Snapshot['kind'] };
  previous: { year: number; kind: Snapshot['kind'] };
  tables: TableComparison[];
  notes: string[];
}

const PRIMARY_KEYS = [
  'total',
  'amount',
  'expenditure.total',
  'expenditure.amount',
  'income.amount',
  'three-public',
  'general-public',
  'gov-fund',
  'state-capital',
];

const ORDINAL_RE = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、]|[①-⑩])\s*/u;

function nameKey(name: string): string {
  return fold(name)
    .replace(ORDINAL_RE, '')
    .replace(/[:：]$/u, '');
}

interface Keyed {
  row: SnapshotRow;
  codeKey: string | null;
  nameKey: string;
}

function keyed(rows: readonly SnapshotRow[]): Keyed[] {
  const seen = new Map<string, number>();
  const bump = (k: string): string => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  };
  return rows.map((row) => {
    const side = row.side ? `${row.side}:` : '';
    const nk = bump(`name:${side}${nameKey(row.name)}`);
    return { row, codeKey: row.code ? bump(`code:${side}${row.code}`) : null, nameKey: nk };
  });
}

function dec(s: string | null | undefined): Decimal | null {
  return s === null || s === undefined ? null : new Decimal(s);
}

function change(cur: Decimal | null, prev: Decimal | null): AmountChange {
  if (cur === null && prev === null) return { current: null, previous: null, delta: null, pct: null };
  const c = cur ?? new Decimal(0);
  const p = prev ?? new Decimal(0);
  const delta = c.minus(p);
  const pct = prev === null || prev.isZero() ? null : delta.dividedBy(prev.abs()).times(100);
  return {
    current: cur ? cur.toFixed() : null,
    previous: prev ? prev.toFixed() : null,
    delta: delta.toFixed(),
    pct: pct ? pct.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) : null,
  };
}

function primaryKey(cur: SnapshotRow | null, prev: SnapshotRow | null): string | null {
  const has = (r: SnapshotRow | null, k: string) => r !== null && r.amounts[k] !== undefined && r.amounts[k] !== null;
  const inBoth = (k: string) =>
    (cur === null || cur.amounts[k] !== undefined) && (prev === null || prev.amounts[k] !== undefined);
  for (const k of PRIMARY_KEYS) if (inBoth(k) && (has(cur, k) || has(prev, k))) return k;
  const keys = Object.keys(cur?.amounts ?? prev?.amounts ?? {});
  for (const k of keys) if (inBoth(k) && (has(cur, k) || has(prev, k))) return k;
  return null;
}

function compareRows(
  cur: SnapshotRow | null,
  prev: SnapshotRow | null,
  key: string,
  matchedBy: RowChange['matchedBy'],
  toUnit: (v: Decimal | null) => Decimal | null,
): RowChange {
  const base = (cur ?? prev) as SnapshotRow;
  const columns: Record<string, AmountChange> = {};
  const keys = new Set([...Object.keys(cur?.amounts ?? {}), ...Object.keys(prev?.amounts ?? {})]);
  for (const k of keys) {
    if (cur && prev && (cur.amounts[k] === undefined || prev.amounts[k] === undefined)) continue;
    columns[k] = change(dec(cur?.amounts[k]), toUnit(dec(prev?.amounts[k])));
  }
  const column = primaryKey(cur, prev);
  const top = column ? (columns[column] ?? change(null, null)) : change(null, null);
  return {
    key,
    code: cur?.code ?? prev?.code ?? null,
    name: base.name,
    level: cur?.level ?? prev?.level ?? null,
    side: base.side ?? null,
    isTotal: base.isTotal,
    status: cur && prev ? 'both' : cur ? 'new' : 'dropped',
    matchedBy,
    column,
    ...top,
    columns,
  };
}

function compareTables(cur: SnapshotTable | null, prev: SnapshotTable | null): TableComparison {
  const t = (cur ?? prev) as SnapshotTable;
  const unit = cur?.unit ?? t.unit;
  const convertedFrom = cur && prev && prev.unit !== cur.unit ? prev.unit : null;
  const toUnit = (v: Decimal | null) => (v === null || !prev ? v : convert(v, prev.unit, unit));
  const rows: RowChange[] = [];
  const a = keyed(cur?.rows ?? []);
  const b = keyed(prev?.rows ?? []);
  const usedB = new Set<Keyed>();
  const pending: Keyed[] = [];
  const bByCode = new Map(b.filter((x) => x.codeKey).map((x) => [x.codeKey as string, x]));
  for (const x of a) {
    const m = x.codeKey ? bByCode.get(x.codeKey) : undefined;
    if (m) {
      usedB.add(m);
      rows.push(compareRows(x.row, m.row, x.codeKey as string, 'code', toUnit));
    } else pending.push(x);
  }
  // Rows without a code (totals, 三公 items, names-only tables) — or whose code one year lost — match by name.
  for (const x of pending) {
    const m = b.find((y) => !usedB.has(y) && y.nameKey === x.nameKey && (!x.codeKey || !y.codeKey));
    if (m) {
      usedB.add(m);
      const key = x.codeKey ?? m.codeKey ?? x.nameKey;
      rows.push(compareRows(x.row, m.row, key, x.codeKey || m.codeKey ? 'name' : null, toUnit));
    } else {
      rows.push(compareRows(x.row, null, x.codeKey ?? x.nameKey, null, toUnit));
    }
  }
  for (const y of b) if (!usedB.has(y)) rows.push(compareRows(null, y.row, y.codeKey ?? y.nameKey, null, toUnit));
  return {
    kind: t.kind,
    title: cur?.title ?? prev?.title ?? null,
    unit,
    convertedFrom,
    status: cur && prev ? 'both' : cur ? 'new' : 'dropped',
    rows,
  };
}

/**
 * Year-on-year comparison of two snapshots of one organisation. Tables are paired by kind (in order when a kind
 * occurs more than once); tables present in one year only are listed with every row `new` or `dropped`.
 */
export function compareYears(current: Snapshot, previous: Snapshot): YearComparison {
  const notes: string[] = [];
  if (current.organisation !== previous.organisation) {
    notes.push(`different organisations: ${current.organisation} / ${previous.organisation}`);
  }
  if (current.kind !== previous.kind) notes.push(`comparing a ${current.kind} with a ${previous.kind}`);
  if (current.year <= previous.year)
    notes.push(`the “previous” document is not older (${previous.year} ≥ ${current.year})`);
  const tables: TableComparison[] = [];
  const prevByKind = new Map<string, SnapshotTable[]>();
  for (const t of previous.tables) prevByKind.set(t.kind, [...(prevByKind.get(t.kind) ?? []), t]);
  for (const t of current.tables) {
    const list = prevByKind.get(t.kind);
    const p = list?.shift() ?? null;
    tables.push(compareTables(t, p));
    if (p && p.unit !== t.unit) notes.push(`${t.kind}: ${previous.year} printed in ${p.unit}, converted to ${t.unit}`);
  }
  for (const list of prevByKind.values()) for (const p of list) tables.push(compareTables(null, p));
  return {
    organisation: current.organisation,
    current: { year: current.year, kind: current.kind },
    previous: { year: previous.year, kind: previous.kind },
    tables,
    notes,
  };
}

/** The nearest earlier year of the same organisation and kind among `snapshots` (e.g. store.documentsOf). */
export function previousOf(snapshots: readonly Snapshot[], current: Snapshot): Snapshot | null {
  let best: Snapshot | null = null;
  for (const s of snapshots) {
    if (s.organisation !== current.organisation || s.kind !== current.kind || s.year >= current.year) continue;
    if (!best || s.year > best.year) best = s;
  }
  return best;
}

export interface ClassSeries {
  kind: Snapshot['kind'];
  unit: MoneyUnitName;
  years: number[];
  /** One line per function class (类, 3-digit code) seen in any year; values parallel to `years`, null = absent. */
  classes: { code: string; name: string; values: (string | null)[] }[];
  /** The table's 合计 per year, for the chart's scale. */
  totals: (string | null)[];
}

function classTable(s: Snapshot): SnapshotTable | null {
  for (const suffix of ['expenditure', 'general-public']) {
    const t = s.tables.find((x) => x.kind === `${s.kind}.${suffix}`);
    if (t?.rows.some((r) => r.level === 'class')) return t;
  }
  return null;
}

function classValue(r: SnapshotRow): Decimal | null {
  for (const k of ['total', 'amount']) {
    const v = r.amounts[k];
    if (v !== undefined && v !== null) return new Decimal(v);
  }
  return null;
}

/**
 * Function classes across all the years given (one organisation's snapshots; the kind given, else the kind most
 * of them are). Amounts in `unit` (default 万元), decimal strings.
 */
export function functionClassSeries(
  snapshots: readonly Snapshot[],
  opts: { unit?: MoneyUnitName; kind?: Snapshot['kind'] } = {},
): ClassSeries {
  const unit = opts.unit ?? '万元';
  const budgets = snapshots.filter((s) => s.kind === 'budget').length;
  const kind = opts.kind ?? (budgets * 2 >= snapshots.length ? 'budget' : 'final');
  const docs = [...snapshots].filter((s) => s.kind === kind).sort((a, b) => a.year - b.year);
  const byYear = new Map<number, Snapshot>();
  for (const s of docs) byYear.set(s.year, s); // a later duplicate of a year wins
  const years = [...byYear.keys()];
  const names = new Map<string, string>();
  const values = new Map<string, (string | null)[]>();
  const totals: (string | null)[] = [];
  years.forEach((year, i) => {
    const s = byYear.get(year) as Snapshot;
    const t = classTable(s);
    totals.push(null);
    if (!t) return;
    for (const r of t.rows) {
      const v = classValue(r);
      if (r.isTotal && !r.code && v && totals[i] === null) totals[i] = convert(v, t.unit, unit).toFixed();
      if (r.level !== 'class' || !r.code || !/^2\d\d$/u.test(r.code) || v === null) continue;
      names.set(r.code, r.name); // the latest year's name
      const line = values.get(r.code) ?? years.map(() => null);
      line[i] = convert(v, t.unit, unit).toFixed();
      values.set(r.code, line);
    }
  });
  const classes = [...values.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, vals]) => ({ code, name: names.get(code) ?? code, values: vals }));
  return { kind, unit, years, classes, totals };
}
