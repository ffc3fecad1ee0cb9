/**
 * Rule (stage 6): in every amount table, each row's total column equals its parts as the header defines them —
 * sources, 基本+项目, 当年预算安排+上年结转安排, 人员经费+公用经费, the 财政拨款 sub-total, 三公 = 出国+车+接待.
 * Reads the model only; compares through the shared rounding helper.
 */
import { defineCheck } from '../define-check';
import { settledIdentities } from '../row-identities';
import { columnLabel, rowLabel, tableLabel } from '../table-access';

export default defineCheck({
  id: 'row-parts',
  scope: 'table',
  title: { zh: '行内合计 = 各分项', en: 'Row total = its parts' },
  explain: {
    zh: '每一行的合计数应等于表头所列各组成部分之和（如基本支出 + 项目支出、各资金来源、人员经费 + 公用经费）。允许四舍五入误差。',
    en: "Each row's total equals the sum of the parts its header lists (basic + project spending, the funding sources, personnel + public costs). Rounding gaps are allowed.",
  },
  formula: '合计 = Σ 分项',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.empty) continue;
      for (const id of settledIdentities(doc, table))
        for (const { row, side, stated, terms } of id.rows)
          ctx.compare({
            what: {
              zh: `${tableLabel(table)}「${rowLabel(side ?? row)}」行 ${columnLabel(id.total)}（${id.name.zh}）`,
              en: `${tableLabel(table)}, row "${rowLabel(side ?? row)}", ${columnLabel(id.total)} (${id.name.en})`,
            },
            stated,
            terms,
          });
    }
  },
});
