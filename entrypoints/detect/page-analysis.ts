/**
 * The page's analysis, as both content scripts start it: the page is read here (the DOM is only here), and the
 * background runs the one pipeline on what was read, off the page's main thread (lib/messages/analysis-service).
 * The page is read in slices of about SLICE_MS, handing the page its thread back between them, so that a long table
 * never blocks the page for a long task. Marks its steps for the benchmark and the e2e tests (`budget-lens:extract`,
 * whose detail gives the slices and the longest, `analyze`, `pipeline`).
 */
import { extractHtmlSteps, runSliced } from '../../lib/extract/html';
import { withinBudget } from '../../lib/messages/analysis-budget';
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
    // The first slice in a task of its own, not at the end of the page's (often long) DOMContentLoaded task.
    await nextTask();
    const read = await runSliced(extractHtmlSteps(document, location.href), {
      now: () => performance.now(),
      pause: nextTask,
      sliceMs: SLICE_MS,
      // Each slice, so that a long task can be told to be the reading or the page's own (layout of a long table).
      onSlice: (start, ms, steps) =>
        performance.measure('budget-lens:extract-slice', { start, duration: ms, detail: { steps } }),
    });
    // Cut here to what the background would analyse: sending all of a 50,000-row table costs the page's thread the
    // message's serialisation; the reply says what was cut.
    const cut = withinBudget(read.value);
    performance.measure('budget-lens:extract', {
      start: 'budget-lens:pipeline-start',
      end: performance.now(),
      detail: { slices: read.slices, longestMs: read.longestMs },
    });
    const sent = performance.now();
    // As JSON text in Firefox, which carries a string far faster than the objects; Chromium is the other way round.
    reply = await askAnalysis(send, cut.doc, import.meta.env.FIREFOX);
    if (cut.tooLarge) reply = { ...reply, tooLarge: cut.tooLarge };
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
