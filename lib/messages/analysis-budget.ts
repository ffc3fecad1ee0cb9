/**
 * The budget of one analysis: the pipeline's cost grows faster than the rows of a table (measured in Node: 1,000 rows
 * 0.3 s, 2,000 rows 1 s, 3,000 rows 3.2 s, 5,000 rows 9 s, 20,000 rows 5 minutes), and it cannot be stopped once
 * started, so the budget is checked before: a document past it is cut before its first table past it. The content
 * script cuts what it sends (sending 50,000 rows the background would drop costs the page's thread the message's
 * serialisation), and the background cuts what it receives. Imports no pipeline (the declared content script uses it).
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
 * A few seconds of analysis at the most on a slow, shared machine: the worst document within it (four tables of
 * 1,500 rows) took 2.9 s in Node; six tables of 2,000 rows took 13 s. The sample disclosure has 1,543 cells.
 */
export const ANALYSIS_BUDGET: AnalysisBudget = { tables: 300, cells: 30_000, tableRows: 1_500 };

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
