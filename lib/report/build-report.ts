/**
 * Report (final stage): assembles the serialisable Report from the extracted document (grid text and anchors) and
 * the typed BudgetDocument. Converts Decimals to strings with the printed number of decimals; it must not
 * recompute, check or reinterpret anything.
 */
import type Decimal from 'decimal.js';
import type { TableReading } from '../checks/confirm';
import type { Finding, Verified } from '../checks/finding';
import type { ExtractedDocument } from '../extract/types';
import type { Metric, SkippedMetric } from '../metrics/metric';
import type { BudgetDocument, Row, SideRow } from '../model/budget-document';
import { isStatementKind } from '../model/table-kinds';
import type { Report, ReportRow, ReportTable } from './report-schema';
import { REPORT_SCHEMA_ID } from './schema-id';

/** Kept equal to package.json's version by a test. */
export const GENERATOR = { name: 'budget-lens', version: '0.1.0' } as const;

function amountStrings(amounts: Record<string, Decimal | null>, decimals: Record<string, number>) {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(amounts))
    out[k] = v === null ? null : v.toFixed(decimals[k] ?? v.decimalPlaces());
  return out;
}

function sideRow(r: SideRow) {
  return {
    ...(r.code !== undefined ? { code: r.code } : {}),
    ...(r.level !== undefined ? { level: r.level } : {}),
    name: r.name,
    isTotal: r.isTotal,
    amounts: amountStrings(r.amounts, r.decimals),
  };
}

function reportRow(r: Row): ReportRow {
  const out: ReportRow = { gridRow: r.gridRow, ...sideRow(r) };
  if (r.item) out.item = r.item;
  if (r.sides) {
    const sides: NonNullable<ReportRow['sides']> = {};
    for (const [s, sr] of Object.entries(r.sides) as [keyof typeof sides, SideRow | undefined][]) {
      if (sr) sides[s] = sideRow(sr);
    }
    out.sides = sides;
  }
  return out;
}

export interface ReportExtras {
  findings?: Finding[];
  /** Per table, whether the checks confirm its reading (absent: confirmed, nothing failed). */
  readings?: TableReading[];
  verified?: Verified[];
  metrics?: Metric[];
  skippedMetrics?: SkippedMetric[];
  attachments?: { href: string; text: string }[];
  warnings?: string[];
}

export function buildReport(extracted: ExtractedDocument, model: BudgetDocument, extras: ReportExtras = {}): Report {
  const readings = new Map((extras.readings ?? []).map((r) => [r.table, r]));
  const readingOf = (i: number) => {
    const r = readings.get(i);
    return r
      ? { confident: r.confident, reason: r.reason, passed: r.passed, failed: r.failed }
      : { confident: true, reason: null, passed: 0, failed: 0 };
  };
  const tables: ReportTable[] = model.tables.map((t) => {
    const raw = extracted.tables[t.index];
    const grid = (raw?.rows ?? []).map((row) => row.map((c) => c.text));
    const anchors = (raw?.rows ?? []).map((row) => row.map((c) => c.anchor ?? null));
    return {
      index: t.index,
      kind: t.kind,
      kindBy: t.kindBy,
      title: t.title,
      unit: t.unit,
      unitFrom: t.unitFrom,
      meta: t.meta,
      notes: t.notes,
      columns: t.columns.map((c) => ({ ...c })),
      headerRows: t.headerRows,
      indexRow: t.indexRow,
      twoSided: t.twoSided,
      empty: t.empty,
      emptyNote: t.emptyNote,
      reading: readingOf(t.index),
      grid,
      anchors,
      rows: t.rows.map(reportRow),
    };
  });
  return {
    schema: REPORT_SCHEMA_ID,
    generator: { ...GENERATOR },
    source: {
      uri: extracted.source.uri,
      kind: extracted.source.kind,
      title: extracted.source.title ?? null,
      pages: extracted.source.pages ?? null,
      attachments: extras.attachments ?? [],
    },
    document: model.document,
    tables,
    findings: extras.findings ?? [],
    verified: extras.verified ?? [],
    metrics: extras.metrics ?? [],
    skippedMetrics: extras.skippedMetrics ?? [],
    warnings: [...extracted.warnings, ...model.warnings, ...(extras.warnings ?? [])],
  };
}

/**
 * The text of a disclosure whose tables are published in another file (江苏: …部门预算公开.pdf beside …公开表.pdf): a
 * budget or final-accounts document that names its organisation and year, has its sections, and prints no statement
 * table.
 */
export function isNarrativeOnly(report: Pick<Report, 'tables' | 'document'>): boolean {
  const d = report.document;
  return (
    !report.tables.some((t) => isStatementKind(t.kind) && !t.kind.includes('performance')) &&
    d.kind !== null &&
    d.year !== null &&
    d.organisation !== null &&
    d.sections.length >= 5
  );
}

/** A report describes a disclosure when at least one table is a known budget or final-accounts table. */
export function isDisclosure(report: Pick<Report, 'tables'>): boolean {
  return report.tables.some((t) => isStatementKind(t.kind));
}
