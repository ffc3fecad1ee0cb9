/**
 * Narrative (stage 5): the project rows of the 项目支出预算表 — the leaves, without the 合计 row and the department /
 * unit rows that sum the projects below them (a multi-unit department prints 部门 → 单位 → 项目). A row is a group
 * row when it is named like an organisation and the projects below it add up to it exactly. Read-only over the model; it checks nothing.
 */
import Decimal from 'decimal.js';
import type { BudgetDocument, BudgetTable, Row } from '../model/budget-document';
import { halfUnit } from '../money/rounding';

export interface ProjectRow {
  table: BudgetTable;
  row: Row;
  /** Column index and value of the row's total (合计) column. */
  col: number;
  value: Decimal | null;
  decimals: number;
}

function totalKey(t: BudgetTable): { key: string; index: number } | null {
  const c = t.columns.find((x) => x.role === 'total') ?? t.columns.find((x) => x.role === 'amount');
  return c ? { key: c.key, index: c.index } : null;
}

// Department / unit rows are named like organisations; projects are named for what the money does.
const ORG_NAME_RE = /(局|委员会|委|办公室|办|中心|站|所|院|队|馆|处|厅|部|社|学校|医院|政府|本级)$/u;

/** Leaf project rows of one project table, in order. */
export function projectLeaves(t: BudgetTable): ProjectRow[] {
  const k = totalKey(t);
  if (!k) return [];
  const rows = t.rows.filter((r) => !r.isTotal && r.name.trim() !== '');
  const v = (r: Row) => r.amounts[k.key] ?? null;
  const candidate = rows.map((r) => ORG_NAME_RE.test(r.name.replace(/[\s()（）]+/gu, '')));
  const group = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const target = v(rows[i] as Row);
    if (!candidate[i] || !target) continue;
    // A unit row sums the projects up to the next unit row; a department row sums every project below it.
    // Within the rounding of the printed rows (n + 1 half units), as every sum in the checks.
    const half = (r: Row) => halfUnit(r.decimals[k.key] ?? 0);
    let untilNext = { sum: new Decimal(0), tol: half(rows[i] as Row) };
    let all = { sum: new Decimal(0), tol: half(rows[i] as Row) };
    let reachedNext = false;
    for (let j = i + 1; j < rows.length; j++) {
      if (candidate[j]) {
        reachedNext = true;
        continue;
      }
      const r = rows[j] as Row;
      const x = v(r) ?? new Decimal(0);
      all = { sum: all.sum.plus(x), tol: all.tol.plus(half(r)) };
      if (!reachedNext) untilNext = { sum: untilNext.sum.plus(x), tol: untilNext.tol.plus(half(r)) };
    }
    const fits = (g: { sum: Decimal; tol: Decimal }) => !g.sum.isZero() && g.sum.minus(target).abs().lte(g.tol);
    if (fits(untilNext) || fits(all)) group.add(i);
  }
  return rows
    .filter((_, i) => !group.has(i))
    .map((row) => {
      const value = v(row);
      return { table: t, row, col: k.index, value, decimals: value === null ? 0 : (row.decimals[k.key] ?? 0) };
    });
}

/** Project rows of this year's project table (表12) and, separately, the carry-over one (表13). */
export function projectRowsOf(doc: BudgetDocument): { current: ProjectRow[]; carryover: ProjectRow[] } {
  const of = (kind: BudgetTable['kind']) =>
    doc.tables.filter((t) => t.kind === kind && !t.empty).flatMap((t) => projectLeaves(t));
  return { current: of('budget.projects'), carryover: of('budget.projects-carryover') };
}
