/**
 * Pipeline source adapters for Node (CLI, tests): HTML text via linkedom, PDF bytes via pdf.js, files and http(s)
 * URLs. Node-only — the extension bundle never imports this file. Adapters only read and hand over to
 * analyzeExtracted; all interpretation stays in the pipeline stages.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { type ExtractPdfOptions, extractPdf, PdfInputError } from '../extract/pdf';
import { openPdfNode } from '../extract/pdf/open-node';
import type { Report } from '../report/report-schema';
import { analyzeExtracted } from './analyze';
import { analyzeGroup, pairCompanions, profileOf } from './companions';
import {
  decodeHtml,
  type ExtractedSource,
  extractHtmlSource,
  extractLoaded,
  fetchSource,
  InputError,
  type LoadedSource,
  releasePdf,
  type SourceEnv,
  typed,
} from './input';

export {
  decodeHtml,
  type ExtractedSource,
  InputError,
  type LoadedSource,
  type SourceKind,
  sniffKind,
} from './input';

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
  const { extracted, extras } = extractHtmlSource(uri, parseHtmlText(html), uri);
  return analyzeExtracted(extracted, extras);
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

/** Reads a file path or fetches an http(s) URL. Throws InputError when it cannot. */
export async function loadSource(input: string, fetchImpl: typeof fetch = fetch): Promise<LoadedSource> {
  if (/^https?:\/\//i.test(input)) return fetchSource(input, fetchImpl);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(input));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      'missing',
      code === 'ENOENT' ? `no such file: ${input}` : `cannot read ${input}: ${code ?? String(err)}`,
    );
  }
  return typed(input, bytes, null);
}

/** Node's DOM (linkedom) and pdf.js (the legacy build). */
export const NODE_ENV: SourceEnv = { parseHtml: (text) => parseHtmlText(text), openPdf: openPdfNode };

/** One address of a listing read and extracted: http(s) fetched (abortable), file: URLs read as paths. */
export async function readSourceAt(
  href: string,
  signal: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<ExtractedSource> {
  const src = href.startsWith('file:')
    ? await loadSource(fileURLToPath(href))
    : await fetchSource(href, fetchImpl, signal);
  return extractLoaded(href, src, NODE_ENV);
}

/** Reads and extracts one input (file path or URL); a scanned PDF is unreadable (InputError 'no-text'). */
export async function extractSource(input: string, fetchImpl: typeof fetch = fetch): Promise<ExtractedSource> {
  return extractLoaded(input, await loadSource(input, fetchImpl), NODE_ENV);
}

/**
 * Analyses several read inputs: the two files of one disclosure (its text and its tables, lib/pipeline/companions)
 * become one report; every other input its own.
 */
export function analyzeSources(sources: readonly ExtractedSource[]): { input: string; report: Report }[] {
  const profiles = sources.map((s) => profileOf(s.extracted));
  return pairCompanions(profiles).map((g) => {
    // Only two PDFs are joined as one disclosure; a page grouped with a file stands alone.
    const paired = g.length === 2 && g.every((i) => sources[i]?.extracted.source.kind === 'pdf');
    const used = (paired ? g : g.slice(0, 1)).map((i) => sources[i] as ExtractedSource);
    return { input: used.map((s) => s.input).join(' + '), report: analyzeGroup(used) };
  });
}

/** Loads and analyses one input (file path or URL). */
export async function analyzeSource(input: string, fetchImpl: typeof fetch = fetch): Promise<Report> {
  const src = await loadSource(input, fetchImpl);
  // For a file or URL given explicitly, a scanned PDF is "not readable" (exit 3), not "not a disclosure".
  if (src.kind === 'pdf') return analyzePdfBytes(src.bytes, src.uri, { requireText: true });
  return analyzeHtmlString(decodeHtml(src.bytes, src.contentType), src.uri);
}
