/**
 * Checks (stage 6) output contract: what every rule reports, and what the report, the overlay and the CLI read.
 * Plain JSON: amounts are decimal strings in the unit the document prints (`unit` says which), never JS numbers.
 */
import { z } from 'zod';
import { AnchorSchema } from '../model/budget-document';

/**
 * `unverified`: an identity that did not hold where the reading under it is not confirmed (a table where many
 * identities fail, the parts of a sum not found): shown as "could not check", never as an accusation.
 */
export const SeveritySchema = z.enum(['error', 'warning', 'unverified', 'rounding', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A cell of a table in the report: table index (report.tables), grid row and grid column. */
export const CellRefSchema = z.object({
  table: z.number().int().nonnegative(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
});
export type CellRef = z.infer<typeof CellRefSchema>;

export const LocalisedSchema = z.object({ zh: z.string(), en: z.string() });

/** A narrative claim a finding speaks about: its text as printed and where it is. */
export const ClaimRefSchema = z.object({
  text: z.string(),
  /** The section heading the claim sits under (e.g. 二、收入预算情况说明). */
  section: z.string().nullable(),
  anchor: AnchorSchema.nullable(),
  /** Character offsets of the claim inside its block's text. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type ClaimRef = z.infer<typeof ClaimRefSchema>;

export const FindingSchema = z.object({
  /** Rule id (= the rule's file name in lib/checks/rules/). */
  rule: z.string(),
  severity: SeveritySchema,
  message: LocalisedSchema,
  /** The identity with the actual numbers, e.g. `合计 1261.62 ≠ 基本支出 427.87 + 项目支出 833.76`. */
  formula: z.string().nullable(),
  stated: z.string().nullable(),
  computed: z.string().nullable(),
  /** stated − computed. */
  difference: z.string().nullable(),
  /** The rounding bound used (n × half a unit of the last printed digit). */
  tolerance: z.string().nullable(),
  unit: z.enum(['元', '万元', '亿元']).nullable(),
  /** The cells involved: the stated cell first, then the terms. */
  cells: z.array(CellRefSchema),
  claim: ClaimRefSchema.nullable(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** A check that held exactly: lets the overlay put a quiet ✓ beside the verified number. */
export const VerifiedSchema = z.object({
  rule: z.string(),
  /** The stated cell first, then the terms. */
  cells: z.array(CellRefSchema),
  claim: ClaimRefSchema.nullable(),
});
export type Verified = z.infer<typeof VerifiedSchema>;

export const CheckSummarySchema = z.object({
  /** Checks run (passed + each finding). */
  total: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  bySeverity: z.record(SeveritySchema, z.number().int().nonnegative()),
});
export type CheckSummary = z.infer<typeof CheckSummarySchema>;
