/**
 * The page's analysis, as both content scripts start it: the page is read here (the DOM is only here), and the
 * background runs the one pipeline on what was read, off the page's main thread (lib/messages/analysis-service).
 * The page is read in slices of about SLICE_MS, handing the page its thread back between them, so that a long table
 * never blocks the page for a long task. Marks its steps for the benchmark and the e2e tests (`budget-lens:extract`,
 * whose detail gives the slices and the longest, `analyze`, `pipeline`).
 */
import { extractHtmlSteps, runSliced } from '../../lib/extract/html';
import { type AnalysisReply, askAnalysis, failedReply } from '../../lib/messages/analysis-client';
import type { Send } from '../../lib/messages/history-client';

/** Under the 50 ms at which a task counts as long, with room for the step that overshoots and the pause. */
const SLICE_MS = 40;

/**
 * Resolves in a task of its own, after whatever the page has queued. A posted message rather than setTimeout, which
 * browsers clamp to 4 ms when nested and throttle to a second in background tabs.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function analysePage(send: Send): Promise<AnalysisReply> {
  performance.mark('budget-lens:pipeline-start');
  let reply: AnalysisReply;
  try {
    const read = await runSliced(extractHtmlSteps(document, location.href), {
      now: () => performance.now(),
      pause: nextTask,
      sliceMs: SLICE_MS,
    });
    const extracted = read.value;
    performance.measure('budget-lens:extract', {
      start: 'budget-lens:pipeline-start',
      end: performance.now(),
      detail: { slices: read.slices, longestMs: read.longestMs },
    });
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
