/**
 * Pipeline → history bridge (browser-safe, pure): turns a finished Report into what the reader's history keeps — the
 * compact Snapshot (lib/history) plus the report's per-capita figures — and compares the years of one organisation
 * found among several reports (the CLI's year-on-year output). It reads no storage, no clock and no DOM; storing is the
 * background's job, comparing rows is lib/history's compareYears, and nothing here re-reads a document.
 */
import { z } from 'zod';
import { compareYears, type YearComparison } from '../history/compare-years';
import { budgetOf, compareExecution, type ExecutionComparison } from '../history/execution';
import { type Snapshot, snapshotFrom } from '../history/snapshot';
import type { Report } from '../report/report-schema';

/** One per-capita figure as the history page shows it (a slim copy of a report's ratio metric). */
export const PerCapitaSchema = z.object({
  id: z.string(),
  per: z.enum(['resident', 'staff', 'vehicle']),
  label: z.object({ zh: z.string(), en: z.string() }),
  value: z.string(),
  unit: z.string(),
  formula: z.string(),
});
export type PerCapita = z.infer<typeof PerCapitaSchema>;

export type ReportSnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; reason: string };

/**
 * The history Snapshot of a report: same content as lib/history's toSnapshot(model), read from the report's typed rows
 * so the content script, the viewer and the CLI need only the Report. Fails when the report does not say whose, which
 * year or what kind — such a document cannot be matched with other years.
 */
export function reportSnapshot(
  report: Report,
  opts: { source?: string | null; savedAt?: string | null } = {},
): ReportSnapshotResult {
  return snapshotFrom(report, (amount) => amount, {
    source: opts.source ?? report.source.uri ?? null,
    savedAt: opts.savedAt ?? null,
  });
}

/** The report's per-capita figures (ratio metrics), slimmed for storage beside the snapshot. */
export function perCapitaOf(report: Report): PerCapita[] {
  const out: PerCapita[] = [];
  for (const m of report.metrics) {
    if (m.kind !== 'ratio') continue;
    out.push({ id: m.id, per: m.per, label: m.label, value: m.value, unit: m.unit, formula: m.formula });
  }
  return out;
}

/** One organisation's consecutive years compared (each year against the nearest earlier one of the same kind). */
export interface YearOnYear extends YearComparison {
  /** Which inputs (indexes into the reports given) the two years came from. */
  inputs: { current: number; previous: number };
}

/**
 * Year-on-year among several reports: grouped by organisation and kind, each year compared with the nearest earlier
 * year present. Reports that cannot be snapshotted, and groups with a single year, yield nothing.
 */
export function yearOnYearOf(reports: readonly Report[]): YearOnYear[] {
  const groups = new Map<string, { snapshot: Snapshot; index: number }[]>();
  reports.forEach((report, index) => {
    const r = reportSnapshot(report);
    if (!r.ok) return;
    const g = `${r.snapshot.organisation}|${r.snapshot.kind}`;
    groups.set(g, [...(groups.get(g) ?? []), { snapshot: r.snapshot, index }]);
  });
  const out: YearOnYear[] = [];
  for (const list of groups.values()) {
    const byYear = new Map<number, { snapshot: Snapshot; index: number }>();
    for (const x of list) byYear.set(x.snapshot.year, x); // a repeated year: the later input wins
    const years = [...byYear.values()].sort((a, b) => a.snapshot.year - b.snapshot.year);
    for (let i = 1; i < years.length; i++) {
      const cur = years[i];
      const prev = years[i - 1];
      if (!cur || !prev) continue;
      out.push({ ...compareYears(cur.snapshot, prev.snapshot), inputs: { current: cur.index, previous: prev.index } });
    }
  }
  return out;
}

/** A 决算 set against the 预算 of the same organisation and year, with which inputs they came from. */
export interface Execution extends ExecutionComparison {
  inputs: { final: number; budget: number };
}

/** Budget against outturn among several reports: every 决算 whose 预算 of the same year is among them. */
export function executionOf(reports: readonly Report[]): Execution[] {
  const snaps = reports.flatMap((report, index) => {
    const r = reportSnapshot(report);
    return r.ok ? [{ snapshot: r.snapshot, index }] : [];
  });
  const out: Execution[] = [];
  for (const f of snaps) {
    if (f.snapshot.kind !== 'final') continue;
    const b = budgetOf(
      snaps.map((x) => x.snapshot),
      f.snapshot,
    );
    const bi = snaps.find((x) => x.snapshot === b)?.index;
    if (b && bi !== undefined) out.push({ ...compareExecution(f.snapshot, b), inputs: { final: f.index, budget: bi } });
  }
  return out;
}
