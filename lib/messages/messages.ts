/**
 * Messages between the extension's contexts (content script, popup, viewer → background). zod schemas at the boundary;
 * payloads are plain JSON (Decimals travel as strings).
 */
import { z } from 'zod';

export const Ping = z.object({ type: z.literal('ping') });
export const OpenViewer = z.object({ type: z.literal('open-viewer'), url: z.string().url() });
export const Message = z.discriminatedUnion('type', [Ping, OpenViewer]);
export type Message = z.infer<typeof Message>;

export const PingReply = z.object({ ok: z.literal(true), version: z.string() });
export type PingReply = z.infer<typeof PingReply>;

/** The viewer page's address for a PDF URL (relative to the extension root). */
export function viewerPath(pdfUrl?: string): string {
  return pdfUrl ? `/viewer.html?file=${encodeURIComponent(pdfUrl)}` : '/viewer.html';
}
