/**
 * Stage 1 (extract): glyph runs → lines. Runs whose baselines agree are one line; a line splits into chunks where the
 * horizontal gap is wide (a column gap). Also the CJK-aware joining of text pieces. Pure geometry on Run objects;
 * it must not decide what is a table.
 */
import { normalizeText } from '../normalize';
import { type Box, unionBox } from './geometry';
import type { Run } from './page-content';

export interface Line {
  runs: Run[];
  text: string;
  box: Box;
  /** Baseline (display y). */
  y: number;
  size: number;
  /** Pieces of the line separated by wide gaps, left to right. */
  chunks: Chunk[];
}

export interface Chunk {
  text: string;
  box: Box;
  runs: Run[];
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/u;

/** Joins two text pieces: nothing between CJK characters, a space between latin words. */
export function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1] ?? '';
  const first = b[0] ?? '';
  if (CJK.test(last) || CJK.test(first) || /\s$/.test(a) || /^\s/.test(b)) return a + b;
  return `${a} ${b}`;
}

/** Runs on one line, left to right, joined: pieces that touch are glued, a visible gap becomes a space (or nothing for CJK). */
function joinRuns(runs: Run[]): string {
  let text = '';
  let prev: Run | null = null;
  for (const r of runs) {
    if (prev && r.x0 - prev.x1 > 0.25 * Math.min(r.size, prev.size)) text = joinPieces(text, r.text);
    else text += r.text;
    prev = r;
  }
  return text;
}

/**
 * Between an amount and CJK text (or CJK text and an amount) a gap this wide (em) already separates columns: prose
 * sets a number against its unit or noun with no more than a quarter em, while an unruled table whose right-aligned
 * amount column meets a left-aligned text column leaves only the cell padding between them.
 */
const MIXED_GAP = 0.6;

function digitMeetsCjk(a: Run, b: Run): boolean {
  const last = a.text.trimEnd().slice(-1);
  const first = b.text.trimStart().slice(0, 1);
  return (/\d/u.test(last) && CJK.test(first)) || (CJK.test(last) && /\d/u.test(first));
}

/** Groups runs into lines, top to bottom; each line's runs left to right. Vertical runs become one-run lines. */
export function groupLines(runs: Run[], chunkGap = 1.2): Line[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const lines: Run[][] = [];
  let cur: Run[] = [];
  let curY = 0;
  let curSize = 0;
  for (const r of sorted) {
    if (r.vertical) {
      lines.push([r]);
      continue;
    }
    if (cur.length && Math.abs(curY - r.y) <= 0.35 * Math.min(curSize, r.size)) {
      cur.push(r);
      continue;
    }
    if (cur.length) lines.push(cur);
    cur = [r];
    curY = r.y;
    curSize = r.size;
  }
  if (cur.length) lines.push(cur);
  return lines.map((l) => makeLine(l, chunkGap));
}

export function makeLine(runs: Run[], chunkGap = 1.2): Line {
  const sorted = [...runs].sort((p, q) => p.x0 - q.x0);
  const chunks: Chunk[] = [];
  let cur: Run[] = [];
  for (const r of sorted) {
    const prev = cur[cur.length - 1];
    const gap = prev ? r.x0 - prev.x1 : 0;
    const em = prev ? Math.max(r.size, prev.size) : 0;
    if (prev && (gap > chunkGap * em || (gap > Math.min(chunkGap, MIXED_GAP) * em && digitMeetsCjk(prev, r)))) {
      chunks.push(makeChunk(cur));
      cur = [];
    }
    cur.push(r);
  }
  if (cur.length) chunks.push(makeChunk(cur));
  let box: Box | null = null;
  let size = 0;
  for (const r of sorted) {
    box = unionBox(box, r.box);
    size = Math.max(size, r.size);
  }
  const first = sorted[0]!;
  return {
    runs: sorted,
    text: normalizeText(chunks.map((c) => c.text).join(' ')),
    box: box ?? first.box,
    y: first.y,
    size,
    chunks,
  };
}

function makeChunk(runs: Run[]): Chunk {
  let box: Box | null = null;
  for (const r of runs) box = unionBox(box, r.box);
  return { text: normalizeText(joinRuns(runs)), box: box ?? runs[0]!.box, runs };
}

/** Text of a cell from its runs: lines top to bottom, joined CJK-aware. */
export function cellText(runs: Run[]): string {
  if (runs.length === 0) return '';
  const lines = groupLines(runs, 1e9);
  let text = '';
  for (const l of lines) {
    const piece = normalizeText(joinRuns(l.runs));
    // An amount wrapped in a narrow cell ('143,999.0' over '0', '174,900' over '.64') is one number again.
    text =
      WRAPPED_HEAD.test(text) && WRAPPED_TAIL.test(piece) && !/\s/u.test(text) ? text + piece : joinPieces(text, piece);
  }
  return normalizeText(text);
}

const WRAPPED_HEAD = /^-?[\d,]+\.?\d*$/u;
const WRAPPED_TAIL = /^[\d.]\d*$/u;
