/**
 * Pipeline entry (browser-safe): ExtractedDocument → Report. The content script calls extractHtml(document) and then
 * this; the PDF viewer and the CLI reach it through their adapters (node.ts for the CLI). One pipeline: every source
 * goes through recogniseDocument and buildReport here, never a second parser. Pure: no I/O, no DOM, no clock.
 */
import type { ExtractedDocument } from '../extract/types';
import { recogniseDocument } from '../recognise/recognise-document';
import { buildReport, type ReportExtras } from '../report/build-report';
import type { Report } from '../report/report-schema';

export function analyzeExtracted(doc: ExtractedDocument, extras: ReportExtras = {}): Report {
  const model = recogniseDocument(doc);
  return buildReport(doc, model, extras);
}
