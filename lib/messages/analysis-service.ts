/**
 * Analysis service (background side): runs the one pipeline on a page's extraction, which a content script sends.
 * The page's main thread then only reads the page and draws; recognition, checks and metrics run in the extension's
 * own process, where the compiled pipeline stays warm from one page to the next. Touches no browser API; the reader's
 * overrides and the clock are passed in.
 */
import type { ExtractedDocument } from '../extract/types';
import { analyseSafely } from '../overlay/analyse';
import { type AnalyzeOptions, analyzeExtracted } from '../pipeline/analyze';
import type { AnalysisReply } from './analysis-client';

export function analysePage(
  doc: ExtractedDocument,
  overrides: Pick<AnalyzeOptions, 'region' | 'staff'>,
  now: () => number,
): AnalysisReply {
  const start = now();
  const analysis = analyseSafely(doc, { analyze: (d) => analyzeExtracted(d, overrides) });
  return { ...analysis, ms: now() - start };
}
