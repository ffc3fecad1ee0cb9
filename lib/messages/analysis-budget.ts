/**
 * The budget of one analysis: the pipeline cannot be stopped once started, so the budget is checked before, and a
 * document past it is cut before its first table past it. Its cost is now about linear in the rows (Node: a table of
 * 5,000 rows 0.5 s, 10,000 rows 0.6 s, 20,000 rows 1.1 s; 9 s and 5 minutes for the first two and the last before the
 * confirmation's hitting set stopped recounting every cell per round), so the limit that binds is the page's own
 * thread: the content script cuts what it sends, since serialising the message is one task on the page (about 190 ms
 * for 250,000 cells), and the background cuts what it receives. Imports no pipeline (the declared content script
 * uses it).
 */
import type { ExtractedDocument } from '../extract/types';
import { type TooLarge, tooLargeText } from '../overlay/analyse';

export interface AnalysisBudget {
  /** Tables analysed at most. A disclosure has 10–40; a page of several units' disclosures a few hundred. */
  tables: number;
  /** Cells of all analysed tables together. */
  cells: number;
  /** Rows of any one analysed table (the pipeline's cost grows fastest with these). */
  tableRows: number;
}

/**
 * About a second of analysis on a slow, shared machine, and a message the page serialises in about 50 ms. The sample
 * disclosure has 1,543 cells, the largest fixture page (zezhou-industry-2024) 6,761 in 35 tables.
 */
export const ANALYSIS_BUDGET: AnalysisBudget = { tables: 300, cells: 60_000, tableRows: 10_000 };

const cellsOf = (table: ExtractedDocument['tables'][number]) => table.rows.reduce((n, row) => n + row.length, 0);

/**
 * The document cut to its first tables that fit the budget (all of it when it fits), and what was cut. The cut
 * document carries the cut in its warnings, so the report (and its exports) say that it is partial.
 */
export function withinBudget(
  doc: ExtractedDocument,
  budget: AnalysisBudget = ANALYSIS_BUDGET,
): { doc: ExtractedDocument; tooLarge: TooLarge | null } {
  let cells = 0;
  let fit = 0;
  let fitting = true;
  for (const table of doc.tables) {
    const n = cellsOf(table);
    cells += n;
    fitting &&= fit < budget.tables && cells <= budget.cells && table.rows.length <= budget.tableRows;
    if (fitting) fit++;
  }
  if (fit === doc.tables.length) return { doc, tooLarge: null };
  const tooLarge = { tables: doc.tables.length, cells, analysed: fit };
  return {
    doc: { ...doc, tables: doc.tables.slice(0, fit), warnings: [...doc.warnings, tooLargeText(tooLarge, 'en')] },
    tooLarge,
  };
}
