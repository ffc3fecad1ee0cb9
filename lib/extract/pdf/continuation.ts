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
  /** Reaches the lowest content position seen on the document's pages (the bottom margin). */
  fillsPage: boolean;
}

export interface JoinedTable {
  pieces: PlacedPiece[];
  rows: GridCell[][];
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

export function joinContinuations(placed: PlacedPiece[]): JoinedTable[] {
  const out: JoinedTable[] = [];
  for (const p of placed) {
    const cur = out[out.length - 1];
    const last = cur?.pieces[cur.pieces.length - 1];
    if (
      cur &&
      last &&
      p.piece.page === last.piece.page + 1 &&
      last.lastOnPage &&
      last.notes.length === 0 &&
      p.firstOnPage &&
      !p.title &&
      p.meta.length === 0 &&
      p.piece.kind === last.piece.kind &&
      (columnsMatch(last.piece, p.piece) || edgesMatch(last.piece, p.piece))
    ) {
      let rows = p.piece.rows;
      if (!columnsMatch(last.piece, p.piece)) rows = remapColumns(rows, p.piece.cols, cur.pieces[0]!.piece.cols);
      const split = last.piece.openBottom || p.piece.openTop;
      if (split && rows.length > 0) {
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
    out.push({ pieces: [p], rows: [...p.piece.rows] });
  }
  return out;
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
