/**
 * Report (final stage): the serialisable Report, schema id `budget-lens/report@2` — what the overlay, the CLI and
 * exports read. Plain JSON only: amounts are decimal strings in the table's printed unit (trailing zeros as
 * printed), anchors are plain objects. The committed JSON Schema (schema/report.schema.json) is generated from this
 * file by scripts/gen-schema.ts; change the shape only together with the schema id.
 */
import { z } from 'zod';
import { FindingSchema, LocalisedSchema, VerifiedSchema } from '../checks/finding';
import { MetricSchema, SkippedMetricSchema } from '../metrics/metric';
import { AnchorSchema, DocumentInfoSchema, LevelSchema, MoneyUnitSchema } from '../model/budget-document';
import { ColumnRoleSchema, MeasureSchema, SideSchema } from '../model/column-roles';
import { TableKindSchema } from '../model/table-kinds';

import { REPORT_SCHEMA_ID } from './schema-id';

export { REPORT_SCHEMA_ID };

/** A decimal number as a string, e.g. `1261.62`, `-0.09`, `800.00`. */
export const DecimalStringSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

const reportRowCore = {
  code: z.string().optional(),
  level: LevelSchema.optional(),
  name: z.string(),
  isTotal: z.boolean(),
  /** Column key → amount as printed (decimal string in the table's unit), null when blank/dash/not a number. */
  amounts: z.record(z.string(), DecimalStringSchema.nullable()),
};

export const ReportSideRowSchema = z.object(reportRowCore);

export const ReportRowSchema = z.object({
  gridRow: z.number().int().nonnegative(),
  ...reportRowCore,
  item: ColumnRoleSchema.optional(),
  sides: z.partialRecord(SideSchema, ReportSideRowSchema).optional(),
});
export type ReportRow = z.infer<typeof ReportRowSchema>;

export const ReportColumnSchema = z.object({
  index: z.number().int().nonnegative(),
  role: ColumnRoleSchema,
  key: z.string(),
  header: z.array(z.string()),
  side: SideSchema.optional(),
  block: z.number().int().nonnegative().optional(),
  measure: MeasureSchema.optional(),
  period: z.enum(['current', 'prior', 'change']).optional(),
});

export const ReportTableSchema = z.object({
  /** Position in the extracted document's table list (0-based). */
  index: z.number().int().nonnegative(),
  kind: TableKindSchema,
  kindBy: z.enum(['title', 'header', 'content', 'none']),
  title: z.string().nullable(),
  unit: MoneyUnitSchema.nullable(),
  unitFrom: z.enum(['meta', 'document', 'none']),
  meta: z.array(z.string()),
  notes: z.array(z.string()),
  columns: z.array(ReportColumnSchema),
  headerRows: z.number().int().nonnegative(),
  indexRow: z.number().int().nullable(),
  twoSided: z.boolean(),
  empty: z.boolean(),
  emptyNote: z.boolean(),
  /**
   * Whether the checks confirm the reading of this table (lib/checks/confirm.ts): where they do not, its failed
   * identities are reported as `unverified` and `reason` says why ("could not be read with confidence").
   */
  reading: z.object({
    confident: z.boolean(),
    reason: LocalisedSchema.nullable(),
    passed: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
  }),
  /** Cell text, rows × columns, merged cells expanded (covered positions ''). */
  grid: z.array(z.array(z.string())),
  /** Parallel to grid: where each cell lives on screen, null for covered/unknown positions. */
  anchors: z.array(z.array(AnchorSchema.nullable())),
  rows: z.array(ReportRowSchema),
});
export type ReportTable = z.infer<typeof ReportTableSchema>;

export const AttachmentSchema = z.object({ href: z.string(), text: z.string() });

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  generator: z.object({ name: z.string(), version: z.string() }),
  source: z.object({
    uri: z.string(),
    kind: z.enum(['html', 'pdf']),
    title: z.string().nullable(),
    pages: z.number().int().nullable(),
    /** Links to PDF attachments found on an HTML page (an article page whose content is an attachment). */
    attachments: z.array(AttachmentSchema),
  }),
  document: DocumentInfoSchema,
  tables: z.array(ReportTableSchema),
  /** From lib/checks: one per identity that does not hold exactly (rounding ones included, severity `rounding`). */
  findings: z.array(FindingSchema),
  /** From lib/checks: identities that held exactly, so the overlay can mark the verified cells quietly. */
  verified: z.array(VerifiedSchema),
  /** From lib/metrics: per-capita figures and the prior-year values the narrative implies. */
  metrics: z.array(MetricSchema),
  /** Metrics that could not be computed, and why (no region, no staff count, …). */
  skippedMetrics: z.array(SkippedMetricSchema),
  warnings: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;
