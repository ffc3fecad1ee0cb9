/**
 * Messages between the extension's contexts (content script, popup, viewer, history and options pages → background).
 * zod schemas at the boundary; payloads are plain JSON (Decimals travel as strings). Shapes only, plus the address of
 * the extension's pages: the history handlers are history-service.ts, the senders history-client.ts.
 */
import { z } from 'zod';
import { type ExtractedDocument, isExtraction } from '../extract/types';
import { LinkSchema } from '../follow/job';
import { SnapshotSchema } from '../history/snapshot';
import { PerCapitaSchema } from '../pipeline/history';

export const Ping = z.object({ type: z.literal('ping') });
export const OpenViewer = z.object({ type: z.literal('open-viewer'), url: z.string().url() });
/** From the declared content script on a disclosure: inject the overlay script (badges, cards, panel) into this tab. */
export const InjectOverlay = z.object({ type: z.literal('inject-overlay') });
/**
 * From a content script: run the one pipeline on the page's extraction in the background, off the page's main thread,
 * with the reader's overrides, and keep the result in the reader's history. Answered with an `AnalysisReply`
 * (lib/messages/analysis-client), in the form the request came in (`text`). Firefox carries one long string far faster
 * than a tree of some hundred thousand objects (140–220 ms less for the two ways on a large disclosure); Chromium is
 * quicker with the objects (text costs it 15–25 ms more: it escapes the JSON inside its own). The extraction's shape is
 * checked here; its tables are the pipeline's to judge.
 */
export const AnalysePage = z.object({
  type: z.literal('analyse-page'),
  doc: z.union([
    z.string().transform((text, ctx): ExtractedDocument => {
      let doc: unknown = null;
      try {
        doc = JSON.parse(text);
      } catch {}
      if (isExtraction(doc)) return doc;
      ctx.addIssue({ code: 'custom', message: 'not an extracted document' });
      return z.NEVER;
    }),
    z.custom<ExtractedDocument>(isExtraction, 'not an extracted document'),
  ]),
  /** The extraction came as JSON text, and the answer goes back as text. */
  text: z.boolean().default(false),
});
/**
 * From the declared content script on a listing page, after the reader's click: keep the listing's disclosure links
 * and open the results page, which reads them (lib/follow).
 */
export const OpenFollow = z.object({
  type: z.literal('open-follow'),
  listing: z.string().url(),
  title: z.string().max(500),
  links: z.array(LinkSchema).min(1).max(2000),
});
/**
 * From a content script: open one of the extension's pages in a new tab (a web page may not navigate to them itself).
 * `organisation` focuses the history page.
 */
export const OpenPage = z.object({
  type: z.literal('open-page'),
  page: z.enum(['history', 'options']),
  organisation: z.string().optional(),
});

/** Keep one analysed document (its snapshot and per-capita figures) in the reader's history. */
export const HistorySave = z.object({
  type: z.literal('history-save'),
  snapshot: SnapshotSchema,
  perCapita: z.array(PerCapitaSchema).default([]),
});
/** Stored documents (without tables), oldest year first; one organisation's when given. */
export const HistoryList = z.object({ type: z.literal('history-list'), organisation: z.string().optional() });
/**
 * One organisation's comparison: `year` (default: the latest stored) against the nearest earlier stored year of the
 * same kind, plus the function-class series over every year and each year's per-capita figures.
 */
export const HistoryCompare = z.object({
  type: z.literal('history-compare'),
  organisation: z.string().min(1),
  year: z.number().int().optional(),
  kind: z.enum(['budget', 'final']).optional(),
});
/**
 * A 决算 being read (its snapshot) against the 预算 of the same organisation and year in the reader's history;
 * null when that budget was never opened.
 */
export const HistoryExecution = z.object({ type: z.literal('history-execution'), snapshot: SnapshotSchema });
export const HistoryExportMsg = z.object({ type: z.literal('history-export') });
export const HistoryImportMsg = z.object({
  type: z.literal('history-import'),
  json: z.string(),
  replace: z.boolean().optional(),
});
export const HistoryClear = z.object({ type: z.literal('history-clear') });
export const HistoryDelete = z.object({ type: z.literal('history-delete'), key: z.string() });

export const HistoryMessage = z.discriminatedUnion('type', [
  HistorySave,
  HistoryList,
  HistoryCompare,
  HistoryExecution,
  HistoryExportMsg,
  HistoryImportMsg,
  HistoryClear,
  HistoryDelete,
]);
export type HistoryMessage = z.infer<typeof HistoryMessage>;

export const Message = z.discriminatedUnion('type', [
  Ping,
  OpenViewer,
  InjectOverlay,
  AnalysePage,
  OpenPage,
  OpenFollow,
  HistorySave,
  HistoryList,
  HistoryCompare,
  HistoryExecution,
  HistoryExportMsg,
  HistoryImportMsg,
  HistoryClear,
  HistoryDelete,
]);
export type Message = z.infer<typeof Message>;
/** What a sender builds (defaults such as `perCapita` may be left out). */
export type MessageInput = z.input<typeof Message>;

export const PingReply = z.object({ ok: z.literal(true), version: z.string() });
export type PingReply = z.infer<typeof PingReply>;
