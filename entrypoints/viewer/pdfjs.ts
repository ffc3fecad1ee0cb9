/**
 * pdf.js inside the extension: the worker is bundled, and cMaps (Chinese text), standard fonts and wasm decoders are
 * served from the extension itself (MV3 forbids remote code; CSP allows 'wasm-unsafe-eval' for the decoders).
 */
import * as pdfjsLib from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjsLib.GlobalWorkerOptions.workerSrc = workerUrl;
// pdf_viewer.mjs reads the display layer from this global.
(globalThis as { pdfjsLib?: typeof pdfjsLib }).pdfjsLib = pdfjsLib;

export { pdfjsLib };

export function loadViewerComponents() {
  return import('pdfjs-dist/web/pdf_viewer.mjs');
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
