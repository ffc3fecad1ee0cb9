/**
 * Reading one input, wherever the pipeline runs: what it is (HTML or PDF, from its content type, bytes and name), its
 * text decoded, and its extraction — an HTML page's tables and the PDF attachments it links, or a PDF's tables. The
 * environment supplies only what differs between Node and an extension page: how HTML text becomes a DOM (linkedom or
 * DOMParser) and how PDF bytes are opened (pdf.js' legacy build or the bundled worker). The CLI, `--follow` and the
 * extension's listing check all read through here, so a document reads the same in each.
 */
import { detectDisclosure } from '../detect/detect';
import { extractHtml } from '../extract/html';
import { extractPdf, PdfInputError } from '../extract/pdf';
import type { PDFDocumentProxy } from '../extract/pdf/pdfjs-types';
import type { ExtractedDocument } from '../extract/types';

/** Why an input could not be read at all (the CLI maps this to exit code 3). */
export class InputError extends Error {
  readonly code: 'missing' | 'fetch' | 'unsupported' | 'encrypted' | 'corrupt' | 'no-text' | 'empty';
  constructor(code: InputError['code'], message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

export type SourceKind = 'html' | 'pdf';

/** HTML or PDF from the content type, then the magic bytes, then the name. */
export function sniffKind(bytes: Uint8Array, contentType?: string | null, name?: string): SourceKind | null {
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('application/pdf')) return 'pdf';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (ct.includes('html') || /<(!doctype\s+html|html|head|body|table|meta)\b/i.test(head)) return 'html';
  if (name && /\.pdf$/i.test(name)) return 'pdf';
  if (name && /\.x?html?$/i.test(name)) return 'html';
  return null;
}

/** Charset from a content type or a `<meta charset>`; budget pages are mostly UTF-8, some GBK. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const fromHeader = /charset=([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  const charset = (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export interface LoadedSource {
  uri: string;
  kind: SourceKind;
  bytes: Uint8Array;
  contentType: string | null;
}

/** Fetches an http(s) URL and says what it holds. Throws InputError when it cannot. */
export async function fetchSource(url: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<LoadedSource> {
  let res: Response;
  try {
    res = await fetchImpl(url, { redirect: 'follow', signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new InputError('fetch', `cannot fetch ${url}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!res.ok) throw new InputError('fetch', `cannot fetch ${url}: HTTP ${res.status} ${res.statusText}`);
  const contentType = res.headers.get('content-type');
  const bytes = new Uint8Array(await res.arrayBuffer());
  return typed(url, bytes, contentType);
}

/** A loaded input with its kind; neither HTML nor PDF is an InputError. */
export function typed(uri: string, bytes: Uint8Array, contentType: string | null): LoadedSource {
  const kind = sniffKind(bytes, contentType, uri);
  if (!kind) throw new InputError('unsupported', `${uri} is neither HTML nor PDF`);
  return { uri, kind, bytes, contentType };
}

/** A read input: its extraction, and the options its analysis takes (an HTML page's PDF attachments). */
export interface ExtractedSource {
  input: string;
  extracted: ExtractedDocument;
  extras: { attachments?: { href: string; text: string }[] };
}

/** What differs between Node and the extension: a DOM for HTML text, and pdf.js for PDF bytes. */
export interface SourceEnv {
  /** The DOM of an HTML text read from `uri` (its links resolve against it); an empty text is InputError('empty'). */
  parseHtml(text: string, uri: string): Document;
  /** Opens PDF bytes; a file pdf.js cannot open is a PdfInputError. */
  openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy>;
}

function resolveHref(href: string, base: string): string {
  try {
    return /^https?:/i.test(base) ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/** An HTML document's extraction and the disclosure PDFs it links (addresses resolved against the page's). */
export function extractHtmlSource(input: string, document: Document, uri: string): ExtractedSource {
  const extracted = extractHtml(document, uri);
  const attachments = detectDisclosure(document).pdfLinks.map((l) => ({
    href: resolveHref(l.href, uri),
    text: l.text,
  }));
  return { input, extracted, extras: { attachments } };
}

/** Frees pdf.js resources. pdf.js 6 moved destroy() to the loading task, so look for it in both places. */
export async function releasePdf(pdf: unknown): Promise<void> {
  const p = pdf as { destroy?: () => Promise<void>; loadingTask?: { destroy?: () => Promise<void> } };
  try {
    if (typeof p.destroy === 'function') await p.destroy();
    else if (typeof p.loadingTask?.destroy === 'function') await p.loadingTask.destroy();
  } catch {
    // Releasing is best effort: the extraction is already made.
  }
}

/** Extracts a loaded input; a scanned PDF is unreadable (InputError 'no-text'), as is one pdf.js cannot open. */
export async function extractLoaded(input: string, src: LoadedSource, env: SourceEnv): Promise<ExtractedSource> {
  if (src.kind === 'html')
    return extractHtmlSource(input, env.parseHtml(decodeHtml(src.bytes, src.contentType), src.uri), src.uri);
  let pdf: PDFDocumentProxy;
  try {
    pdf = await env.openPdf(src.bytes);
  } catch (err) {
    if (err instanceof PdfInputError) throw new InputError(err.code, err.message);
    throw err;
  }
  try {
    return { input, extracted: await extractPdf(pdf, src.uri, { requireText: true }), extras: {} };
  } catch (err) {
    if (err instanceof PdfInputError) throw new InputError(err.code, err.message);
    throw err;
  } finally {
    await releasePdf(pdf);
  }
}
