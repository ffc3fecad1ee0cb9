/**
 * Rule (stage 6): in a 决算 table that prints a fund's balances beside its flows (政府性基金 / 国有资本经营预算财政拨款
 * 收入支出决算表: 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余), every row carries its money over:
 * 年末 = 年初 + 本年收入 − 本年支出. The spending column is the total under 本年支出 (小计) or the table's one total.
 * Columns found by role, never by position; a table printing several of one role is left alone (which pairs with
 * which is not read). Reads the model only; compares through the shared rounding helper.
 */
import type { BudgetTable, Column } from '../../model/budget-document';
import { defineCheck } from '../define-check';
import { amountRows, rowLabel, tableLabel, termAt } from '../table-access';

function only(table: BudgetTable, pick: (c: Column) => boolean): Column | null {
  const cols = table.columns.filter(pick);
  return cols.length === 1 ? (cols[0] ?? null) : null;
}

function spendingOf(table: BudgetTable): Column | null {
  const under = only(table, (c) => c.role === 'total' && c.header.some((h) => /本年支出|支出/u.test(h)));
  return under ?? only(table, (c) => c.role === 'total');
}

export default defineCheck({
  id: 'fund-balance',
  scope: 'table',
  title: {
    zh: '年初结转结余 + 本年收入 = 本年支出 + 年末结转结余',
    en: 'Opening balance + income = spending + closing balance',
  },
  explain: {
    zh: '决算表同时列出年初结转和结余、本年收入、本年支出和年末结转和结余时，每一行都应满足：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。',
    en: 'Where a final-accounts table prints the opening balance, this year’s income and spending and the closing balance, every row must carry over: closing = opening + income − spending.',
  },
  formula: '年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.empty || table.twoSided) continue;
      const opening = only(table, (c) => c.role === 'opening-balance');
      const income = only(table, (c) => c.role === 'current-income');
      const closing = only(table, (c) => c.role === 'closing-balance');
      const spending = spendingOf(table);
      if (!opening || !income || !closing || !spending) continue;
      for (const row of amountRows(table)) {
        if ([opening, income, spending, closing].every((c) => (row.amounts[c.key] ?? null) === null)) continue;
        ctx.compare({
          what: {
            zh: `${tableLabel(table)}「${rowLabel(row)}」行 年末结转和结余（年初 + 本年收入 − 本年支出）`,
            en: `${tableLabel(table)}, row "${rowLabel(row)}": closing balance (opening + income − spending)`,
          },
          stated: termAt(doc, table, row, closing, '年末结转和结余'),
          terms: [
            termAt(doc, table, row, opening, '年初结转和结余'),
            termAt(doc, table, row, income, '本年收入'),
            termAt(doc, table, row, spending, '本年支出', { negate: true }),
          ],
        });
      }
    }
  },
});
