/**
 * Stage 1 (extract): ruled ("lattice") tables. A ruling network gives the cell grid: every distinct ruling position
 * is a row/column edge, a missing ruling between two grid cells merges them. Text runs are placed in cells by their
 * centre (a run drawn across a ruling is split there). It must not join pages or find titles (see document-layout.ts).
 */
import type { GridCell } from '../types';
import type { Box, PageFrame } from './geometry';
import type { Run } from './page-content';
import { clusterCoords, coverage, type Network, SAME_LINE } from './rulings';
import type { TablePiece } from './table-piece';
import { cellText } from './text-lines';

/** Within this distance (points) of the paper's edge, a missing closing ruling may just be clipped off the page. */
const EDGE_CLIP = 2;

/** A ruling covering at least this share of a cell edge separates the cells. */
const EDGE_COVERED = 0.5;

export function latticeTable(net: Network, runs: Run[], frame: PageFrame, page: number): TablePiece | null {
  const xs = clusterCoords(net.v.map((s) => s.c));
  // Verticals running past the outermost horizontal rulings mean the grid is open there (a row split by a page break).
  const hTop = Math.max(...net.h.map((s) => s.c), Number.NEGATIVE_INFINITY);
  const hBottom = Math.min(...net.h.map((s) => s.c), Number.POSITIVE_INFINITY);
  const vTop = Math.max(...net.v.map((s) => s.b));
  const vBottom = Math.min(...net.v.map((s) => s.a));
  const openTop = vTop > hTop + SAME_LINE;
  const openBottom = vBottom < hBottom - SAME_LINE;
  const hs = net.h.map((s) => s.c);
  if (openTop) hs.push(vTop);
  if (openBottom) hs.push(vBottom);
  const ys = clusterCoords(hs).reverse();
  const nC = xs.length - 1;
  const nR = ys.length - 1;
  if (nC < 1 || nR < 1 || nC * nR < 2) return null;

  // Union-find over elementary cells: neighbours with no ruling between them are one merged cell.
  const id = (r: number, c: number) => r * nC + c;
  const parent = Array.from({ length: nR * nC }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const unite = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nR; r++) {
    const top = ys[r]!;
    const bottom = ys[r + 1]!;
    for (let c = 0; c + 1 < nC; c++) {
      if (coverage(net.v, xs[c + 1]!, bottom, top) < EDGE_COVERED) unite(id(r, c), id(r, c + 1));
    }
  }
  for (let c = 0; c < nC; c++) {
    const left = xs[c]!;
    const right = xs[c + 1]!;
    for (let r = 0; r + 1 < nR; r++) {
      if (coverage(net.h, ys[r + 1]!, left, right) < EDGE_COVERED) unite(id(r, c), id(r + 1, c));
    }
  }

  const box: Box = [xs[0]!, ys[nR]!, xs[nC]!, ys[0]!];
  const cellRuns = new Map<number, Run[]>();
  const used = new Set<Run>();
  const sizes: number[] = [];
  for (const run of runs) {
    const cx = (run.box[0] + run.box[2]) / 2;
    const cy = run.vertical ? run.y : (run.box[1] + run.box[3]) / 2;
    if (cx < box[0] || cx > box[2] || cy < box[1] || cy > box[3]) continue;
    const r = indexOf(ys, cy, true);
    if (r < 0) continue;
    used.add(run);
    sizes.push(run.size);
    for (const piece of splitAtRulings(run, xs, (c) => find(id(r, c)))) {
      const pcx = (piece.x0 + piece.x1) / 2;
      const c = indexOf(xs, pcx, false);
      if (c < 0) continue;
      const g = find(id(r, c));
      let list = cellRuns.get(g);
      if (!list) {
        list = [];
        cellRuns.set(g, list);
      }
      list.push(piece);
    }
  }

  // Extent of each merged region.
  const extent = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < nR; r++) {
    for (let c = 0; c < nC; c++) {
      const g = find(id(r, c));
      const e = extent.get(g);
      if (!e) extent.set(g, { r0: r, r1: r, c0: c, c1: c });
      else {
        e.r0 = Math.min(e.r0, r);
        e.r1 = Math.max(e.r1, r);
        e.c0 = Math.min(e.c0, c);
        e.c1 = Math.max(e.c1, c);
      }
    }
  }

  const rows: GridCell[][] = [];
  for (let r = 0; r < nR; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < nC; c++) {
      const g = find(id(r, c));
      const e = extent.get(g)!;
      if (e.r0 !== r || e.c0 !== c) {
        row.push({ text: '' });
        continue;
      }
      const text = cellText(cellRuns.get(g) ?? []);
      const cell: GridCell = { text };
      if (text) {
        const cellBox: Box = [xs[e.c0]!, ys[e.r1 + 1]!, xs[e.c1 + 1]!, ys[e.r0]!];
        cell.anchor = { kind: 'pdf', page, bbox: frame.boxToUser(cellBox) };
      }
      if (e.r1 > e.r0) cell.rowSpan = e.r1 - e.r0 + 1;
      if (e.c1 > e.c0) cell.colSpan = e.c1 - e.c0 + 1;
      row.push(cell);
    }
    rows.push(row);
  }
  sizes.sort((a, b) => a - b);
  return {
    page,
    kind: 'lattice',
    box,
    cols: xs,
    rowEdges: ys,
    rows,
    runs: used,
    // Verticals running off the very edge of the paper say nothing about a cut row: a printer without margins clips
    // the closing ruling of a complete row there. The grid keeps the edge; the continuation join is not told.
    openTop: openTop && vTop < frame.height - EDGE_CLIP,
    openBottom: openBottom && vBottom > EDGE_CLIP,
    size: sizes[Math.floor(sizes.length / 2)] ?? 10,
  };
}

/** Index i with edges[i] ≤ v ≤ edges[i+1] (ascending) or edges[i] ≥ v ≥ edges[i+1] (descending); -1 outside. */
function indexOf(edges: number[], v: number, descending: boolean): number {
  for (let i = 0; i + 1 < edges.length; i++) {
    const a = edges[i]!;
    const b = edges[i + 1]!;
    if (descending ? v <= a && v >= b : v >= a && v <= b) return i;
  }
  return -1;
}

/**
 * Splits a run where it crosses a real column ruling (some producers draw a whole row as one text run). Character
 * positions are estimated evenly along the run, which is good enough to decide which side of a ruling a glyph is on.
 */
function splitAtRulings(run: Run, xs: number[], group: (c: number) => number): Run[] {
  if (run.vertical) return [run];
  const margin = 0.3 * run.size;
  const cuts: number[] = [];
  for (let k = 1; k + 1 < xs.length; k++) {
    const x = xs[k]!;
    if (x > run.x0 + margin && x < run.x1 - margin && group(k - 1) !== group(k)) cuts.push(x);
  }
  if (cuts.length === 0) return [run];
  // Glyph advances estimated from character class: CJK and full-width forms are one em, the rest about half.
  const chars = [...run.text];
  const weights = chars.map((ch) => (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F]/u.test(ch) ? 2 : 1));
  const unit =
    (run.x1 - run.x0) /
    Math.max(
      1,
      weights.reduce((a, b) => a + b, 0),
    );
  const starts: number[] = [];
  let acc = run.x0;
  for (const w of weights) {
    starts.push(acc);
    acc += w * unit;
  }
  starts.push(run.x1);
  const pieces: Run[] = [];
  let start = 0;
  let edgeIdx = 0;
  for (let i = 0; i <= chars.length; i++) {
    const centre = i < chars.length ? (starts[i]! + starts[i + 1]!) / 2 : Number.POSITIVE_INFINITY;
    const atEnd = i === chars.length;
    if (atEnd || (edgeIdx < cuts.length && centre > cuts[edgeIdx]!)) {
      if (i > start) {
        const x0 = starts[start]!;
        const x1 = starts[i]!;
        const text = chars.slice(start, i).join('');
        if (text.trim()) pieces.push({ ...run, text: text.trim(), x0, x1, box: [x0, run.box[1], x1, run.box[3]] });
      }
      start = i;
      while (edgeIdx < cuts.length && centre > cuts[edgeIdx]!) edgeIdx++;
    }
  }
  return pieces;
}
