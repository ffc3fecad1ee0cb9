/**
 * Overlay view logic: runs the one pipeline for the overlay so that nothing it throws reaches the page. When the
 * whole document cannot be analysed, each table is tried on its own to name the ones that fail, and the rest are
 * still analysed and shown. The pipeline and the checks are passed in (the entrypoints wire them); this module adds
 * no interpretation of its own and never touches the DOM.
 */
import type { ExtractedDocument } from '../extract/types';
import { fillArgs, type Lang, translator } from '../i18n/strings';
import type { Report } from '../report/report-schema';

export interface AnalysisDeps {
  analyze: (doc: ExtractedDocument) => Report;
}

export interface Analysis {
  report: Report | null;
  /** Tables that could not be read, named by title (or their position) with the reason. */
  failedTables: { index: number; title: string; reason: string }[];
  /** Why nothing at all could be analysed, or why the checks failed; null when all went well. */
  error: string | null;
  /** The document was past the analysis budget: only its first `analysed` tables were analysed. */
  tooLarge?: TooLarge;
}

/** A document past the analysis budget: how large it was, and how many of its tables (the first) were analysed. */
export interface TooLarge {
  tables: number;
  cells: number;
  analysed: number;
}

/** The sentence the panel and the report say about a document past the budget. */
export function tooLargeText(t: TooLarge, lang: Lang): string {
  const key = t.analysed === 0 ? 'panelTooLargeNone' : 'panelTooLarge';
  return fillArgs(translator(lang)(key), t.tables, t.cells, t.analysed);
}

function reasonOf(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

/** An analysis that produced nothing (the page could not even be read), with the reason for the panel. */
export function failedAnalysis(reason: unknown): Analysis {
  return { report: null, failedTables: [], error: reasonOf(reason) };
}

export function analyseSafely(extracted: ExtractedDocument, deps: AnalysisDeps): Analysis {
  const failedTables: Analysis['failedTables'] = [];
  let report: Report;
  let analysed = extracted;
  try {
    report = deps.analyze(extracted);
  } catch (whole) {
    const good: ExtractedDocument['tables'] = [];
    extracted.tables.forEach((table, index) => {
      try {
        deps.analyze({ ...extracted, tables: [table], blocks: [] });
        good.push(table);
      } catch (e) {
        failedTables.push({ index, title: table.title ?? `#${index + 1}`, reason: reasonOf(e) });
      }
    });
    analysed = { ...extracted, tables: good };
    try {
      report = deps.analyze(analysed);
    } catch {
      return { report: null, failedTables, error: reasonOf(whole) };
    }
  }
  return { report, failedTables, error: null };
}
