/**
 * Stage 1 (extract), Node side: opens PDF bytes with the legacy pdf.js build, wired to the cMaps, standard fonts and
 * wasm decoders shipped in node_modules/pdfjs-dist. Only the CLI, scripts and tests use this; the extension's viewer
 * page opens documents with its own bundled worker and URLs and then calls the same `extractPdf`.
 * It must not interpret content: it only opens the document and classifies failures to open it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyOpenError } from './errors';
import type { PDFDocumentProxy } from './pdfjs-types';

const require = createRequire(import.meta.url);
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));

/** Directory URLs/paths pdf.js needs; trailing slash required by pdf.js. Node reads them with fs, so plain paths. */
export const PDFJS_NODE_ASSETS = {
  cMapUrl: `${join(PDFJS_ROOT, 'cmaps')}/`,
  standardFontDataUrl: `${join(PDFJS_ROOT, 'standard_fonts')}/`,
  wasmUrl: `${join(PDFJS_ROOT, 'wasm')}/`,
  workerSrc: pathToFileURL(join(PDFJS_ROOT, 'legacy/build/pdf.worker.mjs')).href,
} as const;

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfjsModule> | null = null;

/** pdf.js' own exception classes (`XRefEntryException`, `FormatError` …), by name or by where they were thrown. */
function fromPdfjs(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  return (
    /^(XRef\w*Exception|FormatError|InvalidPDFException|MissingPDFException|UnknownErrorException|MissingDataException|UnexpectedResponseException|PasswordException|AbortException)$/u.test(
      reason.name,
    ) || /pdfjs-dist/u.test(reason.stack ?? '')
  );
}

/** Rejections pdf.js left unawaited inside its in-process worker, for the caller's warnings (latest last). */
export const leakedPdfjsErrors: string[] = [];
let guarded = false;

/**
 * In Node pdf.js runs its worker in this process, and on a damaged file some of its internal promises reject with
 * nobody awaiting them (XRefEntryException: Bad (uncompressed) XRef entry): Node would end the process for it. Such
 * a rejection says the file is damaged, which extraction reports page by page already; it is noted and the run
 * goes on. Any other unhandled rejection still ends the process, as it would without this.
 */
function guardPdfjsRejections(): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason) => {
    if (!fromPdfjs(reason)) throw reason;
    leakedPdfjsErrors.push(`${(reason as Error).name}: ${(reason as Error).message}`);
    if (leakedPdfjsErrors.length > 100) leakedPdfjsErrors.shift();
  });
}

/** The legacy pdf.js module, loaded once. In Node pdf.js runs its worker in-process ("fake worker") from workerSrc. */
export function loadPdfjsNode(): Promise<PdfjsModule> {
  guardPdfjsRejections();
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    m.GlobalWorkerOptions.workerSrc = PDFJS_NODE_ASSETS.workerSrc;
    return m;
  });
  return pdfjsPromise;
}

/**
 * The least of a document pdf.js needs to "load" fonts through the Font Loading API: a font set that keeps nothing,
 * and (Node has none) a FontFace that is loaded at once. pdf.js then hands the font over as it would in a browser,
 * with no glyph paths and no base64 data: URL built for it.
 */
function inertFontDocument(): Document {
  const g = globalThis as { FontFace?: unknown };
  g.FontFace ??= class InertFontFace {
    readonly loaded = Promise.resolve(this);
    constructor(readonly family: string) {}
    load(): Promise<this> {
      return this.loaded;
    }
  };
  return { fonts: { add() {}, delete() {} } } as unknown as Document;
}

/**
 * Opens a PDF from bytes. The bytes are copied because pdf.js transfers (detaches) the buffer it is given.
 * Throws PdfInputError ('encrypted' | 'corrupt' | 'empty') when the document cannot be opened.
 */
export async function openPdfNode(data: Uint8Array): Promise<PDFDocumentProxy> {
  const pdfjs = await loadPdfjsNode();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    cMapUrl: PDFJS_NODE_ASSETS.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: PDFJS_NODE_ASSETS.standardFontDataUrl,
    wasmUrl: PDFJS_NODE_ASSETS.wasmUrl,
    useSystemFonts: false,
    // Nothing is drawn in Node and extraction reads no image: every image is dropped from the operator list
    // undecoded (pdf.js' size limit at 0), not decoded only to be ignored — a report's photographs and seals cost
    // more to decode than all its text.
    maxImageSize: 0,
    verbosity: 0,
    // pdf.js defaults to disableFontFace in Node, which makes it compile every glyph it meets into path commands for a
    // canvas we never draw (a third of extraction on some documents). With font faces enabled it only hands each font
    // to the document's font set, here one that keeps nothing; text and operator lists are the same either way.
    disableFontFace: false,
    ownerDocument: inertFontDocument(),
  });
  try {
    return (await task.promise) as unknown as PDFDocumentProxy;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw classifyOpenError(err, data.byteLength);
  }
}
