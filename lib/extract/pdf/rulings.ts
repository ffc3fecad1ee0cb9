/**
 * Stage 1 (extract): ruling segments → merged lines → connected ruling networks (one per ruled table). Pure geometry;
 * it must not look at text.
 */
import type { Box } from './geometry';
import type { Segment } from './page-content';

/** Rulings closer than this (points) across their direction are the same line (double strokes, anti-alias pairs). */
export const SAME_LINE = 2.5;
/** Collinear pieces separated by less than this along their direction are one line. */
const JOIN_GAP = 2;
/** Ruling pieces shorter than this are ignored (dots, tick marks). */
const MIN_LENGTH = 3;

/** Merges collinear, overlapping or touching segments of one orientation. */
export function mergeSegments(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((p, q) => p.c - q.c || p.a - q.a);
  // group by coordinate
  const groups: Segment[][] = [];
  for (const s of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(s.c - g[0]!.c) <= SAME_LINE / 2) g.push(s);
    else groups.push([s]);
  }
  const out: Segment[] = [];
  for (const g of groups) {
    const c = g.reduce((acc, s) => acc + s.c, 0) / g.length;
    const byA = [...g].sort((p, q) => p.a - q.a);
    let cur: Segment | null = null;
    for (const s of byA) {
      if (cur && s.a <= cur.b + JOIN_GAP) cur.b = Math.max(cur.b, s.b);
      else {
        if (cur) out.push(cur);
        cur = { o: s.o, c, a: s.a, b: s.b };
      }
    }
    if (cur) out.push(cur);
  }
  return out.filter((s) => s.b - s.a >= MIN_LENGTH);
}

export interface Network {
  h: Segment[];
  v: Segment[];
  box: Box;
}

/** Connected networks of horizontal and vertical rulings that touch each other (within SAME_LINE). */
export function rulingNetworks(segments: Segment[]): Network[] {
  const h = mergeSegments(segments.filter((s) => s.o === 'h'));
  const v = mergeSegments(segments.filter((s) => s.o === 'v'));
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const t = SAME_LINE;
  for (let i = 0; i < h.length; i++) {
    const hs = h[i]!;
    for (let j = 0; j < v.length; j++) {
      const vs = v[j]!;
      if (vs.c >= hs.a - t && vs.c <= hs.b + t && hs.c >= vs.a - t && hs.c <= vs.b + t) {
        parent[find(i)] = find(h.length + j);
      }
    }
  }
  // A row taller than a page leaves a page with only vertical rulings (no horizontal edge at all, or one): parallel
  // verticals with the same extent belong to one grid.
  for (let i = 0; i < v.length; i++) {
    for (let j = i + 1; j < v.length; j++) {
      const p = v[i]!;
      const q = v[j]!;
      if (p.b - p.a > 40 && Math.abs(p.a - q.a) <= t && Math.abs(p.b - q.b) <= t)
        parent[find(h.length + i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, Network>();
  all.forEach((s, i) => {
    const root = find(i);
    let n = groups.get(root);
    if (!n) {
      n = { h: [], v: [], box: [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -Infinity, -Infinity] };
      groups.set(root, n);
    }
    (s.o === 'h' ? n.h : n.v).push(s);
    const box = s.o === 'h' ? [s.a, s.c, s.b, s.c] : [s.c, s.a, s.c, s.b];
    n.box = [
      Math.min(n.box[0], box[0]!),
      Math.min(n.box[1], box[1]!),
      Math.max(n.box[2], box[2]!),
      Math.max(n.box[3], box[3]!),
    ];
  });
  return [...groups.values()].filter((n) => n.v.length >= 2 && (n.h.length >= 1 || n.v.length >= 3));
}

/** Sorted distinct coordinates, values closer than `tol` clustered to their mean. */
export function clusterCoords(values: number[], tol = SAME_LINE): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1]! > tol) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** Fraction of [a, b] covered by segments at coordinate c (within SAME_LINE). */
export function coverage(segs: Segment[], c: number, a: number, b: number): number {
  const len = b - a;
  if (len <= 0) return 1;
  const parts: Array<[number, number]> = [];
  for (const s of segs) {
    if (Math.abs(s.c - c) > SAME_LINE) continue;
    const lo = Math.max(a, s.a);
    const hi = Math.min(b, s.b);
    if (hi > lo) parts.push([lo, hi]);
  }
  parts.sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = a;
  for (const [lo, hi] of parts) {
    const from = Math.max(lo, end);
    if (hi > from) {
      covered += hi - from;
      end = hi;
    }
  }
  return covered / len;
}
