/**
 * Rule (stage 6): 类 = Σ款 and 款 = Σ项 in every amount column of a classified table, by code prefix (not by
 * position). Economic tables without printed codes group items under their class row. Reads the model only.
 */
import { defineCheck } from '../define-check';
import { treeOf } from '../hierarchy';
import { amountColumns, columnLabel, rowLabel, tableLabel, termAt } from '../table-access';

export default defineCheck({
  id: 'code-hierarchy',
  scope: 'table',
  title: { zh: '类 = Σ款，款 = Σ项', en: 'Class = Σ sections, section = Σ items' },
  explain: {
    zh: '功能分类和经济分类科目按编码前缀逐级汇总：每个“类”等于其下各“款”之和，每个“款”等于其下各“项”之和。允许四舍五入误差。',
    en: 'Classification codes roll up by prefix: each class (3 digits) equals the sum of its sections (5 digits), each section the sum of its items (7 digits). Rounding gaps are allowed.',
  },
  formula: '类 = Σ 款；款 = Σ 项',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.empty || table.twoSided) continue;
      const tree = treeOf(table);
      if (!tree.coded) continue;
      const cols = amountColumns(table);
      for (const parent of tree.parents) {
        for (const col of cols) {
          const vals = [parent, ...parent.children].map((n) => n.row.amounts[col.key] ?? null);
          if (vals.every((v) => v === null)) continue;
          ctx.compare({
            what: {
              zh: `${tableLabel(table)}「${rowLabel(parent.row)}」${columnLabel(col)}（下级科目之和）`,
              en: `${tableLabel(table)}, "${rowLabel(parent.row)}", ${columnLabel(col)} (sum of its sub-items)`,
            },
            stated: termAt(doc, table, parent.row, col, parent.derived ? parent.row.name : parent.code),
            terms: parent.children.map((n) => termAt(doc, table, n.row, col, n.derived ? n.row.name : n.code)),
          });
        }
      }
    }
  },
});
