/**
 * Model (stage 4): the typed BudgetDocument every later stage (narrative, checks, metrics, report) reads.
 * zod validates it once where it is built (the boundary); inside the pipeline the inferred types are trusted.
 * Amounts are decimal.js `Decimal` in the unit printed on the table (`unit` says which) — never JS numbers.
 * This module holds shapes and small accessors only; it must not recognise, parse or check anything.
 */
import Decimal from 'decimal.js';
import { z } from 'zod';
import { ColumnRoleSchema, MeasureSchema, SideSchema } from './column-roles';
import { TableKindSchema } from './table-kinds';

export const MoneyUnitSchema = z.enum(['元', '万元', '亿元']);
export type MoneyUnitName = z.infer<typeof MoneyUnitSchema>;

export const DecimalSchema = z.instanceof(Decimal);

/** Where a value lives on screen (mirrors lib/extract/types Anchor; kept structural so the model has no DOM types). */
export const AnchorSchema = z.union([
  z.object({ kind: z.literal('html'), table: z.number().int(), row: z.number().int(), cell: z.number().int() }),
  z.object({
    kind: z.literal('pdf'),
    page: z.number().int(),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  }),
  z.object({ kind: z.literal('html-block'), block: z.number().int() }),
]);

export const ColumnSchema = z.object({
  /** Grid column index (0-based). */
  index: z.number().int().nonnegative(),
  role: ColumnRoleSchema,
  /** Unique within the table; the key of this column's value in every row's `amounts`. `[side.]role[.measure][#n]`. */
  key: z.string(),
  /** Header texts above this column, outermost first (merged group headers repeated on each column they span). */
  header: z.array(z.string()),
  side: SideSchema.optional(),
  /**
   * Two-sided tables whose side prints several label + amount blocks (支出 by 功能分类 | by 支出用途, or 功能 | 部门经济 |
   * 政府经济 分类): which block of its side the column belongs to, 0 for the first. Absent on one-block sides.
   */
  block: z.number().int().nonnegative().optional(),
  measure: MeasureSchema.optional(),
  /**
   * Tables printing several years side by side (2025年 | 2026年 | 增减变化): the document's year (`current`), an
   * earlier one (`prior`), or the change between them. Absent where the table prints one period.
   */
  period: z.enum(['current', 'prior', 'change']).optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const LevelSchema = z.enum(['class', 'section', 'item']);
/** 类 (3-digit function / 3-digit economic code), 款 (5), 项 (7). */
export type Level = z.infer<typeof LevelSchema>;

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Column key → value maps: every row of every table has two, so they are checked by one plain loop each instead of
 * zod's per-key machinery (the same rule, a fraction of the cost when a page is analysed).
 */
const AmountsSchema = z.custom<Record<string, Decimal | null>>(
  (v) => isPlainRecord(v) && Object.values(v).every((x) => x === null || x instanceof Decimal),
  { message: 'amounts: each value must be a Decimal or null' },
);
const DecimalsSchema = z.custom<Record<string, number>>(
  (v) => isPlainRecord(v) && Object.values(v).every((x) => Number.isInteger(x) && (x as number) >= 0),
  { message: 'decimals: each value must be a non-negative integer' },
);

const rowCore = {
  /** Classification code, digits only, split columns joined (`208 05 05` → `2080505`); as printed, never corrected. */
  code: z.string().optional(),
  /** From the code length; absent when the code is missing or has an unexpected length (a misprint is a finding). */
  level: LevelSchema.optional(),
  name: z.string(),
  /** 合计 / 总计 / 小计 / 本年收入合计 … rows. */
  isTotal: z.boolean(),
  /** Column key → amount in the table's unit; null when the cell is blank, a dash or not a number. */
  amounts: AmountsSchema,
  /** Column key → digits printed after the decimal point (rounding bounds); only for non-null amounts. */
  decimals: DecimalsSchema,
};

const BlockRowSchema = z.object(rowCore);

export const SideRowSchema = z.object({
  ...rowCore,
  /** The side's further blocks (Column.block 1, 2 …) read on their own: their label and amounts, keyed as the side's. */
  blocks: z.array(BlockRowSchema).optional(),
});
export type SideRow = z.infer<typeof SideRowSchema>;

export const RowSchema = z.object({
  /** Index of the row in the table's grid (header rows included). */
  gridRow: z.number().int().nonnegative(),
  ...rowCore,
  /**
   * A row of an organisation rather than a 科目 (部门 → 单位 rows, 313001 无锡市交通运输局(本级)): the unit's code as
   * printed, '' when none. Such a row sums the 科目 rows under it; it has no `code`.
   */
  unit: z.string().optional(),
  /** 三公 tables printed with one row per item (Shanxi): which item the row is (outbound, reception, vehicle …). */
  item: ColumnRoleSchema.optional(),
  /** Two-sided tables only: the row read per side, amounts keyed by role (without the side prefix). */
  sides: z.partialRecord(SideSchema, SideRowSchema).optional(),
});
export type Row = z.infer<typeof RowSchema>;

export const TableSchema = z.object({
  /** Position in ExtractedDocument.tables. */
  index: z.number().int().nonnegative(),
  kind: TableKindSchema,
  /** How the kind was decided: from the title, the header, or the body content. */
  kindBy: z.enum(['title', 'header', 'content', 'none']),
  title: z.string().nullable(),
  /** Unit the amounts are printed in; null when the table states none (then `unitFrom` says what was assumed). */
  unit: MoneyUnitSchema.nullable(),
  unitFrom: z.enum(['meta', 'document', 'none']),
  meta: z.array(z.string()),
  notes: z.array(z.string()),
  columns: z.array(ColumnSchema),
  /** Grid rows forming the header (including an index row `1 2 3 …` when there is one). */
  headerRows: z.number().int().nonnegative(),
  /** Grid row index of the index row, if any. */
  indexRow: z.number().int().nullable(),
  twoSided: z.boolean(),
  rows: z.array(RowSchema),
  /** No amount cell holds a number. */
  empty: z.boolean(),
  /** A note says the table is empty on purpose (本表无数据 / 故本表为空表). */
  emptyNote: z.boolean(),
});
export type BudgetTable = z.infer<typeof TableSchema>;

export const StaffCountsSchema = z.object({
  /** 核定编制 (authorised posts). */
  authorised: z.number().int().nullable(),
  /** 实有 / 在职人数 (people actually employed). */
  actual: z.number().int().nullable(),
  /** 内设机构/职能部门数. */
  departments: z.number().int().nullable(),
  /** 所属预算单位数. */
  units: z.number().int().nullable(),
});
export type StaffCounts = z.infer<typeof StaffCountsSchema>;

export const SectionSchema = z.object({
  heading: z.string(),
  /** 1 for 第X部分, 2 for 一、…, 3 for （一）… */
  level: z.number().int().min(1).max(3),
  text: z.string(),
  anchor: AnchorSchema.nullable(),
});
export type Section = z.infer<typeof SectionSchema>;

export const DocumentInfoSchema = z.object({
  organisation: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: z.enum(['budget', 'final']).nullable(),
  scope: z.enum(['department', 'unit']).nullable(),
  /** The unit most amount tables are printed in. */
  unit: MoneyUnitSchema.nullable(),
  /** The unit the narrative states amounts in (the one most often written after a number). */
  narrativeUnit: MoneyUnitSchema.nullable(),
  staff: z.object({
    /** From the 整体支出绩效目标表 (form cells). */
    table: StaffCountsSchema.nullable(),
    /** From the 机构设置 narrative. */
    narrative: StaffCountsSchema.nullable(),
  }),
  sections: z.array(SectionSchema),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

export const BudgetDocumentSchema = z.object({
  document: DocumentInfoSchema,
  tables: z.array(TableSchema),
  warnings: z.array(z.string()),
});
export type BudgetDocument = z.infer<typeof BudgetDocumentSchema>;
