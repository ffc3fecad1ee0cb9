/**
 * Rule (stage 6): the 合计 row of a classified table equals the sum of its 类 rows, in every amount column
 * (economic tables: 合计 = 301 + 302 + 303 + …). Reads the model only.
 */
import { defineCheck } from '../define-check';
import { treeOf } from '../hierarchy';
import { amountColumns, columnLabel, rowLabel, tableLabel, termAt } from '../table-access';

export default defineCheck({
  id: 'column-total',
  scope: 'table',
  title: { zh: '合计行 = Σ类', en: 'Total row = Σ classes' },
  explain: {
    zh: '表中“合计”行的每一列应等于各“类”级科目之和（经济分类表：工资福利支出 + 商品和服务支出 + 对个人和家庭的补助 + …）。允许四舍五入误差。',
    en: 'Each column of the total row equals the sum of the class-level rows (economic tables: wages + goods and services + transfers to households + …). Rounding gaps are allowed.',
  },
  formula: '合计 = Σ 类',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.empty || table.twoSided) continue;
      const tree = treeOf(table);
      const cols = amountColumns(table);
      for (const sum of tree.sums) {
        for (const col of cols) {
          const vals = [sum.total, ...sum.parts.map((p) => p.row)].map((r) => r.amounts[col.key] ?? null);
          if (vals.every((v) => v === null)) continue;
          const units = sum.parts.some((p) => p.row.unit !== undefined);
          ctx.compare({
            what: {
              zh: `${tableLabel(table)}「${rowLabel(sum.total)}」${columnLabel(col)}（${units ? '各单位之和' : '各类之和'}）`,
              en: `${tableLabel(table)}, "${rowLabel(sum.total)}", ${columnLabel(col)} (${units ? 'sum of the units' : 'sum of the classes'})`,
            },
            stated: termAt(doc, table, sum.total, col, sum.total.name || '合计'),
            terms: sum.parts.map((p) => termAt(doc, table, p.row, col, p.label)),
          });
        }
      }
    }
  },
});
