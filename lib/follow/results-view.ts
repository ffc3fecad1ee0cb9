/**
 * The results page's table, as data: the rows sorted by the column the reader chose, filtered by what they typed and
 * the kind they picked, and the organisations that appear with more than one year (their history comparison is worth
 * a link). Pure; the page renders it.
 */
import type { DisclosureRow, FollowRow } from './queue';

export type SortKey =
  | 'order'
  | 'organisation'
  | 'year'
  | 'kind'
  | 'tables'
  | 'errors'
  | 'warnings'
  | 'unread'
  | 'perCapita';
export type KindFilter = 'all' | 'budget' | 'final' | 'unreadable' | 'errors';

export interface ResultsQuery {
  sort: SortKey;
  descending: boolean;
  text: string;
  kind: KindFilter;
}

export const DEFAULT_QUERY: ResultsQuery = { sort: 'order', descending: false, text: '', kind: 'all' };

const KIND_ORDER = { budget: 0, final: 1 } as const;

/** A row's value under a sort key; unreadable rows have none and go last whichever way the column is sorted. */
function keyOf(r: DisclosureRow, key: SortKey): string | number | null {
  switch (key) {
    case 'organisation':
      return r.document.organisation;
    case 'year':
      return r.document.year;
    case 'kind':
      return r.document.kind ? KIND_ORDER[r.document.kind] : null;
    case 'tables':
      return r.tables;
    case 'errors':
      return r.findings.error;
    case 'warnings':
      return r.findings.warning;
    case 'unread':
      return r.unreadTables;
    case 'perCapita':
      return r.perCapita ? Number(r.perCapita.value.replace(/,/gu, '')) : null;
    default:
      return null;
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-Hans-CN');
}

function matches(r: FollowRow, q: ResultsQuery): boolean {
  if (q.kind === 'unreadable' && r.row !== 'unreadable') return false;
  if ((q.kind === 'budget' || q.kind === 'final') && (r.row !== 'disclosure' || r.document.kind !== q.kind))
    return false;
  if (q.kind === 'errors' && (r.row !== 'disclosure' || r.findings.error === 0)) return false;
  const text = q.text.trim().toLowerCase();
  if (!text) return true;
  const said =
    r.row === 'disclosure' ? `${r.document.organisation ?? ''} ${r.text} ${r.source}` : `${r.text} ${r.source}`;
  return said.toLowerCase().includes(text);
}

/** The rows to show, in the order asked; ties keep the listing's order. */
export function viewRows(rows: readonly FollowRow[], q: ResultsQuery): FollowRow[] {
  const kept = rows.map((r, i) => ({ r, i })).filter(({ r }) => matches(r, q));
  if (q.sort !== 'order') {
    // Rows with a value first (in the order asked), then disclosures without one, then links not read.
    const rank = (r: FollowRow, v: unknown) => (r.row !== 'disclosure' ? 2 : v === null ? 1 : 0);
    kept.sort((x, y) => {
      const a = x.r.row === 'disclosure' ? keyOf(x.r, q.sort) : null;
      const b = y.r.row === 'disclosure' ? keyOf(y.r, q.sort) : null;
      const byRank = rank(x.r, a) - rank(y.r, b);
      if (byRank || a === null || b === null) return byRank || x.i - y.i;
      return (q.descending ? -compare(a, b) : compare(a, b)) || x.i - y.i;
    });
  } else if (q.descending) kept.reverse();
  return kept.map(({ r }) => r);
}

/** Organisations read for more than one year or kind: the history page can set their documents side by side. */
export function comparable(rows: readonly FollowRow[]): Set<string> {
  const seen = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.row !== 'disclosure' || !r.document.organisation) continue;
    const set = seen.get(r.document.organisation) ?? new Set<string>();
    set.add(`${r.document.year}:${r.document.kind}`);
    seen.set(r.document.organisation, set);
  }
  return new Set([...seen].filter(([, s]) => s.size > 1).map(([o]) => o));
}

/** Totals for the page's heading. */
export function totals(rows: readonly FollowRow[]): {
  read: number;
  unreadable: number;
  errors: number;
  warnings: number;
} {
  let read = 0;
  let unreadable = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of rows)
    if (r.row === 'disclosure') {
      read++;
      errors += r.findings.error;
      warnings += r.findings.warning;
    } else unreadable++;
  return { read, unreadable, errors, warnings };
}
