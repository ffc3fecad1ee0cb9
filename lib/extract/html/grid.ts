/**
 * Stage 1 (extract, HTML): one `<table>` element → a rectangular grid of GridCell with rowspan/colspan expanded.
 * A merged cell's text sits at its top-left position (with rowSpan/colSpan), covered positions are '' without an
 * anchor. It reads cell text only; it does not decide what rows mean (header, title, total) — that is later.
 */
import { normalizeText } from '../normalize';
import type { GridCell } from '../types';
import { readableText, rowCellElements, tableRowElements } from './dom';
import { type Steps, spend, type Work } from './steps';

// HTML caps spans at these values; beyond them browsers clamp, and so do we.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

function span(el: Element, name: string, max: number): number {
  const raw = el.getAttribute(name);
  if (raw === null) return 1;
  const n = Number.parseInt(raw.trim(), 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  // rowspan=0 means "to the end of the row group"; colspan=0 is invalid and means 1.
  if (n === 0) return name === 'rowspan' ? max : 1;
  return Math.min(n, max);
}

export interface TableGrid {
  rows: GridCell[][];
  width: number;
}

/**
 * Expands one table element (its own rows only, not nested tables) into a rectangular grid, pausing as `work` runs
 * out: each cell read (more for cells with markup inside), and each row of positions a span covers, is work, so neither a long table nor a span bomb
 * (rowspan=65534 colspan=1000) holds the thread for longer than one step.
 */
export function* tableGridSteps(table: Element, tableIndex: number, work: Work): Steps<TableGrid> {
  const trs = tableRowElements(table);
  if (spend(work, Math.ceil(trs.length / 64))) yield;
  const grid: (GridCell | undefined)[][] = trs.map(() => []);
  for (let r = 0; r < trs.length; r++) {
    const line = grid[r] as (GridCell | undefined)[];
    let c = 0;
    const tds = rowCellElements(trs[r] as Element);
    for (let ci = 0; ci < tds.length; ci++) {
      const td = tds[ci] as Element;
      while (line[c] !== undefined) c++;
      const rowSpan = Math.min(span(td, 'rowspan', MAX_ROWSPAN), trs.length - r);
      const colSpan = span(td, 'colspan', MAX_COLSPAN);
      const cell: GridCell = {
        text: normalizeText(readableText(td, false)),
        anchor: { kind: 'html', table: tableIndex, row: r, cell: ci },
      };
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      if (colSpan > 1) cell.colSpan = colSpan;
      line[c] = cell;
      // A cell of Word HTML (paragraphs and spans) costs more to read than a bare text cell.
      if (spend(work, 1 + td.childElementCount)) yield;
      if (rowSpan === 1 && colSpan === 1) {
        c++;
        continue;
      }
      for (let dr = 0; dr < rowSpan; dr++) {
        const covered = grid[r + dr] as (GridCell | undefined)[];
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr === 0 && dc === 0) continue;
          // An overlapping span (bad markup) keeps the first cell there, as browsers do.
          if (covered[c + dc] === undefined) covered[c + dc] = { text: '' };
        }
        if (spend(work, colSpan)) yield;
      }
      c += colSpan;
    }
  }
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);
  const rows: GridCell[][] = [];
  for (const line of grid) {
    rows.push(Array.from({ length: width }, (_, i) => line[i] ?? { text: '' }));
    if (spend(work, Math.ceil(width / 8))) yield;
  }
  return { rows, width };
}
