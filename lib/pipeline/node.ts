/**
 * Pipeline source adapters for Node (CLI, tests): HTML text via linkedom, PDF bytes via pdf.js, files and http(s)
 * URLs. Node-only — the extension bundle never imports this file. Adapters only read and hand over to
 * analyzeExtracted; all interpretation stays in the pipeline stages.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { detectDisclosure } from '../detect/detect';
import { extractHtml } from '../extract/html';
import { type ExtractPdfOptions, extractPdf, PdfInputError } from '../extract/pdf';
import { openPdfNode } from '../extract/pdf/open-node';
import type { ExtractedDocument } from '../extract/types';
import type { Report } from '../report/report-schema';
import { analyzeExtracted } from './analyze';
import { mergeCompanions, pairCompanions, profileOf } from './companions';

/** Why an input could not be read at all (the CLI maps this to exit code 3). */
export class InputError extends Error {
  readonly code: 'missing' | 'fetch' | 'unsupported' | 'encrypted' | 'corrupt' | 'no-text' | 'empty';
  constructor(code: InputError['code'], message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

function resolveHref(href: string, base: string): string {
  try {
    return /^https?:/i.test(base) ? new URL(href, base).href : href;
  } catch {
    return href;
  }
}

/**
 * The DOM of an HTML text. An empty file is an InputError('empty'); text without an <html> element (a fragment, plain
 * text) is read as a body, since linkedom gives such a text no document element.
 */
export function parseHtmlText(html: string): Document {
  if (html.trim() === '') throw new InputError('empty', '文件是空的。 / The file is empty.');
  let { document } = parseHTML(html);
  if (!document.documentElement) ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  return document as unknown as Document;
}

export function analyzeHtmlString(html: string, uri: string): Report {
  const document = parseHtmlText(html);
  const extracted = extractHtml(document, uri);
  const detection = detectDisclosure(document);
  const attachments = detection.pdfLinks.map((l) => ({ href: resolveHref(l.href, uri), text: l.text }));
  return analyzeExtracted(extracted, { attachments });
}

/** `opts.requireText` makes a PDF without a text layer (a scan) an InputError('no-text') instead of an empty report. */
export async function analyzePdfBytes(data: Uint8Array, uri: string, opts: ExtractPdfOptions = {}): Promise<Report> {
  let pdf: Awaited<ReturnType<typeof openPdfNode>>;
  try {
    pdf = await openPdfNode(data);
  } catch (err) {
    if (err instanceof PdfInputError) throw new InputError(err.code, err.message);
    throw err;
  }
  try {
    const extracted = await extractPdf(pdf, uri, opts);
    return analyzeExtracted(extracted);
  } catch (err) {
    if (err instanceof PdfInputError) throw new InputError(err.code, err.message);
    throw err;
  } finally {
    await releasePdf(pdf);
  }
}

/** Frees pdf.js resources. pdf.js 6 moved destroy() to the loading task, so look for it in both places. */
async function releasePdf(pdf: unknown): Promise<void> {
  const p = pdf as { destroy?: () => Promise<void>; loadingTask?: { destroy?: () => Promise<void> } };
  try {
    if (typeof p.destroy === 'function') await p.destroy();
    else if (typeof p.loadingTask?.destroy === 'function') await p.loadingTask.destroy();
  } catch {
    // Releasing is best effort: the report is already built.
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

/** Reads a file path or fetches an http(s) URL. Throws InputError when it cannot. */
export async function loadSource(input: string, fetchImpl: typeof fetch = fetch): Promise<LoadedSource> {
  let bytes: Uint8Array;
  let contentType: string | null = null;
  if (/^https?:\/\//i.test(input)) {
    let res: Response;
    try {
      res = await fetchImpl(input, { redirect: 'follow' });
    } catch (err) {
      throw new InputError('fetch', `cannot fetch ${input}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!res.ok) throw new InputError('fetch', `cannot fetch ${input}: HTTP ${res.status} ${res.statusText}`);
    contentType = res.headers.get('content-type');
    bytes = new Uint8Array(await res.arrayBuffer());
  } else {
    try {
      bytes = new Uint8Array(await readFile(input));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(
        'missing',
        code === 'ENOENT' ? `no such file: ${input}` : `cannot read ${input}: ${code ?? String(err)}`,
      );
    }
  }
  const kind = sniffKind(bytes, contentType, input);
  if (!kind) throw new InputError('unsupported', `${input} is neither HTML nor PDF`);
  return { uri: input, kind, bytes, contentType };
}

/** A read input: its extraction, and the options its analysis takes (an HTML page's PDF attachments). */
export interface ExtractedSource {
  input: string;
  extracted: ExtractedDocument;
  extras: { attachments?: { href: string; text: string }[] };
}

/** Reads and extracts one input (file path or URL); a scanned PDF is unreadable (InputError 'no-text'). */
export async function extractSource(input: string, fetchImpl: typeof fetch = fetch): Promise<ExtractedSource> {
  const src = await loadSource(input, fetchImpl);
  if (src.kind === 'html') {
    const document = parseHtmlText(decodeHtml(src.bytes, src.contentType));
    const extracted = extractHtml(document, src.uri);
    const detection = detectDisclosure(document);
    const attachments = detection.pdfLinks.map((l) => ({ href: resolveHref(l.href, src.uri), text: l.text }));
    return { input, extracted, extras: { attachments } };
  }
  let pdf: Awaited<ReturnType<typeof openPdfNode>>;
  try {
    pdf = await openPdfNode(src.bytes);
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

/**
 * Analyses several read inputs: the two files of one disclosure (its text and its tables, lib/pipeline/companions)
 * become one report; every other input its own.
 */
export function analyzeSources(sources: readonly ExtractedSource[]): { input: string; report: Report }[] {
  const pdfs = sources.map((s) => s.extracted.source.kind === 'pdf');
  const groups = pairCompanions(sources.map((s) => profileOf(s.extracted)));
  return groups.map((g) => {
    const [a, b] = g.map((i) => sources[i]!);
    if (a && b && pdfs[g[0]!] && pdfs[g[1]!])
      return { input: `${a.input} + ${b.input}`, report: analyzeExtracted(mergeCompanions(a.extracted, b.extracted)) };
    const one = a!;
    return { input: one.input, report: analyzeExtracted(one.extracted, one.extras) };
  });
}

/** Loads and analyses one input (file path or URL). */
export async function analyzeSource(input: string, fetchImpl: typeof fetch = fetch): Promise<Report> {
  const src = await loadSource(input, fetchImpl);
  // For a file or URL given explicitly, a scanned PDF is "not readable" (exit 3), not "not a disclosure".
  if (src.kind === 'pdf') return analyzePdfBytes(src.bytes, src.uri, { requireText: true });
  return analyzeHtmlString(decodeHtml(src.bytes, src.contentType), src.uri);
}
