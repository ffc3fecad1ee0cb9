/**
 * Rule (stage 6): in every amount table, each row's total column equals its parts as the header defines them —
 * sources, 基本+项目, 当年预算安排+上年结转安排, 人员经费+公用经费, the 财政拨款 sub-total, 三公 = 出国+车+接待.
 * Reads the model only; compares through the shared rounding helper.
 */
import type { Column } from '../../model/budget-document';
import { defineCheck } from '../define-check';
import { columnIdentities } from '../families';
import { columnLabel, rowLabel, tableLabel, termAt } from '../table-access';
import { compareSum } from '../tolerance';

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
      for (const id of columnIdentities(table)) {
        const rowsOf = (parts: Column[]) =>
          table.rows.flatMap((row) => {
            const side = id.total.side ? row.sides?.[id.total.side] : undefined;
            if (id.total.side && !side) return [];
            const src = side ?? row;
            const keyOf = (k: string) => (side ? k.slice((id.total.side?.length ?? 0) + 1) : k);
            const vals = [id.total, ...parts].map((c) => src.amounts[keyOf(c.key)] ?? null);
            if (vals.every((v) => v === null)) return [];
            const opt = side ? { side } : {};
            const stated = termAt(doc, table, row, id.total, columnLabel(id.total), opt);
            const terms = parts.map((c) => termAt(doc, table, row, c, columnLabel(c), opt));
            return [{ row, side, stated, terms }];
          });
        // Where the header allows several readings of the parts, the one most rows satisfy is the table's.
        let parts = id.parts;
        if (id.alternatives) {
          let best = -1;
          for (const cand of [id.parts, ...id.alternatives]) {
            const held = rowsOf(cand).filter((r) => compareSum(r.stated, r.terms).verdict !== 'mismatch').length;
            if (held > best) {
              best = held;
              parts = cand;
            }
          }
        }
        for (const { row, side, stated, terms } of rowsOf(parts))
          ctx.compare({
            what: {
              zh: `${tableLabel(table)}「${rowLabel(side ?? row)}」行 ${columnLabel(id.total)}（${id.name.zh}）`,
              en: `${tableLabel(table)}, row "${rowLabel(side ?? row)}", ${columnLabel(id.total)} (${id.name.en})`,
            },
            stated,
            terms,
          });
      }
    }
  },
});
