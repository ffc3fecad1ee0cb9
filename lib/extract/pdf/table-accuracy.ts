/**
 * Stage 1 (extract), measurement only: cell accuracy of extracted tables against ground-truth tables. Used by the
 * corpus tests and the bench; never by the pipeline. Both sides are compared with `squash` (whitespace removed, NFKC).
 *
 * Alignment: tables are aligned in order (a monotone alignment maximising matched cells, so a missing or extra table
 * costs only its own cells); within an aligned pair, rows are aligned the same way; within a pair of rows, cells are
 * compared position by position. Accuracy = matched truth cells / all truth cells (empty truth cells count: an empty
 * cell must come out empty).
 */
import { squash } from '../normalize';

export interface AccuracyReport {
  truthCells: number;
  matchedCells: number;
  accuracy: number;
  /** Per truth table: index of the extracted table aligned to it (or -1) and its matched/total cells. */
  tables: Array<{ truth: number; extracted: number; matched: number; cells: number }>;
}

type Grid = string[][];

function rowScore(a: string[], b: string[]): number {
  let n = 0;
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) if (a[i] === b[i]) n++;
  return n;
}

/** Monotone alignment of two sequences maximising the summed score; returns pairs [i, j] and the total. */
function align<T, U>(
  xs: T[],
  ys: U[],
  score: (x: T, y: U) => number,
): { pairs: Array<[number, number]>; total: number } {
  const n = xs.length;
  const m = ys.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const s: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) s[i]![j] = score(xs[i]!, ys[j]!);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      dp[i]![j] = Math.max(dp[i - 1]![j]!, dp[i]![j - 1]!, dp[i - 1]![j - 1]! + s[i - 1]![j - 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (dp[i]![j] === dp[i - 1]![j]) i--;
    else if (dp[i]![j] === dp[i]![j - 1]) j--;
    else {
      pairs.unshift([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  return { pairs, total: dp[n]![m]! };
}

function tableScore(extracted: Grid, truth: Grid): number {
  return align(truth, extracted, rowScore).total;
}

export function cellAccuracy(extracted: string[][][], truth: string[][][]): AccuracyReport {
  const ex = extracted.map((t) => t.map((r) => r.map(squash)));
  const tr = truth.map((t) => t.map((r) => r.map(squash)));
  const { pairs } = align(tr, ex, (t, e) => tableScore(e, t));
  const byTruth = new Map(pairs.map(([t, e]) => [t, e]));
  let truthCells = 0;
  let matchedCells = 0;
  const tables: AccuracyReport['tables'] = [];
  tr.forEach((t, ti) => {
    const cells = t.reduce((n, r) => n + r.length, 0);
    const ei = byTruth.get(ti) ?? -1;
    const matched = ei >= 0 ? tableScore(ex[ei]!, t) : 0;
    truthCells += cells;
    matchedCells += matched;
    tables.push({ truth: ti, extracted: ei, matched, cells });
  });
  return { truthCells, matchedCells, accuracy: truthCells ? matchedCells / truthCells : 1, tables };
}
