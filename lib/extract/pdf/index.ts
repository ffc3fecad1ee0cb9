/**
 * Stage 1 (extract), PDF: the public surface. Browser-safe: nothing here imports pdf.js at runtime; Node callers
 * open documents with open-node.ts.
 */

export { classifyOpenError, PdfInputError, type PdfInputErrorCode, pdfInputMessage } from './errors';
export { type ExtractPdfOptions, extractPdf, isScanned, looksTabular, SCANNED_WARNING } from './extract-pdf';
export type { PDFDocumentProxy, PDFPageProxy } from './pdfjs-types';
