/**
 * History client: what the content script, the viewer and the extension's pages call to reach the reader's history,
 * which lives in the background (a content script's IndexedDB would belong to the host site). Builds the snapshot
 * from a finished Report here, so only the compact form crosses the message channel. The send function is passed in
 * (`browser.runtime.sendMessage`), keeping lib/ free of browser globals.
 */
import type { ExecutionComparison } from '../history/execution';
import { perCapitaOf, reportSnapshot } from '../pipeline/history';
import type { Report } from '../report/report-schema';
import type { HistoryReply } from './history-service';
import type { MessageInput } from './messages';

export type Send = (msg: MessageInput) => Promise<unknown>;

/** Stores an analysed document in the reader's history. Resolves with the stored key, or why it was not stored. */
export async function saveToHistory(
  send: Send,
  report: Report,
  opts: { source?: string | null; savedAt?: string } = {},
): Promise<{ ok: true; key: string } | { ok: false; error: string }> {
  const snap = reportSnapshot(report, {
    ...(opts.source !== undefined ? { source: opts.source } : {}),
    savedAt: opts.savedAt ?? new Date().toISOString(),
  });
  if (!snap.ok) return { ok: false, error: snap.reason };
  try {
    const reply = (await send({
      type: 'history-save',
      snapshot: snap.snapshot,
      perCapita: perCapitaOf(report),
    })) as HistoryReply | undefined;
    if (reply?.ok && 'key' in reply) return { ok: true, key: reply.key };
    return { ok: false, error: reply && !reply.ok ? reply.error : 'no answer from the background' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Sends a history message and returns the background's reply (`{ ok: false }` when it did not answer). */
export async function askHistory(send: Send, msg: MessageInput): Promise<HistoryReply> {
  try {
    const reply = (await send(msg)) as HistoryReply | undefined;
    return reply ?? { ok: false, error: 'no answer from the background' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The budget against outturn of a 决算 report, when its year's 预算 is in the history; null otherwise (or on failure). */
export async function executionOf(send: Send, report: Report): Promise<ExecutionComparison | null> {
  if (report.document.kind !== 'final') return null;
  const snap = reportSnapshot(report);
  if (!snap.ok) return null;
  const reply = await askHistory(send, { type: 'history-execution', snapshot: snap.snapshot });
  return reply.ok && 'execution' in reply ? reply.execution : null;
}
