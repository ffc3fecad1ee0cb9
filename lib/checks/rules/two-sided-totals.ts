/**
 * Rule (stage 6): the totals of a two-sided table (收支总表, 财政拨款收支总表): 本年收入合计 = Σ sources (and each
 * source = Σ its sub-items), 收入总计 = 本年收入合计 + 上年结转, 本年支出合计 = Σ function classes, 支出总计 =
 * 本年支出合计 + 结转, and 收入总计 = 支出总计. Reads the model only.
 */
import type { BudgetDocument, BudgetTable, Column } from '../../model/budget-document';
import type { CheckContext, Term } from '../define-check';
import { defineCheck } from '../define-check';
import { amountColumns, columnLabel, tableLabel, termAt } from '../table-access';
import { type Line, readTwoSided } from '../two-sided';

function term(doc: BudgetDocument, table: BudgetTable, line: Line, col: Column, label?: string): Term {
  return termAt(doc, table, line.row, col, label ?? line.name, { side: line.side });
}

function hasAny(lines: readonly Line[], col: Column): boolean {
  const key = col.key.slice((col.side?.length ?? 0) + 1);
  return lines.some((l) => (l.side.amounts[key] ?? null) !== null);
}

function check(
  ctx: CheckContext,
  doc: BudgetDocument,
  table: BudgetTable,
  stated: Line | null,
  terms: Line[],
  col: Column,
  what: { zh: string; en: string },
): void {
  if (!stated || !hasAny([stated, ...terms], col)) return;
  ctx.compare({
    what: {
      zh: `${tableLabel(table)} ${what.zh}（${columnLabel(col)}）`,
      en: `${tableLabel(table)}: ${what.en} (${columnLabel(col)})`,
    },
    stated: term(doc, table, stated, col),
    terms: terms.map((l) => term(doc, table, l, col)),
  });
}

export default defineCheck({
  id: 'two-sided-totals',
  title: { zh: '收支总表的合计与总计', en: 'Totals of the income/expenditure summary' },
  explain: {
    zh: '收支总表中：本年收入合计 = 各项收入之和；收入总计 = 本年收入合计 + 上年结转；本年支出合计 = 各功能分类支出之和；收入总计 = 支出总计。',
    en: 'In a two-sided summary: this year’s income = Σ sources; total income = this year’s income + carry-over; this year’s spending = Σ function classes; total income = total spending.',
  },
  formula: '本年收入合计 = Σ来源；收入总计 = 本年收入合计 + 上年结转 = 支出总计；本年支出合计 = Σ类',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.empty) continue;
      const ts = readTwoSided(table);
      if (!ts) continue;
      for (const col of amountColumns(table, ts.incomeSide)) {
        for (const s of ts.sources)
          if (s.children.length > 0)
            check(ctx, doc, table, s, s.children, col, {
              zh: `“${s.name}” = Σ 其下各项`,
              en: `"${s.name}" = Σ sub-items`,
            });
        const [carry] = ts.carry;
        if (carry && ts.carry.length === 1 && ts.carryChildren.length > 0)
          check(ctx, doc, table, carry, ts.carryChildren, col, {
            zh: `“${carry.name}” = Σ 其下各项`,
            en: `"${carry.name}" = Σ sub-items`,
          });
        const subtotal = ts.incomeSubtotal;
        if (subtotal) {
          check(ctx, doc, table, subtotal, ts.sources, col, {
            zh: '本年收入合计 = Σ 各项收入',
            en: 'income this year = Σ sources',
          });
          check(ctx, doc, table, ts.incomeGrand, [subtotal, ...ts.carry], col, {
            zh: '收入总计 = 本年收入合计 + 上年结转',
            en: 'total income = income this year + carry-over',
          });
        } else
          check(ctx, doc, table, ts.incomeGrand, [...ts.sources, ...ts.carry], col, {
            zh: '收入总计 = Σ 各项收入 + 上年结转',
            en: 'total income = Σ sources + carry-over',
          });
      }
      for (const col of amountColumns(table, ts.expenditureSide)) {
        const subtotal = ts.expenditureSubtotal;
        if (subtotal) {
          check(ctx, doc, table, subtotal, ts.classes, col, {
            zh: '本年支出合计 = Σ 各类支出',
            en: 'spending this year = Σ classes',
          });
          check(ctx, doc, table, ts.expenditureGrand, [subtotal, ...ts.expenditureAfter], col, {
            zh: '支出总计 = 本年支出合计 + 结转',
            en: 'total spending = spending this year + carried forward',
          });
        } else
          check(ctx, doc, table, ts.expenditureGrand, [...ts.classes, ...ts.expenditureAfter], col, {
            zh: '支出总计 = Σ 各类支出',
            en: 'total spending = Σ classes',
          });
      }
      // 收入总计 = 支出总计: the income amount against the expenditure side's total (or only) column.
      const inc = amountColumns(table, ts.incomeSide)[0];
      const expCols = amountColumns(table, ts.expenditureSide);
      const exp = expCols.find((c) => c.role === 'total') ?? expCols.find((c) => c.role === 'amount') ?? expCols[0];
      if (inc && exp && ts.incomeGrand && ts.expenditureGrand) {
        const stated = term(doc, table, ts.incomeGrand, inc, '收入总计');
        const spent = term(doc, table, ts.expenditureGrand, exp, '支出总计');
        if (!(stated.blank && spent.blank))
          ctx.compare({
            what: {
              zh: `${tableLabel(table)} 收入总计 = 支出总计`,
              en: `${tableLabel(table)}: total income = total spending`,
            },
            stated,
            terms: [spent],
          });
      }
    }
  },
});
