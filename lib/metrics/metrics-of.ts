/**
 * Metrics (stage 7) entry for the pipeline: a document's region, its per-capita figures and the prior-year values its
 * narrative implies, as plain JSON for the report's `metrics` array. The caller passes the page URL (region
 * tie-break), the user's overrides and the narrative claims (lib/narrative); this module reads no storage and no
 * clock. Year-on-year from the reader's history is not here: the report is per document, lib/history compares them.
 */
import type { BudgetDocument } from '../model/budget-document';
import type { Metric, SkippedMetric } from './metric';
import { computeMetrics } from './per-capita';
import { priorYearMetrics } from './prior-year';
import { type RegionResolution, resolveRegion } from './region/resolve-region';

export interface MetricsOptions {
  /** URL (or host) the document was opened from: breaks a tie between same-named divisions. */
  host?: string | null;
  /** The reader's choice of division and/or population (from the options page or the region prompt). */
  region?: { code?: string; population?: number };
  /** A staff count the reader entered. */
  staff?: number;
  /** Narrative claims (lib/narrative `claimsOf(doc)`); change claims become prior-year metrics. */
  claims?: readonly { kind: string }[];
}

export interface MetricsOutput {
  /** How the region was read; `candidates` lets the UI ask when it is ambiguous. */
  region: RegionResolution;
  metrics: Metric[];
  skipped: SkippedMetric[];
}

export function metricsOf(doc: BudgetDocument, opts: MetricsOptions = {}): MetricsOutput {
  const region = resolveRegion(doc.document.organisation ?? '', {
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.region ? { override: opts.region } : {}),
  });
  const metrics: Metric[] = [];
  const skipped: SkippedMetric[] = [];
  // One failing part must not take the others (or the report) down with it.
  try {
    const r = computeMetrics(doc, region, opts.staff !== undefined ? { staff: opts.staff } : {});
    metrics.push(...r.metrics);
    skipped.push(...r.skipped);
  } catch (err) {
    skipped.push(internalError('per-capita', err));
  }
  if (opts.claims) {
    try {
      metrics.push(...priorYearMetrics(opts.claims, doc.document.organisation));
    } catch (err) {
      skipped.push(internalError('prior-year', err));
    }
  }
  return { region, metrics, skipped };
}

function internalError(id: string, err: unknown): SkippedMetric {
  const msg = err instanceof Error ? err.message : String(err);
  return { id, reason: { zh: `计算出错：${msg}`, en: `internal error: ${msg}` } };
}
