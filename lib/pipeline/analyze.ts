/**
 * Pipeline entry (browser-safe): ExtractedDocument → Report. The content script calls extractHtml(document) and then
 * this; the PDF viewer and the CLI reach it through their adapters (node.ts for the CLI). One pipeline: every source
 * goes through recogniseDocument, the checks, the metrics and buildReport here, never a second parser. Pure: no I/O, no DOM,
 * no clock.
 */
import { runChecks } from '../checks/run-checks';
import type { ExtractedDocument } from '../extract/types';
import { metricsOf } from '../metrics/metrics-of';
import { claimsOf } from '../narrative/claims-of';
import { withSources } from '../narrative/sources';
import { recogniseDocument } from '../recognise/recognise-document';
import { buildReport, type ReportExtras } from '../report/build-report';
import type { Report } from '../report/report-schema';

export interface AnalyzeOptions extends ReportExtras {
  /** Rule ids to skip (user toggles); ignored when `findings` is given. */
  disabledRules?: ReadonlySet<string>;
  /** The reader's region/population and staff overrides for per-capita metrics (options page). */
  region?: { code?: string; population?: number };
  staff?: number;
}

export function analyzeExtracted(doc: ExtractedDocument, opts: AnalyzeOptions = {}): Report {
  const { disabledRules, region, staff, ...extras } = opts;
  // The narrative and annex rules read paragraphs (with their own anchors) and form grids beside the model.
  const model = withSources(recogniseDocument(doc), doc);
  const warnings = [...(extras.warnings ?? [])];
  let { findings, verified, readings } = extras;
  if (findings === undefined) {
    // runChecks isolates each rule; this guard only keeps a broken checks stage from losing the whole report.
    try {
      const result = runChecks(model, disabledRules ? { disabled: disabledRules } : {});
      findings = result.findings;
      verified = verified ?? result.verified;
      readings = readings ?? result.readings;
    } catch (err) {
      findings = [];
      warnings.push(`checks could not run: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  let { metrics, skippedMetrics } = extras;
  if (metrics === undefined) {
    try {
      const out = metricsOf(model, {
        host: doc.source.uri,
        claims: claimsOf(model),
        ...(region ? { region } : {}),
        ...(staff !== undefined ? { staff } : {}),
      });
      metrics = out.metrics;
      skippedMetrics = skippedMetrics ?? out.skipped;
    } catch (err) {
      metrics = [];
      warnings.push(`metrics could not be computed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return buildReport(doc, model, {
    ...extras,
    findings,
    verified: verified ?? [],
    readings: readings ?? [],
    metrics,
    skippedMetrics: skippedMetrics ?? [],
    warnings,
  });
}
