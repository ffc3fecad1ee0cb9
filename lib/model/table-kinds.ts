/**
 * Model (stage 4) vocabulary: the kinds of table a disclosure contains. Ids are stable: the report schema,
 * checks and the UI key on them, so never rename one (add a new id instead). No logic lives here.
 */
import { z } from 'zod';

/** National-template budget tables (表1–表13 of the Shanxi seeds; the Shanghai 9-table set maps onto them). */
export const BUDGET_TABLE_KINDS = [
  'budget.summary',
  'budget.income',
  'budget.expenditure',
  'budget.fiscal-summary',
  'budget.general-public',
  'budget.basic-economic',
  'budget.gov-fund-income',
  'budget.gov-fund',
  'budget.state-capital',
  'budget.three-public',
  'budget.admin-operating',
  'budget.projects',
  'budget.projects-carryover',
  'budget.performance',
  'budget.org-performance',
  // Regional templates' tables of their own (added later; ids are stable like the others).
  'budget.general-public-economic', // 一般公共预算支出表（按经济分类）
  'budget.basic-function', // 一般公共预算基本支出表（按功能分类）
  'budget.fiscal-expenditure', // 财政拨款支出表（功能科目）
  'budget.fiscal-basic-economic', // 财政拨款基本支出表（经济科目）
  'budget.expenditure-economic', // 部门支出经济分类情况表
  'budget.procurement', // 政府采购预算表
] as const;

/** Final-accounts (决算) tables. */
export const FINAL_TABLE_KINDS = [
  'final.summary',
  'final.income',
  'final.expenditure',
  'final.fiscal-summary',
  'final.general-public',
  'final.basic-economic',
  'final.projects',
  'final.three-public',
  'final.gov-fund',
  'final.state-capital',
  'final.admin-operating',
] as const;

export const TABLE_KINDS = [...BUDGET_TABLE_KINDS, ...FINAL_TABLE_KINDS, 'toc', 'other'] as const;

export const TableKindSchema = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKindSchema>;

const FINAL_KIND_SET: ReadonlySet<string> = new Set(FINAL_TABLE_KINDS);

/** The 决算 table of a budget table's kind (budget.income → final.income); null where 决算 print none. */
export function finalCounterpart(kind: TableKind): TableKind | null {
  const f = kind.replace(/^budget\./u, 'final.');
  return FINAL_KIND_SET.has(f) ? (f as TableKind) : null;
}

/** Tables normally printed as two sides (收入 | 支出, or 人员经费 | 公用经费 in the final basic-expenditure table); recognise
 * detects sides on every table from its header, this list documents the usual ones. */
export const TWO_SIDED_KINDS: ReadonlySet<TableKind> = new Set([
  'budget.summary',
  'budget.fiscal-summary',
  'final.summary',
  'final.fiscal-summary',
  'final.basic-economic',
]);

/** Tables whose codes are economic-classification codes (301, 30101) rather than function codes (208, 20805, 2080505). */
export const ECONOMIC_CODE_KINDS: ReadonlySet<TableKind> = new Set([
  'budget.basic-economic',
  'final.basic-economic',
  'budget.general-public-economic',
  'budget.fiscal-basic-economic',
  'budget.expenditure-economic',
]);

/**
 * The same table by the other classification: a table whose codes say it is by economic class (301, 30101) when its
 * title was read as by function, or the reverse, takes the kind its codes confirm.
 */
export const BY_ECONOMIC: Readonly<Partial<Record<TableKind, TableKind>>> = {
  'budget.general-public': 'budget.general-public-economic',
  'budget.basic-function': 'budget.basic-economic',
  'budget.fiscal-expenditure': 'budget.fiscal-basic-economic',
  'budget.expenditure': 'budget.expenditure-economic',
};
export const BY_FUNCTION: Readonly<Partial<Record<TableKind, TableKind>>> = {
  'budget.general-public-economic': 'budget.general-public',
  'budget.basic-economic': 'budget.basic-function',
  'budget.fiscal-basic-economic': 'budget.fiscal-expenditure',
  'budget.expenditure-economic': 'budget.expenditure',
};

/** Kinds whose grid is a form (label/value cells), not an amount table: no typed rows are built for them. */
export const FORM_KINDS: ReadonlySet<TableKind> = new Set([
  'budget.performance',
  'budget.org-performance',
  'toc',
  'other',
]);

export function isStatementKind(kind: TableKind): boolean {
  return kind !== 'toc' && kind !== 'other';
}
