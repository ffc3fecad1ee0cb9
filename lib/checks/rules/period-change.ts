/**
 * Rule (stage 6): a table that prints last year, this year and the change between them (西安: 2020年 | 2021年 |
 * 增减变化情况, each over the same columns) — every change cell = this year − last year, column by column. Columns
 * are paired by role and by the header under the period heading, never by position. Percent changes (增长率, %) are
 * not amounts and are left alone. Reads the model only; compares through the shared rounding helper.
 */
import type { Column } from '../../model/budget-document';
import { defineCheck } from '../define-check';
import { periodSlot as slot } from '../periods';
import { amountRows, columnLabel, rowLabel, tableLabel, termAt } from '../table-access';

const PERCENT_RE = /%|％|率|幅度|百分/u;

export default defineCheck({
  id: 'period-change',
  scope: 'table',
  title: { zh: '增减 = 本年 − 上年', en: 'Change = this year − last year' },
  explain: {
    zh: '表中同时列出上年数、本年数和增减数时，每一个增减数应等于本年数减上年数。',
    en: 'Where a table prints last year, this year and the change, each change equals this year minus last year.',
  },
  formula: '增减 = 本年 − 上年',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.empty) continue;
      const by = (p: Column['period']) =>
        new Map(
          table.columns.filter((c) => c.period === p && !PERCENT_RE.test(c.header.join(''))).map((c) => [slot(c), c]),
        );
      const current = by('current');
      const prior = by('prior');
      for (const [key, change] of by('change')) {
        const now = current.get(key);
        const before = prior.get(key);
        if (!now || !before) continue;
        for (const row of amountRows(table)) {
          if ([change, now, before].every((c) => (row.amounts[c.key] ?? null) === null)) continue;
          ctx.compare({
            what: {
              zh: `${tableLabel(table)}「${rowLabel(row)}」行 ${columnLabel(change)}（增减 = 本年 − 上年）`,
              en: `${tableLabel(table)}, row "${rowLabel(row)}", change in ${columnLabel(change)} (this year − last year)`,
            },
            stated: termAt(doc, table, row, change, `增减·${columnLabel(change)}`),
            terms: [
              termAt(doc, table, row, now, `本年·${columnLabel(now)}`),
              termAt(doc, table, row, before, `上年·${columnLabel(before)}`, { negate: true }),
            ],
          });
        }
      }
    }
  },
});
