/**
 * Rule (stage 6): a 决算's `年初预算为A万元，支出决算为B万元，完成年初预算的C%` — C is recomputed as B ÷ A. Where the
 * sentence leaves A or B to the tables (`因公出国（境）费决算为B万元，完成预算的C%`), the 预算数 / 决算数 the tables print
 * for that item stand in, and the finding names the cell. Bounds: the rounding of both amounts and of the printed
 * percentage. A budget of zero has no completion rate: that is noted, never judged. Where both figures are stated and
 * differ, the text should say why (决算数小于预算数的主要原因…); a difference left unexplained is a warning.
 */
import Decimal from 'decimal.js';
import { convert } from '../../money/unit';
import type { CompletionClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { linkSubject } from '../../narrative/link';
import { checkShare } from '../../narrative/percent';
import { claimTerm, type PrintedTerm, tableTerm } from '../../narrative/terms';
import { defineCheck } from '../define-check';
import { compareSum, formatAmount } from '../tolerance';

type Side = 'budget' | 'actual';

function figure(doc: Parameters<typeof claimsOf>[0], c: CompletionClaim, side: Side): PrintedTerm | null {
  const stated = c[side];
  if (stated) return claimTerm(stated, side === 'budget' ? '预算数' : '决算数');
  if (!c.subject) return null;
  const v = linkSubject(doc, c.subject, c.place.section, side)[0];
  return v ? tableTerm(v) : null;
}

const show = (t: PrintedTerm) => `${t.value.toFixed(t.decimals)}${t.unit}`;

export default defineCheck({
  id: 'narrative-completion',
  scope: 'narrative',
  title: { zh: '说明中的预算完成率', en: 'Completion rates stated in the final accounts' },
  explain: {
    zh: '决算说明中“年初预算为A万元，支出决算为B万元，完成年初预算的C%”，按 C = B ÷ A 重新计算；句中未写出的预算数或决算数取表中该项的数。允许金额和百分比打印位数带来的四舍五入误差；预算为零时完成率无从计算，只作提示。',
    en: 'A final-accounts sentence “budget A, outturn B, C% of the budget” is recomputed as C = B ÷ A; a figure the sentence leaves out is taken from the tables for that item. Allows for the rounding of the printed amounts and percentage; with a zero budget there is no rate, which is only noted.',
  },
  formula: '完成率 = 决算数 ÷ 预算数 × 100%',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'completion') continue;
      const budget = figure(doc, c, 'budget');
      const actual = figure(doc, c, 'actual');
      if (!budget || !actual) continue;
      const claim = claimRef(c.place);
      // The template asks for the reason wherever the outturn is not the budget.
      if (c.budget && c.actual && !c.explained && compareSum(actual, [budget]).verdict === 'mismatch')
        ctx.report({
          severity: 'warning',
          message: {
            zh: `决算数 ${show(actual)} 与预算数 ${show(budget)} 不同，说明未写明原因。`,
            en: `The outturn ${show(actual)} is not the budget ${show(budget)}, and the text gives no reason.`,
          },
          stated: c.pct.toFixed(c.pctDecimals),
          unit: null,
          cells: [],
          claim,
        });
      const cells = [budget.cell, actual.cell].filter((x): x is NonNullable<typeof x> => x !== null);
      const stated = c.pct.toFixed(c.pctDecimals);
      const b = { value: convert(actual.value, actual.unit, budget.unit), decimals: actual.decimals };
      const r = checkShare(
        b,
        { value: budget.value, decimals: budget.decimals },
        { value: c.pct, decimals: c.pctDecimals },
      );
      if (!r) {
        ctx.report({
          severity: 'info',
          message: {
            zh: `完成率：写作 ${stated}%，但预算数为 0（决算数 ${show(actual)}），完成率无从计算。`,
            en: `Completion rate: stated ${stated}%, but the budget is 0 (outturn ${show(actual)}), so there is no rate.`,
          },
          formula: `${show(actual)} ÷ 0`,
          stated,
          unit: null,
          cells,
          claim,
        });
        continue;
      }
      if (r.verdict === 'exact') {
        ctx.pass({ cells, claim });
        continue;
      }
      const computed = formatAmount(r.computed.toDecimalPlaces(4), 2);
      const cut = r.computed.toDecimalPlaces(c.pctDecimals, Decimal.ROUND_DOWN).eq(c.pct);
      const severity = r.verdict === 'rounding' ? 'rounding' : cut ? 'info' : 'error';
      ctx.report({
        severity,
        message: {
          zh: `完成率：写作 ${stated}%，按决算 ${show(actual)} ÷ 预算 ${show(budget)} 计算为 ${computed}%${severity === 'info' ? '（截断而非四舍五入）' : ''}。`,
          en: `Completion rate: stated ${stated}%, outturn ${show(actual)} / budget ${show(budget)} gives ${computed}%${severity === 'info' ? ' (truncated, not rounded)' : ''}.`,
        },
        formula: `${actual.label} ${show(actual)} ÷ ${budget.label} ${show(budget)} × 100% = ${computed}% ${r.verdict === 'rounding' ? '≈' : '≠'} ${stated}%`,
        stated,
        computed: formatAmount(r.computed.toDecimalPlaces(6), 2),
        difference: formatAmount(r.difference.toDecimalPlaces(6), 0),
        tolerance: formatAmount(r.tolerance.toDecimalPlaces(6), 0),
        unit: null,
        cells,
        claim,
      });
    }
  },
});
