/**
 * Locate (report cells): from a report cell reference (table index in `report.tables`, grid row, grid column) to the
 * serialisable anchor the extractor recorded for it. Positions covered by a merged cell carry no anchor of their own,
 * so they resolve to the merge's top-left cell. Pure: reads the report only, touches no DOM and no pdf.js.
 */
import type { Anchor } from '../extract/types';

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
