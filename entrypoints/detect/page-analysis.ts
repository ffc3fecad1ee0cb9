/**
 * The page's analysis, as both content scripts start it: the page is read here (the DOM is only here), and the
 * background runs the one pipeline on what was read, off the page's main thread (lib/messages/analysis-service).
 * Marks its steps for the benchmark and the e2e tests (`budget-lens:extract`, `analyze`, `pipeline`).
 */
import { extractHtml } from '../../lib/extract/html';
import { type AnalysisReply, askAnalysis, failedReply } from '../../lib/messages/analysis-client';
import type { Send } from '../../lib/messages/history-client';

export async function analysePage(send: Send): Promise<AnalysisReply> {
  performance.mark('budget-lens:pipeline-start');
  let reply: AnalysisReply;
  try {
    const extracted = extractHtml(document, location.href);
    performance.measure('budget-lens:extract', 'budget-lens:pipeline-start');
    const sent = performance.now();
    // As JSON text in Firefox, which carries a string far faster than the objects; Chromium is the other way round.
    reply = await askAnalysis(send, extracted, import.meta.env.FIREFOX);
    performance.measure('budget-lens:analyze', { start: sent, end: performance.now() });
    // The pipeline's own time in the background, within the round trip.
    if (Number.isFinite(reply.ms))
      performance.measure('budget-lens:analyze-background', { start: sent, duration: reply.ms });
  } catch (e) {
    reply = failedReply(e);
  }
  performance.measure('budget-lens:pipeline', 'budget-lens:pipeline-start');
  return reply;
}
