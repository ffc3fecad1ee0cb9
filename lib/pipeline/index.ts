/**
 * Pipeline public surface for the extension (browser-safe). Node adapters (files, URLs, linkedom, pdf.js in Node)
 * are in ./node and must be imported from there explicitly, never from here.
 */
export { analyzeExtracted } from './analyze';
