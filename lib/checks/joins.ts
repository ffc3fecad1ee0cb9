/**
 * Checks (stage 6): how tables meet — a table's 合计 row, its rows by code, a column by role, function classes by
 * name, and the cross-table comparison every chain rule uses (one stated cell in one table against cells of
 * another, through the shared rounding helper, with units converted). Read-only over the model.
 */
import Decimal from 'decimal.js';
import type { BudgetDocument, BudgetTable, Column, Row, SideRow } from '../model/budget-document';
import type { ColumnRole } from '../model/column-roles';
import { halfUnit } from '../money/rounding';
import type { CheckContext, Localised, Term } from './define-check';
import { columnFor, tableLabel, termAt } from './table-access';
import { compareSum } from './tolerance';
import { stripNumbering } from './two-sided';

/** The table's 合计 row: the first total row without a code; for tables printed without one (项目支出表: the
 * department row comes first), the first row when it is the largest in the total column. */
export function totalRow(table: BudgetTable): Row | null {
  const t = table.rows.find((r) => r.isTotal && !r.code);
  if (t) return t;
  // A table of one unlabelled row (江苏 支出预算总表: 合计 | 基本支出 | 项目支出 over one line of figures) is its total.
  const labelled = table.columns.some((c) => c.role === 'name' || c.role === 'code' || c.role.startsWith('code.'));
  if (!labelled && table.rows.length === 1 && table.rows[0]!.name.trim() === '') return table.rows[0]!;
  if (table.kind === 'budget.projects' || table.kind === 'budget.projects-carryover') {
    const col = columnFor(table, 'total') ?? columnFor(table, 'amount');
    const first = table.rows[0];
    if (!col || !first) return null;
    const v = first.amounts[col.key];
    if (!v) return null;
    const max = table.rows.every((r) => {
      const x = r.amounts[col.key];
      return !x || x.lte(v);
    });
    return max ? first : null;
  }
  return null;
}

/** Rows by printed code (first occurrence). */
export function rowsByCode(table: BudgetTable): Map<string, Row> {
  const m = new Map<string, Row>();
  for (const r of table.rows) if (r.code && !m.has(r.code)) m.set(r.code, r);
  return m;
}

export function normName(name: string): string {
  return stripNumbering(name).replace(/[()（）“”"、，,.·]/gu, '');
}

/** The column holding a table's main amount: 合计, else a single 金额 column, else the only amount column. */
export function mainColumn(table: BudgetTable): Column | null {
  return columnFor(table, 'total') ?? columnFor(table, 'amount') ?? null;
}

export interface Side2 {
  table: BudgetTable;
  row: Row;
  col: Column;
  label: string;
  /** Two-sided tables: the side row the amount is read from. */
  sideRow?: SideRow;
}

/** Whether either cell prints a number (two blanks say nothing). */
export function anyPrinted(...cells: Side2[]): boolean {
  return cells.some((c) => (c.row.amounts[c.col.key] ?? null) !== null);
}

/**
 * stated (one cell) = Σ terms (cells of other tables). Skips when a table has no unit at all (元 vs 万元 unknown).
 */
export function compareAcross(
  doc: BudgetDocument,
  ctx: CheckContext,
  what: Localised,
  stated: Side2,
  terms: Side2[],
  opts: { severity?: 'error' | 'warning' | 'info'; note?: Localised } = {},
): void {
  if ([stated, ...terms].some((c) => c.table.unit === null && doc.document.unit === null)) return;
  const t = (c: Side2): Term => termAt(doc, c.table, c.row, c.col, c.label, c.sideRow ? { side: c.sideRow } : {});
  const st = t(stated);
  const ts = terms.map(t);
  const c = compareSum(st, ts);
  // A class printed as the sum of its rounded items (支出决算表 208 = Σ 项 = 326.72 where the 总表 prints the rounded
  // class, 326.71) is that sum's rounding, not the class's: the bound is a half unit per item it adds up.
  if (c.verdict === 'mismatch' && ts.every((x) => x.unit === st.unit)) {
    const bound = [stated, ...terms].reduce((acc, x) => acc + (summedParts(x) ?? 1), 0);
    const half = halfUnit(Math.max(st.decimals, ...ts.map((x) => x.decimals)));
    if (bound > terms.length + 1) {
      ctx.compare({
        what,
        stated: st,
        terms: ts,
        ...opts,
        widerBound: {
          tolerance: half.times(bound),
          why: {
            zh: '（其中一表的该数是其下各项四舍五入后相加所得，误差按各项计。）',
            en: '(One table prints this as the sum of its rounded items; the bound counts each item.)',
          },
        },
      });
      return;
    }
  }
  ctx.compare({ what, stated: st, terms: ts, ...opts });
}

/**
 * How many printed items a cell is the exact sum of, when it is a 类 or 款 row whose children (by code) in its own
 * column add up to it to the last digit and there are at least two of them; null otherwise.
 */
function summedParts(c: Side2): number | null {
  const row = c.sideRow ?? c.row;
  const code = row.code;
  if (!code || (code.length !== 3 && code.length !== 5) || c.sideRow) return null;
  const key = c.col.key;
  const v = row.amounts[key];
  if (!v) return null;
  const kids = c.table.rows.filter(
    (r) => r.code && r.code.length === code.length + 2 && r.code.startsWith(code) && (r.amounts[key] ?? null) !== null,
  );
  if (kids.length === 0) return null;
  const sum = kids.reduce((acc, r) => acc.plus(r.amounts[key]!), new Decimal(0));
  if (!sum.eq(v)) return null;
  // Items that are sums themselves count with their own items (208 → its one 款 20805 → four 项).
  const n = kids.reduce((acc, r) => acc + (summedParts({ ...c, row: r }) ?? 1), 0);
  return n >= 2 ? n : null;
}

/**
 * Where the tables allow more than one reading of how they meet (重庆 folds each fund's 上年结转 into the 收入总表
 * column that the 财政拨款收支总表 prints apart), the first reading whose amounts agree is compared — reported as a
 * pass — and when none does, the first reading is reported.
 */
export function compareFirstHolding(
  doc: BudgetDocument,
  ctx: CheckContext,
  what: Localised,
  readings: { stated: Side2; terms: Side2[] }[],
  opts: { severity?: 'error' | 'warning' | 'info'; note?: Localised } = {},
): void {
  const t = (c: Side2): Term => termAt(doc, c.table, c.row, c.col, c.label, c.sideRow ? { side: c.sideRow } : {});
  const pick = readings.find((r) => compareSum(t(r.stated), r.terms.map(t)).verdict !== 'mismatch') ?? readings[0];
  if (pick) compareAcross(doc, ctx, what, pick.stated, pick.terms, opts);
}

/** `表名 行 列` label for cross-table formulas. */
export function cellLabel(table: BudgetTable, row: Row, col: Column): string {
  const r = row.code ?? (row.name || '合计');
  const c = col.header[col.header.length - 1] ?? col.role;
  return `${tableLabel(table).slice(0, 12)}[${r}·${c.replace(/\s+/gu, '')}]`;
}

export function side(table: BudgetTable, row: Row, role: ColumnRole): Side2 | null {
  const col = columnFor(table, role);
  return col ? { table, row, col, label: cellLabel(table, row, col) } : null;
}
