/**
 * Analysis service (background side): runs the one pipeline on a page's extraction, which a content script sends.
 * The page's main thread then only reads the page and draws; recognition, checks and metrics run in the extension's
 * own process, where the compiled pipeline stays warm from one page to the next. Touches no browser API; the reader's
 * overrides and the clock are passed in.
 *
 * One analysis has a budget (analysis-budget.ts), checked here before the pipeline starts: a document past it is cut
 * before its first table past it, and the reply says so (`tooLarge`) rather than have the service worker grind.
 */
import type { ExtractedDocument } from '../extract/types';
import { analyseSafely } from '../overlay/analyse';
import { type AnalyzeOptions, analyzeExtracted } from '../pipeline/analyze';
import { ANALYSIS_BUDGET, type AnalysisBudget, withinBudget } from './analysis-budget';
import type { AnalysisReply } from './analysis-client';

export function analysePage(
  doc: ExtractedDocument,
  overrides: Pick<AnalyzeOptions, 'region' | 'staff'>,
  now: () => number,
  budget: AnalysisBudget = ANALYSIS_BUDGET,
): AnalysisReply {
  const start = now();
  const cut = withinBudget(doc, budget);
  const analysis = analyseSafely(cut.doc, { analyze: (d) => analyzeExtracted(d, overrides) });
  return { ...analysis, ...(cut.tooLarge ? { tooLarge: cut.tooLarge } : {}), ms: now() - start };
}
