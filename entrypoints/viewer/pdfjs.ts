/**
 * pdf.js inside the extension: the worker is bundled, and cMaps (Chinese text), standard fonts and wasm decoders are
 * served from the extension itself (MV3 forbids remote code; CSP allows 'wasm-unsafe-eval' for the decoders).
 * The legacy build: the modern one calls Map.prototype.getOrInsertComputed, which Firefox has only from 144 and
 * Chrome from 145, so in Firefox 140 ESR (a supported ESR) it opened no PDF at all; the legacy build polyfills it.
 */
import * as pdfjsLib from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
// pdf_viewer.mjs reads the display layer from this global.
(globalThis as { pdfjsLib?: typeof pdfjsLib }).pdfjsLib = pdfjsLib;

export { pdfjsLib };

export function loadViewerComponents() {
  return import('pdfjs-dist/legacy/web/pdf_viewer.mjs');
}

export function openPdf(data: Uint8Array) {
  return pdfjsLib.getDocument({
    data,
    cMapUrl: browser.runtime.getURL('/cmaps/' as '/'),
    cMapPacked: true,
    standardFontDataUrl: browser.runtime.getURL('/standard_fonts/' as '/'),
    wasmUrl: browser.runtime.getURL('/wasm/' as '/'),
  }).promise;
}
