/**
 * Stage 1 (extract): the per-page table fragment both table readers (lattice, stream) produce before pieces are
 * joined across pages. Data only; it must not read pdf.js.
 */
import type { GridCell } from '../types';
import type { Box } from './geometry';
import type { Run } from './page-content';

export interface TablePiece {
  page: number;
  kind: 'lattice' | 'stream';
  /** Display-frame box of the whole grid. */
  box: Box;
  /** Column boundaries left to right (display x), length = columns + 1. */
  cols: number[];
  /** Row boundaries top to bottom (display y, descending), length = rows + 1. */
  rowEdges: number[];
  rows: GridCell[][];
  /** Runs consumed by the grid (so they are not narrative). */
  runs: Set<Run>;
  /** The grid runs off the top / bottom of the page without a closing ruling: a row split across pages. */
  openTop: boolean;
  openBottom: boolean;
  /** Median font size of the grid's text, points. */
  size: number;
}
