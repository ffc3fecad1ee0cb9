/**
 * Pipeline entry (browser-safe): ExtractedDocument → Report. The content script calls extractHtml(document) and then
 * this; the PDF viewer and the CLI reach it through their adapters (node.ts for the CLI). One pipeline: every source
 * goes through recogniseDocument, the checks and buildReport here, never a second parser. Pure: no I/O, no DOM,
 * no clock.
 */
import { runChecks } from '../checks/run-checks';
import type { ExtractedDocument } from '../extract/types';
import { recogniseDocument } from '../recognise/recognise-document';
import { buildReport, type ReportExtras } from '../report/build-report';
import type { Report } from '../report/report-schema';

export interface AnalyzeOptions extends ReportExtras {
  /** Rule ids to skip (user toggles); ignored when `findings` is given. */
  disabledRules?: ReadonlySet<string>;
}

export function analyzeExtracted(doc: ExtractedDocument, opts: AnalyzeOptions = {}): Report {
  const { disabledRules, ...extras } = opts;
  const model = recogniseDocument(doc);
  const warnings = [...(extras.warnings ?? [])];
  let { findings, verified } = extras;
  if (findings === undefined) {
    // runChecks isolates each rule; this guard only keeps a broken checks stage from losing the whole report.
    try {
      const result = runChecks(model, disabledRules ? { disabled: disabledRules } : {});
      findings = result.findings;
      verified = verified ?? result.verified;
    } catch (err) {
      findings = [];
      warnings.push(`checks could not run: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return buildReport(doc, model, { ...extras, findings, verified: verified ?? [], warnings });
}
