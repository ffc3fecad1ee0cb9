/**
 * Stage 1 (extract): unruled ("stream") tables, the fallback when a producer draws no rulings. Consecutive lines that
 * split into several wide-gap chunks form a block; the block's columns come from where the chunks line up. Each line
 * is a row. It must not touch lines that read as prose (one chunk) or headings.
 */
import type { GridCell } from '../types';
import type { Box, PageFrame } from './geometry';
import type { Run } from './page-content';
import type { TablePiece } from './table-piece';
import { joinPieces, type Line } from './text-lines';

const HEADING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十\d]+部分)/u;

/** Finds stream tables among free lines (top to bottom). Returns the pieces and the lines they consumed. */
export function streamTables(lines: Line[], frame: PageFrame, page: number): { pieces: TablePiece[]; used: Set<Line> } {
  const pieces: TablePiece[] = [];
  const used = new Set<Line>();
  let i = 0;
  while (i < lines.length) {
    const start = lines[i]!;
    if (start.chunks.length < 2 || HEADING.test(start.text)) {
      i++;
      continue;
    }
    const block: Line[] = [start];
    let j = i + 1;
    while (j < lines.length) {
      const prev = block[block.length - 1]!;
      const l = lines[j]!;
      const gap = prev.box[1] - l.box[3];
      if (gap > 2.2 * Math.max(prev.size, l.size)) break;
      if (l.chunks.length < 2) {
        // A one-chunk line can sit inside a table (a wrapped cell, a section row) only if a multi-chunk row follows.
        const next = lines[j + 1];
        if (!next || next.chunks.length < 2 || l.box[1] - next.box[3] > 2.2 * l.size) {
          // Or a run of rows holding text in one inner column only (the other columns empty), closed by a full row.
          const k = innerColumnRun(block, lines, j);
          if (k <= j) break;
          for (let m = j; m < k; m++) block.push(lines[m]!);
          j = k;
          continue;
        }
      }
      block.push(l);
      j++;
    }
    const multi = block.filter((l) => l.chunks.length >= 2);
    const wide = multi.filter((l) => l.chunks.length >= 3).length;
    if (multi.length >= 3 && (wide >= 2 || multi.length >= 4) && hasNumbers(multi)) {
      // Rows above the first full one that hold text only in an inner column (a continuation's top rows).
      const starts = innerStarts(block);
      let top = i;
      while (top > 0 && !used.has(lines[top - 1]!)) {
        const l = lines[top - 1]!;
        const below = lines[top]!;
        if (l.chunks.length !== 1 || l.box[1] - below.box[3] > 2.2 * Math.max(l.size, below.size)) break;
        if (!starts.some((x) => Math.abs(x - l.box[0]) <= 1.5)) break;
        top--;
      }
      if (top < i) block.unshift(...lines.slice(top, i));
      const piece = buildStream(block, frame, page);
      if (piece) {
        pieces.push(piece);
        for (const l of block) used.add(l);
        i = j;
        continue;
      }
    }
    i = Math.max(i + 1, j);
  }
  return { pieces, used };
}

/** Left edges of the block's chunks that are not its first column (prose and titles start at the margin). */
function innerStarts(block: Line[]): number[] {
  const left = Math.min(...block.map((l) => l.box[0]));
  const xs: number[] = [];
  for (const l of block) for (const c of l.chunks) if (c.box[0] > left + 2 * l.size) xs.push(c.box[0]);
  return xs;
}

/**
 * From `from`, one-chunk lines starting exactly where an inner column of the block starts, evenly spaced, followed
 * by a multi-chunk row: returns the index of that row (so the run joins the block), or `from` when there is none.
 */
function innerColumnRun(block: Line[], lines: Line[], from: number): number {
  const starts = innerStarts(block);
  let prev = block[block.length - 1]!;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (prev.box[1] - l.box[3] > 2.2 * Math.max(prev.size, l.size)) return from;
    if (l.chunks.length >= 2) return k;
    if (!starts.some((x) => Math.abs(x - l.box[0]) <= 1.5)) return from;
    prev = l;
  }
  return from;
}

function hasNumbers(lines: Line[]): boolean {
  let n = 0;
  for (const l of lines) for (const c of l.chunks) if (/^[-\d,.%]+$/u.test(c.text.replace(/\s/gu, ''))) n++;
  return n >= 2;
}

function buildStream(block: Line[], frame: PageFrame, page: number): TablePiece | null {
  const counts = block.map((l) => l.chunks.length).sort((a, b) => a - b);
  const p75 = counts[Math.floor(counts.length * 0.75)] ?? 2;
  // Column extents from the fullest rows; header chunks that straddle columns would merge them otherwise.
  const intervals: Array<[number, number]> = [];
  for (const l of block) if (l.chunks.length >= p75) for (const c of l.chunks) intervals.push([c.box[0], c.box[2]]);
  intervals.sort((a, b) => a[0] - b[0]);
  const cols: Array<[number, number]> = [];
  for (const iv of intervals) {
    const last = cols[cols.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else cols.push([iv[0], iv[1]]);
  }
  if (cols.length < 2) return null;
  const rows: GridCell[][] = [];
  const runs = new Set<Run>();
  let box: Box | null = null;
  const rowEdges: number[] = [];
  for (const l of block) {
    const texts: string[] = cols.map(() => '');
    const boxes: Array<Box | null> = cols.map(() => null);
    for (const chunk of l.chunks) {
      let best = -1;
      let bestOverlap = -1;
      cols.forEach(([a, b], k) => {
        const ov = Math.min(b, chunk.box[2]) - Math.max(a, chunk.box[0]);
        const dist = ov > 0 ? ov : -Math.min(Math.abs(chunk.box[0] - b), Math.abs(a - chunk.box[2]));
        if (best < 0 || dist > bestOverlap) {
          best = k;
          bestOverlap = dist;
        }
      });
      texts[best] = joinPieces(texts[best] ?? '', chunk.text);
      const prev = boxes[best] ?? null;
      boxes[best] = prev
        ? [
            Math.min(prev[0], chunk.box[0]),
            Math.min(prev[1], chunk.box[1]),
            Math.max(prev[2], chunk.box[2]),
            Math.max(prev[3], chunk.box[3]),
          ]
        : chunk.box;
    }
    rows.push(
      texts.map((text, k) => {
        const b = boxes[k];
        return text && b ? { text, anchor: { kind: 'pdf', page, bbox: frame.boxToUser(b) } } : { text };
      }),
    );
    for (const r of l.runs) runs.add(r);
    rowEdges.push(l.box[3]);
    box = box
      ? [Math.min(box[0], l.box[0]), Math.min(box[1], l.box[1]), Math.max(box[2], l.box[2]), Math.max(box[3], l.box[3])]
      : l.box;
  }
  const last = block[block.length - 1]!;
  rowEdges.push(last.box[1]);
  const b = box!;
  return {
    page,
    kind: 'stream',
    box: b,
    cols: [cols[0]![0], ...cols.map((c) => c[1])],
    rowEdges,
    rows,
    runs,
    openTop: false,
    openBottom: false,
    size: block[0]!.size,
  };
}
