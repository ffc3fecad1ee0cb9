/**
 * Pipeline → history bridge (browser-safe, pure): turns a finished Report into what the reader's history keeps — the
 * compact Snapshot (lib/history) plus the report's per-capita figures — and compares the years of one organisation
 * found among several reports (the CLI's year-on-year output). It reads no storage, no clock and no DOM; storing is the
 * background's job, comparing rows is lib/history's compareYears, and nothing here re-reads a document.
 */
import { z } from 'zod';
import { compareYears, type YearComparison } from '../history/compare-years';
import { organisationKey, type Snapshot, type SnapshotRow, SnapshotSchema, snapshotKey } from '../history/snapshot';
import { FORM_KINDS } from '../model/table-kinds';
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
  const { organisation, year, kind, scope, unit } = report.document;
  if (!organisation) return { ok: false, reason: 'the document names no organisation' };
  if (year === null) return { ok: false, reason: 'the document states no year' };
  if (kind === null) return { ok: false, reason: 'the document is neither a budget nor final accounts' };
  const tables: Snapshot['tables'] = [];
  for (const t of report.tables) {
    if (FORM_KINDS.has(t.kind) || t.unit === null || t.empty) continue;
    const columns: Record<string, string> = {};
    for (const c of t.columns) {
      const h = c.header.filter((x) => x.trim() !== '');
      columns[c.key] = h[h.length - 1] ?? c.key;
    }
    const rows: SnapshotRow[] = [];
    for (const r of t.rows) {
      if (r.sides) {
        for (const [side, sr] of Object.entries(r.sides)) {
          if (!sr || sr.name.trim() === '') continue;
          rows.push({
            ...(sr.code ? { code: sr.code } : {}),
            ...(sr.level ? { level: sr.level } : {}),
            name: sr.name,
            isTotal: sr.isTotal,
            side: side as NonNullable<SnapshotRow['side']>,
            amounts: { ...sr.amounts },
          });
        }
        continue;
      }
      rows.push({
        ...(r.code ? { code: r.code } : {}),
        ...(r.level ? { level: r.level } : {}),
        name: r.name,
        isTotal: r.isTotal,
        amounts: { ...r.amounts },
      });
    }
    tables.push({ kind: t.kind, title: t.title, unit: t.unit, columns, rows });
  }
  const parsed = SnapshotSchema.safeParse({
    schema: 'budget-lens/history-document@1',
    key: snapshotKey(organisation, year, kind),
    organisation: organisationKey(organisation),
    year,
    kind,
    scope,
    unit,
    source: opts.source ?? report.source.uri ?? null,
    savedAt: opts.savedAt ?? null,
    tables,
  });
  return parsed.success ? { ok: true, snapshot: parsed.data } : { ok: false, reason: parsed.error.message };
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
