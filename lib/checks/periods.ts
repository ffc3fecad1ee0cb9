/**
 * Checks support: the columns of a table printed once per period (上年 | 本年 | 增减, each over the same heads) and
 * how they pair up — by role and by the header under the period's own heading, never by position.
 */
import type { BudgetTable, Column } from '../model/budget-document';

const PERIOD_HEAD_RE = /^\d{4}年|^上年|^本年|^当年|增减|变化|比上年|同比/u;

/** The column's place under its period heading: the same for 2020年·合计, 2021年·合计 and 增减变化情况·合计. */
export function periodSlot(c: Column): string {
  const i = c.header.findIndex((h) => PERIOD_HEAD_RE.test(h.normalize('NFKC')));
  return `${c.role}|${c.side ?? ''}|${c.header.slice(i + 1).join('/')}`;
}

export function columnAt(table: BudgetTable | undefined, col: number): Column | undefined {
  return table?.columns.find((c) => c.index === col);
}
