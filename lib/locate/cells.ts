/**
 * Locate (report cells): from a report cell reference (table index in `report.tables`, grid row, grid column) to the
 * serialisable anchor the extractor recorded for it. Positions covered by a merged cell carry no anchor of their own,
 * so they resolve to the merge's top-left cell. In a PDF a blank cell has none either; it is placed where its row and
 * column cross (and so, there, is a covered position), else as a covered one. Pure: reads the report only, touches no
 * DOM and no pdf.js.
 */
import type { Anchor, PdfAnchor } from '../extract/types';

/** The part of a report table this module reads: anchors parallel to the grid. */
export interface AnchoredTable {
  anchors: (Anchor | { kind: 'html-block'; block: number } | null)[][];
}

export interface CellRefLike {
  table: number;
  row: number;
  col: number;
}

/**
 * The anchor of a grid cell; for a covered position, the nearest anchored cell to its left in the same row, else
 * the nearest one above in the same column (the origin of a colspan / rowspan). Null when nothing is anchored.
 */
export function anchorOfCell(tables: readonly AnchoredTable[], ref: CellRefLike): Anchor | null {
  const grid = tables[ref.table]?.anchors;
  const row = grid?.[ref.row];
  if (!grid || !row) return null;
  const own = asCellAnchor(row[ref.col]);
  if (own) return own;
  const empty = emptyPdfCell(grid, ref);
  if (empty) return empty;
  for (let c = ref.col - 1; c >= 0; c--) {
    const a = asCellAnchor(row[c]);
    if (a) return a;
  }
  for (let r = ref.row - 1; r >= 0; r--) {
    const a = asCellAnchor(grid[r]?.[ref.col]);
    if (a) return a;
  }
  return null;
}

/**
 * A PDF cell with nothing printed in it (an amount left blank) has no anchor of its own. Its box is where its column
 * crosses its row: the x-range of the narrowest anchored cell in its column (a cell spanning several columns is wider)
 * and the y-range of the shortest anchored cell in its row, on the same page. Without both, null (the caller's
 * fallbacks apply). HTML cells are all anchored.
 */
function emptyPdfCell(grid: AnchoredTable['anchors'], ref: CellRefLike): PdfAnchor | null {
  const inRow = (grid[ref.row] ?? []).map(asCellAnchor).filter((a): a is PdfAnchor => a?.kind === 'pdf');
  const row = smallest(inRow, (a) => a.bbox[3] - a.bbox[1]);
  if (!row) return null;
  const inColumn = grid
    .map((r) => asCellAnchor(r[ref.col]))
    .filter((a): a is PdfAnchor => a?.kind === 'pdf' && a.page === row.page);
  const column = smallest(inColumn, (a) => a.bbox[2] - a.bbox[0]);
  if (!column) return null;
  return { kind: 'pdf', page: row.page, bbox: [column.bbox[0], row.bbox[1], column.bbox[2], row.bbox[3]] };
}

function smallest<T>(xs: readonly T[], size: (x: T) => number): T | null {
  let best: T | null = null;
  for (const x of xs) if (best === null || size(x) < size(best)) best = x;
  return best;
}

function asCellAnchor(a: AnchoredTable['anchors'][number][number] | undefined): Anchor | null {
  return a && (a.kind === 'html' || a.kind === 'pdf') ? a : null;
}

/** The first anchored cell of a table (top-left-most), where its chip goes. */
export function firstAnchorOfTable(table: AnchoredTable): Anchor | null {
  for (const row of table.anchors)
    for (const a of row) {
      const cell = asCellAnchor(a);
      if (cell) return cell;
    }
  return null;
}
