/**
 * Analysis client: what the content scripts call to have the background run the pipeline on the page's extraction
 * (lib/messages/analysis-service). The answer is checked on arrival, and a failure never throws: no answer, or one of
 * the wrong shape, is an analysis that failed with the reason, which the panel shows. The send function is passed in,
 * keeping lib/ free of browser globals; nothing here builds a schema (the declared content script imports it).
 */
import type { ExtractedDocument } from '../extract/types';
import { type Analysis, failedAnalysis } from '../overlay/analyse';
import type { Send } from './history-client';

/** What the background answers: the analysis, and how long the pipeline took there (ms; NaN when unknown). */
export type AnalysisReply = Analysis & { ms: number };

/** An analysis that failed, with the reason. */
export const failedReply = (reason: unknown): AnalysisReply => ({ ...failedAnalysis(reason), ms: Number.NaN });

/** The background's answer (as JSON text or as it is), checked. */
export function analysisFrom(answer: unknown): AnalysisReply {
  let reply = answer as Partial<AnalysisReply> | null | undefined;
  try {
    if (typeof answer === 'string') reply = JSON.parse(answer) as Partial<AnalysisReply> | null;
  } catch {
    reply = null;
  }
  if (!reply || !Array.isArray(reply.failedTables) || !('report' in reply) || !('error' in reply))
    return failedReply('no answer from the background');
  const big = reply.tooLarge;
  return {
    report: reply.report ?? null,
    failedTables: reply.failedTables,
    error: reply.error ?? null,
    ...(big && [big.tables, big.cells, big.analysed].every(Number.isInteger)
      ? { tooLarge: { tables: big.tables, cells: big.cells, analysed: big.analysed } }
      : {}),
    ms: typeof reply.ms === 'number' ? reply.ms : Number.NaN,
  };
}

/** `text`: send the extraction as JSON text, and have the answer come back so (Firefox; see `AnalysePage`). */
export async function askAnalysis(send: Send, doc: ExtractedDocument, text = false): Promise<AnalysisReply> {
  try {
    return analysisFrom(await send({ type: 'analyse-page', doc: text ? JSON.stringify(doc) : doc, text }));
  } catch (err) {
    return failedReply(err);
  }
}
