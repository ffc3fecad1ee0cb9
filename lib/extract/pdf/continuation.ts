/**
 * Stage 1 (extract): joins table pieces that continue across pages into one table and drops a header repeated at the
 * top of a continuation page. Decides from layout (the piece fills its page to the bottom, the next starts the next
 * page with no title, the columns line up), never from a document's wording. It must not re-read the page.
 */
import { squash } from '../normalize';
import type { GridCell } from '../types';
import type { TablePiece } from './table-piece';
import { joinPieces } from './text-lines';

export interface PlacedPiece {
  piece: TablePiece;
  title: string | null;
  meta: string[];
  notes: string[];
  /** No narrative line above it on its page. */
  firstOnPage: boolean;
  /** No narrative line below it on its page. */
  lastOnPage: boolean;
  /** Directly below the previous piece on the same page, nothing but page furniture between them. */
  follows: boolean;
  /** Reaches the lowest content position seen on the document's pages (the bottom margin). */
  fillsPage: boolean;
}

export interface JoinedTable {
  pieces: PlacedPiece[];
  rows: GridCell[][];
  /** Column edges the joined rows are laid on (the finest grid of its pieces). */
  cols: number[];
}

function rowKey(row: GridCell[]): string {
  return row.map((c) => squash(c.text)).join('\u0001');
}

function columnsMatch(a: TablePiece, b: TablePiece): boolean {
  const tol = Math.max(4, 0.02 * (a.box[2] - a.box[0]));
  if (Math.abs(a.box[0] - b.box[0]) > tol || Math.abs(a.box[2] - b.box[2]) > tol) return false;
  if (a.cols.length !== b.cols.length) return false;
  return a.cols.every((x, i) => Math.abs(x - (b.cols[i] ?? Number.NaN)) <= tol);
}

/** Same outer edges but different column structure: the continuation is re-cut onto the first piece's columns. */
function edgesMatch(a: TablePiece, b: TablePiece): boolean {
  const tol = Math.max(4, 0.02 * (a.box[2] - a.box[0]));
  return Math.abs(a.box[0] - b.box[0]) <= tol && Math.abs(a.box[2] - b.box[2]) <= tol;
}

/**
 * An unruled piece's box is only as wide as its text: a continuation whose first columns happen to be empty starts
 * further right. It continues the table when it lies within the table's span and has no more columns.
 */
function streamFits(a: TablePiece, b: TablePiece): boolean {
  if (a.kind !== 'stream' || b.kind !== 'stream') return false;
  const tol = Math.max(4, 0.02 * (a.box[2] - a.box[0]));
  return b.box[0] >= a.box[0] - tol && b.box[2] <= a.box[2] + tol && b.cols.length <= a.cols.length;
}

function remapColumns(rows: GridCell[][], from: number[], to: number[]): GridCell[][] {
  const n = to.length - 1;
  return rows.map((row) => {
    const out: GridCell[] = Array.from({ length: n }, () => ({ text: '' }));
    row.forEach((cell, c) => {
      if (!cell.text) return;
      const centre = ((from[c] ?? 0) + (from[c + (cell.colSpan ?? 1)] ?? from[c] ?? 0)) / 2;
      let k = to.findIndex((x, i) => i < n && centre >= x && centre <= (to[i + 1] ?? x));
      if (k < 0) k = centre < (to[0] ?? 0) ? 0 : n - 1;
      const target = out[k]!;
      out[k] = target.text
        ? { ...target, text: `${target.text} ${cell.text}` }
        : { text: cell.text, anchor: cell.anchor };
    });
    return out;
  });
}

/** Whether every edge of `coarse` is (within tol) an edge of `fine`. */
function refines(fine: number[], coarse: number[], tol: number): boolean {
  return coarse.every((x) => fine.some((y) => Math.abs(x - y) <= tol));
}

/** Column edges of both pieces, positions within `tol` taken as one edge (the first piece's position kept). */
function unionColumns(a: number[], b: number[], tol: number): number[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => Math.abs(x - y) <= tol)) out.push(x);
  return out.sort((p, q) => p - q);
}

function nearestEdge(edges: number[], x: number): number {
  let best = 0;
  edges.forEach((e, i) => {
    if (Math.abs(e - x) < Math.abs((edges[best] ?? 0) - x)) best = i;
  });
  return best;
}

/**
 * Re-cuts rows laid on column edges `from` onto the finer edges `to` (which include `from`'s positions): a cell
 * keeps its left edge and spans every finer column up to its right edge, as a merged cell would in a lattice.
 */
function recutColumns(rows: GridCell[][], from: number[], to: number[]): GridCell[][] {
  const n = to.length - 1;
  return rows.map((row) => {
    const out: GridCell[] = Array.from({ length: n }, () => ({ text: '' }));
    row.forEach((cell, c) => {
      const span = cell.colSpan ?? 1;
      if (!cell.text && span === 1 && !cell.rowSpan) return;
      const k0 = Math.min(n - 1, nearestEdge(to, from[c] ?? 0));
      const k1 = Math.max(k0 + 1, Math.min(n, nearestEdge(to, from[c + span] ?? from[c] ?? 0)));
      const target = out[k0]!;
      if (target.text) {
        out[k0] = { ...target, text: joinPieces(target.text, cell.text) };
        return;
      }
      const { colSpan: _drop, ...rest } = cell;
      out[k0] = k1 - k0 > 1 ? { ...rest, colSpan: k1 - k0 } : rest;
    });
    return out;
  });
}

/** Where merged cells start and how wide they are: two halves of one row cut by a page break share it. */
function spanShape(row: GridCell[]): string {
  return row.map((c) => c.colSpan ?? 1).join(',');
}

export function joinContinuations(placed: PlacedPiece[]): JoinedTable[] {
  const out: JoinedTable[] = [];
  for (const p of placed) {
    const cur = out[out.length - 1];
    const last = cur?.pieces[cur.pieces.length - 1];
    // Across a page break, or on one page where a word processor's page break left only a page number between.
    const nextPage = !!last && p.piece.page === last.piece.page + 1 && last.lastOnPage && p.firstOnPage;
    const samePage = !!last && p.piece.page === last.piece.page && p.follows;
    // A template that repeats the title (and its meta lines) on every page of a table says so itself: the same title
    // on the next page continues the table, as an untitled piece does.
    const repeated = !!cur && nextPage && isRepeatOf(p, cur.pieces[0]!) && repeatsHeader(cur.rows, p.piece.rows);
    if (
      cur &&
      last &&
      (nextPage || samePage) &&
      (last.notes.length === 0 || (repeated && sameNotes(last.notes, p.notes))) &&
      ((!p.title && p.meta.length === 0) || repeated) &&
      p.piece.kind === last.piece.kind &&
      (columnsMatch(last.piece, p.piece) || edgesMatch(last.piece, p.piece) || streamFits(last.piece, p.piece))
    ) {
      let rows = p.piece.rows;
      const tol = Math.max(4, 0.02 * (last.piece.box[2] - last.piece.box[0]));
      const sameGrid =
        cur.cols.length === p.piece.cols.length && cur.cols.every((x, i) => Math.abs(x - p.piece.cols[i]!) <= tol);
      if (!sameGrid && (refines(p.piece.cols, cur.cols, tol) || refines(cur.cols, p.piece.cols, tol))) {
        // A piece holding only a header row with merged cells has fewer columns than the body that follows: both are
        // re-cut onto the union of their edges, so no column of either is lost.
        const union = unionColumns(cur.cols, p.piece.cols, tol);
        if (union.length !== cur.cols.length) {
          cur.rows = recutColumns(cur.rows, cur.cols, union);
          cur.cols = union;
        }
        rows = recutColumns(rows, p.piece.cols, union);
      } else if (!sameGrid && p.piece.cols.length !== cur.cols.length) {
        // Same outer edges, other columns: cells go by their centre. (With as many columns as the table, the
        // continuation was laid out on its own and column k is column k, however its widths came out.)
        rows = remapColumns(rows, p.piece.cols, cur.cols);
      }
      const split = last.piece.openBottom || p.piece.openTop;
      const tailRow = cur.rows[cur.rows.length - 1];
      // A row cut by the page break has the same merged cells on both sides; a different shape is a new row whose
      // upper ruling merely fell off the page.
      if (split && rows.length > 0 && tailRow && spanShape(tailRow) === spanShape(rows[0]!)) {
        // The page break cut through a row: its two halves are one row.
        const tail = cur.rows[cur.rows.length - 1]!;
        rows[0]!.forEach((cell, c) => {
          const into = tail[c];
          if (!cell.text || !into) return;
          tail[c] = into.text
            ? { ...into, text: joinPieces(into.text, cell.text) }
            : { ...cell, rowSpan: into.rowSpan, colSpan: into.colSpan };
        });
        rows = rows.slice(1);
      } else {
        rows = dropRepeatedHeader(cur.rows, rows);
      }
      cur.rows.push(...rows);
      cur.pieces.push(p);
      continue;
    }
    out.push({ pieces: [p], rows: [...p.piece.rows], cols: [...p.piece.cols] });
  }
  return out;
}

/** A title as compared across pages: whitespace and a continuation mark ('（续）', '续表') left out. */
function titleKey(title: string): string {
  return squash(title)
    .replace(/[（(]续(表)?[）)]$|续表$|^续表/u, '')
    .replace(/^续/u, '');
}

/** The piece repeats the first piece's title (or carries a 续表 title) and no other meta than the first piece's. */
function isRepeatOf(p: PlacedPiece, first: PlacedPiece): boolean {
  if (!p.title || !first.title) return false;
  const marked = /续表|[（(]续[）)]/u.test(p.title);
  if (!marked && titleKey(p.title) !== titleKey(first.title)) return false;
  const metaOf = new Set(first.meta.map(squash));
  return p.meta.every((m) => metaOf.has(squash(m)));
}

/**
 * The piece opens with the table's first row (its header, printed again): a repeated title alone does not make a
 * continuation, as consecutive forms of one kind (a 绩效目标表 per project) share their title.
 */
function repeatsHeader(head: GridCell[][], rows: GridCell[][]): boolean {
  const a = rows[0];
  const b = head[0];
  return !!a && !!b && a.some((c) => c.text) && rowKey(a) === rowKey(b);
}

/** A footnote printed under every page of a table is the same note each time. */
function sameNotes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => squash(n) === squash(b[i] ?? ''));
}

/** Leading rows of the continuation equal to the table's first rows are a repeated header. */
function dropRepeatedHeader(head: GridCell[][], rows: GridCell[][]): GridCell[][] {
  let k = 0;
  while (k < rows.length - 1 && k < head.length && k < 6) {
    const a = rows[k]!;
    const b = head[k]!;
    if (a.length !== b.length || !a.some((c) => c.text) || rowKey(a) !== rowKey(b)) break;
    k++;
  }
  return k > 0 ? rows.slice(k) : rows;
}
