/**
 * Rule (stage 6): the 基本支出 of the general-public table equals the 合计 of the basic-expenditure economic table
 * (both are 一般公共预算 基本支出 of the year). Units converted (Shanghai prints both in 元, Shanxi in 万元).
 */

import { isAmountRole } from '../../model/column-roles';
import { defineCheck } from '../define-check';
import { cellLabel, compareAcross, mainColumn, totalRow } from '../joins';
import { columnFor, ofFamily, tableOf } from '../table-access';

export default defineCheck({
  id: 'basic-economic-total',
  scope: 'cross',
  title: { zh: '基本支出与经济分类表合计一致', en: 'Basic expenditure = economic table total' },
  explain: {
    zh: '一般公共预算支出表中的“基本支出”合计，应等于一般公共预算基本支出经济分类表的合计。',
    en: 'The basic expenditure total of the general-public table equals the total of the basic-expenditure economic classification table.',
  },
  formula: '一般公共预算支出表.合计.基本支出 = 基本支出经济分类表.合计',
  run(doc, ctx) {
    const gp = tableOf(doc, ofFamily(doc, 'budget.general-public'));
    const econ = tableOf(doc, ofFamily(doc, 'budget.basic-economic'));
    if (!gp || !econ || gp.empty || econ.empty) return;
    const basic = columnFor(gp, 'basic');
    const a = totalRow(gp);
    const b = totalRow(econ);
    if (!basic || !a || !b) return;
    const what = {
      zh: '基本支出经济分类表合计与一般公共预算支出表基本支出',
      en: 'economic table total vs general-public basic expenditure',
    };
    const gpCell = { table: gp, row: a, col: basic, label: cellLabel(gp, a, basic) };
    // 人员经费 | 公用经费 side by side (决算 基本支出决算表): its total is the two sides' totals, 人员经费合计 + 公用经费合计.
    if (econ.twoSided && b.sides) {
      const halves = (['left', 'right'] as const).flatMap((side) => {
        const sideRow = b.sides?.[side];
        const col = econ.columns.find((c) => c.side === side && isAmountRole(c.role));
        return sideRow && col
          ? [{ table: econ, row: b, col, sideRow, label: `${econ.title ?? ''}[${sideRow.name}]` }]
          : [];
      });
      if (halves.length === 2) compareAcross(doc, ctx, what, gpCell, halves);
      return;
    }
    const total = mainColumn(econ);
    if (!total) return;
    compareAcross(
      doc,
      ctx,
      {
        zh: '基本支出经济分类表合计与一般公共预算支出表基本支出',
        en: 'economic table total vs general-public basic expenditure',
      },
      { table: econ, row: b, col: total, label: cellLabel(econ, b, total) },
      [{ table: gp, row: a, col: basic, label: cellLabel(gp, a, basic) }],
    );
  },
});
