/**
 * Rule (stage 6): the 基本支出 of the general-public table equals the 合计 of the basic-expenditure economic table
 * (both are 一般公共预算 基本支出 of the year). Units converted (Shanghai prints both in 元, Shanxi in 万元).
 */
import { defineCheck } from '../define-check';
import { cellLabel, compareAcross, mainColumn, totalRow } from '../joins';
import { columnFor, tableOf } from '../table-access';

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
    const gp = tableOf(doc, 'budget.general-public');
    const econ = tableOf(doc, 'budget.basic-economic');
    if (!gp || !econ || gp.empty || econ.empty) return;
    const basic = columnFor(gp, 'basic');
    const total = mainColumn(econ);
    const a = totalRow(gp);
    const b = totalRow(econ);
    if (!basic || !total || !a || !b) return;
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
