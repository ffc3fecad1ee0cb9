/**
 * Metrics (stage 7) output contract: the `metrics` array of the report. Plain JSON — every number is a decimal
 * string with its unit beside it, every figure says where its numerator and denominator come from (table cells or
 * narrative text; the census, the 机构设置 text or the 整体绩效目标表), in Chinese and English. This file holds
 * shapes only: computing is per-capita.ts and prior-year.ts, and nothing here reads a document.
 */
import { z } from 'zod';
import { CellRefSchema, ClaimRefSchema, LocalisedSchema } from '../checks/finding';

export type Localised = z.infer<typeof LocalisedSchema>;

export const METRICS_SCHEMA_ID = 'budget-lens/metrics@1';

/** A decimal number as a string (`49.68`, `-0.19`, `414999`). */
export const DecimalStringSchema = z.string().regex(/^-?\d+(\.\d+)?$/);

export const MetricMoneyUnitSchema = z.enum(['元', '万元', '亿元']);

/** How a figure was rounded for display: to `decimals` places, half away from zero (四舍五入). */
export const RoundingSchema = z.object({ decimals: z.number().int().nonnegative(), mode: z.literal('half-up') });

/** Where a numerator was read. */
export const NumeratorSchema = z.object({
  value: DecimalStringSchema,
  /** 元 / 万元 for money; 平方米 for office area; 辆 for vehicles. */
  unit: z.enum(['元', '万元', '亿元', '平方米', '辆']),
  label: LocalisedSchema,
  source: z.enum(['table', 'narrative']),
  /** For `table`: the table (report.tables index, kind, title) and the cells read, summed when more than one. */
  table: z.object({ index: z.number().int().nonnegative(), kind: z.string(), title: z.string().nullable() }).nullable(),
  cells: z.array(CellRefSchema),
  /** Row / column as printed (`支出总计 / 合计`, `人员经费: 301 + 303`); null for narrative figures. */
  where: z.string().nullable(),
  /** For `narrative`: the sentence the figure was read from. */
  claim: ClaimRefSchema.nullable(),
});
export type Numerator = z.infer<typeof NumeratorSchema>;

export const RegionRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: z.enum(['province', 'city', 'county']),
  /** The 街道/镇/乡 the department belongs to when it is below the census division. */
  subdivision: z.string().nullable(),
});

/** What a figure is divided by. */
export const DenominatorSchema = z.object({
  value: DecimalStringSchema,
  unit: z.enum(['人', '辆']),
  label: LocalisedSchema,
  /**
   * census2020: resident population of `region` (2020 census, National Bureau of Statistics);
   * staff-narrative: 实有人数 from the 机构设置 text; staff-table: from the 整体支出绩效目标表;
   * narrative: a count stated in the text (vehicles); override: a figure the user entered.
   */
  source: z.enum(['census2020', 'staff-narrative', 'staff-table', 'narrative', 'override']),
  citation: LocalisedSchema,
  region: RegionRefSchema.nullable(),
  claim: ClaimRefSchema.nullable(),
});
export type Denominator = z.infer<typeof DenominatorSchema>;

/** A figure per resident, per staff member, per vehicle: numerator ÷ denominator. */
export const RatioMetricSchema = z.object({
  kind: z.literal('ratio'),
  /** Stable id, e.g. `per-resident.total`, `per-resident.class.208`, `per-staff.personnel`, `office-area.per-staff`. */
  id: z.string(),
  per: z.enum(['resident', 'staff', 'vehicle']),
  label: LocalisedSchema,
  /** Rounded as `rounding` says. */
  value: DecimalStringSchema,
  /** 元/人, 万元/人, 平方米/人, 万元/辆. */
  unit: z.string(),
  rounding: RoundingSchema,
  /** Unrounded quotient (12 significant digits), for anyone re-deriving the figure. */
  exact: DecimalStringSchema,
  numerator: NumeratorSchema,
  denominator: DenominatorSchema,
  /** The arithmetic as printed, e.g. `2,061.71万元 ÷ 414,999人 = 49.68元/人`. */
  formula: z.string(),
  explanation: LocalisedSchema,
  /** Caveats: a per-district figure for a 街道, two staff counts that disagree, a unit converted … */
  notes: z.array(LocalisedSchema),
});
export type RatioMetric = z.infer<typeof RatioMetricSchema>;

/** Last year's value a narrative change claim implies (X ∓ Y), shown beside this year's number. */
export const PriorYearMetricSchema = z.object({
  kind: z.literal('prior-year'),
  /** `prior-year.<n>` in claim order. */
  id: z.string(),
  label: LocalisedSchema,
  /** This year's amount X as stated. */
  current: DecimalStringSchema,
  /** The implied prior-year amount (X − Y for an increase, X + Y for a decrease, X when unchanged). */
  prior: DecimalStringSchema,
  /** The stated change Y (signed: negative for a decrease); null for a percentage-only claim. */
  change: DecimalStringSchema.nullable(),
  unit: MetricMoneyUnitSchema,
  direction: z.enum(['increase', 'decrease', 'same']),
  /** `amount`: X ∓ Y, exact. `percent`: X ÷ (1 ± Z%), rounded to X's decimals (the text gave no amount). */
  derivedFrom: z.enum(['amount', 'percent', 'same']),
  /** The stated percentage Z, if any. */
  statedPct: DecimalStringSchema.nullable(),
  /** Y ÷ prior × 100, to the stated percentage's decimals (or 2); null when it cannot be computed (prior 0). */
  impliedPct: DecimalStringSchema.nullable(),
  formula: z.string(),
  explanation: LocalisedSchema,
  claim: ClaimRefSchema.nullable(),
  notes: z.array(LocalisedSchema),
});
export type PriorYearMetric = z.infer<typeof PriorYearMetricSchema>;

export const MetricSchema = z.discriminatedUnion('kind', [RatioMetricSchema, PriorYearMetricSchema]);
export type Metric = z.infer<typeof MetricSchema>;

/** What could not be computed and why (the integrator may surface these as report warnings). */
export const SkippedMetricSchema = z.object({ id: z.string(), reason: LocalisedSchema });
export type SkippedMetric = z.infer<typeof SkippedMetricSchema>;

/** JSON Schema of the report's `metrics` array (for schema/report.schema.json and external readers). */
export function metricsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(z.array(MetricSchema), { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
