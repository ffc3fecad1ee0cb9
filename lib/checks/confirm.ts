/**
 * Checks (stage 6): which failed identities are findings about the document and which are evidence that the reading
 * is wrong. Real published tables almost always add up; a failure is an accusation only where the document confirms
 * the reading under it. Runs after every rule over the findings and passes; pure, deterministic, no I/O.
 *
 * - A family of identities (one rule, one table, the same columns: "合计 = 基本 + 项目" down a table, "款 = Σ项" in a
 *   column) that fails on rows which no single slip explains, and fails at least as often as it holds, is a column
 *   role or a structure misread: its failures are unverified.
 * - A table is read with confidence when the failures left can be explained by one or two wrong cells (a minimum
 *   hitting set of the failing identities' cells, taken greedily) and at least as many checks hold on its cells.
 *   Otherwise its failures are unverified, and the table says why.
 * - A family printed once per period (上年 | 本年 | 增减 over the same heads) that fails where its twin of another
 *   period holds on every row, on cells whose 增减 = 本年 − 上年 all hold, is read right: the columns are confirmed by
 *   those other identities, and its failures are the document's. The 增减 family's failures that follow from the
 *   本年 family's on the same rows are not counted twice.
 * - An identity between two tables, or between the text and a table, is confirmed only when every table it reads is
 *   read with confidence.
 * One real slip in a well-read table fails the identities through its cell, and those alone: one cell explains them,
 * the rest of the table holds, and it stays an error.
 */
import type { BudgetDocument } from '../model/budget-document';
import { FORM_KINDS } from '../model/table-kinds';
import type { CheckScope, Localised } from './define-check';
import type { CellRef, Finding, Verified } from './finding';
import { columnAt, periodSlot } from './periods';

export interface TableReading {
  table: number;
  /** The failures in this table are explained by at most a few cells and outweighed by what holds. */
  confident: boolean;
  /** Why the table is not read with confidence (null when it is). */
  reason: Localised | null;
  /** Identities that held on its cells (any rule). */
  passed: number;
  /** Identities that failed on its cells before confirmation. */
  failed: number;
}

/** At most this many wrong cells explain the failures of a table that is still read with confidence. */
const MAX_SLIPS = 2;

const key = (c: CellRef) => `${c.table}:${c.row}:${c.col}`;

/**
 * Greedy minimum hitting set: cells such that every failure has one of them. Its size estimates the slips needed.
 * Each round takes the cell in most open failures (the smallest key among equals). A heap of (count, cell) entries,
 * re-pushed as counts fall and skipped when stale, keeps a table of thousands of failing rows (a 项目支出表 whose
 * projects share one 科目 code) near-linear instead of a count of every cell per round.
 */
export function hittingSet(failures: readonly (readonly CellRef[])[]): string[] {
  const sets = failures.map((cells) => [...new Set(cells.map(key))]);
  const holders = new Map<string, number[]>();
  sets.forEach((cells, i) => {
    for (const k of cells) {
      const list = holders.get(k);
      if (list) list.push(i);
      else holders.set(k, [i]);
    }
  });
  const count = new Map([...holders].map(([k, list]) => [k, list.length]));
  const heap = new EntryHeap();
  for (const [k, n] of count) heap.push(n, k);
  const closed = new Array<boolean>(sets.length).fill(false);
  const out: string[] = [];
  for (let entry = heap.pop(); entry; entry = heap.pop()) {
    const [n, k] = entry;
    if (n === 0 || count.get(k) !== n) continue;
    out.push(k);
    for (const i of holders.get(k) ?? []) {
      if (closed[i]) continue;
      closed[i] = true;
      for (const other of sets[i] ?? []) {
        const m = (count.get(other) ?? 0) - 1;
        count.set(other, m);
        if (m > 0 && other !== k) heap.push(m, other);
      }
    }
  }
  return out;
}

/** Max-heap of (count, key): the largest count first, the smallest key among equal counts. */
class EntryHeap {
  private readonly items: [number, string][] = [];
  private before(a: [number, string], b: [number, string]): boolean {
    return a[0] > b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  push(n: number, k: string): void {
    const items = this.items;
    items.push([n, k]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): [number, string] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.before(items[l]!, items[best]!)) best = l;
        if (r < items.length && this.before(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}

/** The family of an identity: its rule, the table of its stated cell, and the columns it reads (in order). */
function familyOf(rule: string, cells: readonly CellRef[]): string | null {
  const [stated, ...terms] = cells;
  if (!stated) return null;
  const tables = [...new Set(cells.map((c) => c.table))].join(',');
  return `${rule}|${tables}|${stated.col}|${terms.map((t) => `${t.table}.${t.col}`).join(',')}`;
}

/** A family's key without its period, and the period, when every column it reads is of one period. */
function periodFamily(doc: BudgetDocument, rule: string, cells: readonly CellRef[]) {
  const cols = cells.map((c) => columnAt(doc.tables[c.table], c.col));
  const period = cols[0]?.period;
  if (!period || cols.some((c) => !c || c.period !== period)) return null;
  const tables = [...new Set(cells.map((c) => c.table))].join(',');
  return { key: `${rule}|${tables}|${cols.map((c) => periodSlot(c!)).join(',')}`, period };
}

/**
 * Failing families confirmed by their twins of other periods (see the header), and those whose failures only
 * follow from another's: the 增减 family failing on the rows where the 本年 family fails.
 */
function periodConfirmed(
  doc: BudgetDocument,
  findings: readonly Finding[],
  verified: readonly Verified[],
  fails: ReadonlyMap<string, number[]>,
): { confirmed: Set<string>; implied: Set<string> } {
  const changeCells = new Set(verified.filter((v) => v.rule === 'period-change').flatMap((v) => v.cells.map(key)));
  const confirmed = new Set<string>();
  const implied = new Set<string>();
  if (changeCells.size === 0) return { confirmed, implied };
  const stats = new Map<string, { passes: number; fails: number }>();
  const tally = (rule: string, cells: readonly CellRef[], what: 'passes' | 'fails') => {
    const pf = periodFamily(doc, rule, cells);
    if (!pf) return;
    const k = `${pf.key}#${pf.period}`;
    const s = stats.get(k) ?? { passes: 0, fails: 0 };
    s[what]++;
    stats.set(k, s);
  };
  for (const v of verified) tally(v.rule, v.cells, 'passes');
  for (const idx of fails.values()) for (const i of idx) tally(findings[i]!.rule, findings[i]!.cells, 'fails');
  const byFamily = new Map<string, { key: string; period: string; idx: number[] }>();
  for (const [fam, idx] of fails) {
    const f = findings[idx[0]!]!;
    const pf = periodFamily(doc, f.rule, f.cells);
    if (pf) byFamily.set(fam, { ...pf, idx });
  }
  for (const [fam, { key: k, period, idx }] of byFamily) {
    const twinHolds = ['prior', 'current', 'change'].some((p) => {
      const s = p === period ? undefined : stats.get(`${k}#${p}`);
      return s !== undefined && s.fails === 0 && s.passes >= idx.length;
    });
    const cellsConfirmed = idx.every((i) => findings[i]!.cells.every((c) => changeCells.has(key(c))));
    if (twinHolds && cellsConfirmed) confirmed.add(fam);
  }
  for (const [fam, { key: k, period, idx }] of byFamily) {
    if (period !== 'change' || !confirmed.has(fam)) continue;
    const current = [...byFamily].find(([f, x]) => x.key === k && x.period === 'current' && confirmed.has(f));
    if (!current) continue;
    const rows = new Set(current[1].idx.map((i) => findings[i]!.cells[0]!.row));
    if (idx.every((i) => rows.has(findings[i]!.cells[0]!.row))) implied.add(fam);
  }
  return { confirmed, implied };
}

function isFailure(f: Finding): boolean {
  return f.severity === 'error';
}

function unverify(f: Finding, reason: Localised): Finding {
  return {
    ...f,
    severity: 'unverified',
    message: { zh: `${f.message.zh}（未核实：${reason.zh}）`, en: `${f.message.en} (Not verified: ${reason.en})` },
  };
}

function implied(m: Localised): Localised {
  return {
    zh: `${m.zh}（由同一行本年数的不一致所致，不另计为错误）`,
    en: `${m.en} (follows from this year's figures on the same row; not counted again)`,
  };
}

const FAMILY_MISREAD: Localised = {
  zh: '这一关系在本表多处不成立，更可能是本表的列或层级未能正确读取',
  en: 'this identity fails in many rows of the table, more likely a misreading of its columns or levels',
};

const UNREAD_TABLE = (t: string): Localised => ({
  zh: `所用的表（${t}）未能可靠读取`,
  en: `a table it reads (${t}) could not be read with confidence`,
});

export interface Confirmed {
  findings: Finding[];
  readings: TableReading[];
}

export function confirmFindings(
  doc: BudgetDocument,
  findings: readonly Finding[],
  verified: readonly Verified[],
  scopeOf: (rule: string) => CheckScope,
): Confirmed {
  const out = [...findings];

  // 1. Families that fail on rows no single slip explains, at least as often as they hold.
  const passesByFamily = new Map<string, number>();
  for (const v of verified) {
    const scope = scopeOf(v.rule);
    if (scope !== 'table' && scope !== 'cross') continue;
    const fam = familyOf(v.rule, v.cells);
    if (fam) passesByFamily.set(fam, (passesByFamily.get(fam) ?? 0) + 1);
  }
  const failsByFamily = new Map<string, number[]>();
  out.forEach((f, i) => {
    if (!isFailure(f)) return;
    const scope = scopeOf(f.rule);
    if (scope !== 'table' && scope !== 'cross') return;
    const fam = familyOf(f.rule, f.cells);
    if (!fam) return;
    const list = failsByFamily.get(fam) ?? [];
    list.push(i);
    failsByFamily.set(fam, list);
  });
  const byPeriod = periodConfirmed(doc, out, verified, failsByFamily);
  const settled = new Set<number>();
  for (const [fam, idx] of failsByFamily) {
    if (byPeriod.confirmed.has(fam)) {
      for (const i of idx) {
        settled.add(i);
        if (byPeriod.implied.has(fam)) out[i] = { ...out[i]!, severity: 'info', message: implied(out[i]!.message) };
      }
      continue;
    }
    const slips = hittingSet(idx.map((i) => out[i]!.cells)).length;
    if (slips >= 2 && slips >= (passesByFamily.get(fam) ?? 0))
      for (const i of idx) out[i] = unverify(out[i]!, FAMILY_MISREAD);
  }

  // 2. Per table: what holds on its cells, and how many cells the failures left need.
  const passed = new Map<number, number>();
  for (const v of verified)
    for (const t of new Set(v.cells.map((c) => c.table))) passed.set(t, (passed.get(t) ?? 0) + 1);
  const failedCells = new Map<number, CellRef[][]>();
  const failedCount = new Map<number, number>();
  findings.forEach((f, i) => {
    if (f.severity !== 'error' && f.severity !== 'unverified') return;
    for (const t of new Set(f.cells.map((c) => c.table))) failedCount.set(t, (failedCount.get(t) ?? 0) + 1);
    // Confirmed by the other periods: the document's failures, no evidence against the reading.
    if (settled.has(i)) return;
    // Every failure of the table's own identities counts here, a misread family's too: they are all evidence.
    if (!isFailure(f) || scopeOf(f.rule) !== 'table') return;
    const stated = f.cells[0];
    if (!stated) return;
    const list = failedCells.get(stated.table) ?? [];
    list.push(f.cells.filter((c) => c.table === stated.table));
    failedCells.set(stated.table, list);
  });
  const readings: TableReading[] = doc.tables.map((t) => {
    const p = passed.get(t.index) ?? 0;
    const base = { table: t.index, passed: p, failed: failedCount.get(t.index) ?? 0 };
    if (FORM_KINDS.has(t.kind) || t.empty) return { ...base, confident: true, reason: null };
    const slips = hittingSet(failedCells.get(t.index) ?? []).length;
    if (slips === 0) return { ...base, confident: true, reason: null };
    if (slips > MAX_SLIPS)
      return {
        ...base,
        confident: false,
        reason: {
          zh: `本表有 ${base.failed} 处关系不成立，至少需改动 ${slips} 个数字才能全部成立，更可能是读取有误`,
          en: `${base.failed} identities fail in this table and at least ${slips} cells would have to change for them to hold: more likely misread`,
        },
      };
    if (p < slips)
      return {
        ...base,
        confident: false,
        reason: {
          zh: '本表成立的关系太少，无法确认读取无误',
          en: 'too few identities hold in this table to confirm the reading',
        },
      };
    return { ...base, confident: true, reason: null };
  });

  // 3. Failures whose tables are not read with confidence are unverified.
  const byIndex = new Map(readings.map((r) => [r.table, r]));
  for (let i = 0; i < out.length; i++) {
    const f = out[i]!;
    if (!isFailure(f) || scopeOf(f.rule) === 'document') continue;
    const unread = [...new Set(f.cells.map((c) => c.table))].map((t) => byIndex.get(t)).find((r) => r && !r.confident);
    if (!unread) continue;
    const t = doc.tables[unread.table];
    const name = t?.title ?? t?.kind ?? `#${unread.table + 1}`;
    out[i] = unverify(f, scopeOf(f.rule) === 'table' ? (unread.reason ?? UNREAD_TABLE(name)) : UNREAD_TABLE(name));
  }
  return { findings: out, readings };
}
