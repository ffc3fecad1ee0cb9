/**
 * Rule (stage 6): a change whose sentence prints last year's amount as well as this year's (`2025年预算执行数为X万元，
 * 2026年预算安排Y万元，比2025年预算执行数增加Z%`, `上年A万元，本年B万元，与上年持平`) is recomputed from those two
 * numbers: the direction word must agree with them (增加 where Y > X, 减少 where Y < X, 持平 where Y = X), the stated
 * difference must be |Y − X| and the stated rate |Y − X| ÷ X. Bounds: the rounding of both printed amounts and of the
 * printed rate. Reads the narrative only.
 */
import Decimal from 'decimal.js';
import { halfUnit } from '../../money/rounding';
import { convert } from '../../money/unit';
import type { AmountClaim, ChangeClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { checkGrowth } from '../../narrative/percent';
import { claimTerm } from '../../narrative/terms';
import { type CheckContext, defineCheck } from '../define-check';
import { formatAmount } from '../tolerance';

const WORD = {
  increase: { zh: '增加', en: 'an increase' },
  decrease: { zh: '减少', en: 'a decrease' },
  same: { zh: '持平', en: 'no change' },
} as const;

const show = (a: AmountClaim) => `${a.value.toFixed(a.decimals)}${a.unit}`;

function directionOk(ctx: CheckContext, c: ChangeClaim, prior: AmountClaim, current: AmountClaim): boolean {
  const x = convert(prior.value, prior.unit, current.unit);
  const diff = current.value.minus(x);
  const bound = halfUnit(prior.decimals).plus(halfUnit(current.decimals));
  const actual = diff.abs().lte(bound) ? 'same' : diff.gt(0) ? 'increase' : 'decrease';
  // Within rounding either way: 持平 and a small rise or fall are all readings of the printed numbers.
  if (actual === 'same' || actual === c.direction) return true;
  const said = WORD[c.direction];
  const is = WORD[actual];
  ctx.report({
    severity: 'error',
    message: {
      zh: `增减方向不符：文中写“${said.zh}”，但上年 ${show(prior)}、本年 ${show(current)}，实为${is.zh}。`,
      en: `The direction is wrong: the text says ${said.en}, but last year ${show(prior)} and this year ${show(current)} make ${is.en}.`,
    },
    formula: `${show(current)} − ${show(prior)} = ${formatAmount(diff, current.decimals)}`,
    stated: said.zh,
    computed: is.zh,
    cells: [],
    claim: claimRef(c.place),
  });
  return false;
}

export default defineCheck({
  id: 'narrative-stated-prior',
  scope: 'narrative',
  title: { zh: '说明中写明上年数的增减', en: 'Changes stated with last year’s amount' },
  explain: {
    zh: '句中同时写出上年数和本年数时，增减方向、增减额和增减幅度都应能由这两个数算出：增减额 = |本年 − 上年|，幅度 = 增减额 ÷ 上年数；写“持平”时两数应相等。',
    en: 'Where a sentence prints both last year’s and this year’s amounts, the direction, the difference and the rate must follow from them: difference = |this − last|, rate = difference ÷ last year’s; “unchanged” needs the two to be equal.',
  },
  formula: 'Δ = |本年 − 上年|；Z = Δ ÷ 上年 × 100%',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'change' || !c.prior || !c.current) continue;
      const prior = c.prior;
      const current = c.current;
      const claim = claimRef(c.place);
      if (!directionOk(ctx, c, prior, current)) continue;
      if (c.direction === 'same') {
        ctx.compare({
          what: { zh: '文中“持平”：本年数与上年数', en: '“unchanged”: this year against last year' },
          stated: claimTerm(current, '本年'),
          terms: [claimTerm(prior, '上年')],
          claim,
        });
        continue;
      }
      if (c.delta) {
        const up = c.direction === 'increase';
        ctx.compare({
          what: { zh: '文中增减额：本年数与上年数之差', en: 'the stated difference: this year minus last year' },
          stated: claimTerm(c.delta, '增减额'),
          terms: [
            { ...claimTerm(current, '本年'), ...(up ? {} : { negate: true }) },
            { ...claimTerm(prior, '上年'), ...(up ? { negate: true } : {}) },
          ],
          claim,
        });
      }
      if (c.pct !== null) {
        const x = { value: convert(prior.value, prior.unit, current.unit), decimals: prior.decimals };
        const r = checkGrowth(
          x,
          { value: current.value, decimals: current.decimals },
          { value: c.pct, decimals: c.pctDecimals },
        );
        if (!r) continue;
        if (r.verdict === 'exact') {
          ctx.pass({ cells: [], claim });
          continue;
        }
        const zs = c.pct.toFixed(c.pctDecimals);
        const computed = formatAmount(r.computed.toDecimalPlaces(4), 2);
        const cut = r.computed.toDecimalPlaces(c.pctDecimals, Decimal.ROUND_DOWN).eq(c.pct);
        ctx.report({
          severity: r.verdict === 'rounding' ? 'rounding' : cut ? 'info' : 'error',
          message: {
            zh: `增减幅度：写作 ${zs}%，按上年 ${show(prior)}、本年 ${show(current)} 计算为 ${computed}%${cut && r.verdict !== 'rounding' ? '（截断而非四舍五入）' : ''}。`,
            en: `Rate of change: stated ${zs}%, from last year's ${show(prior)} and this year's ${show(current)} it is ${computed}%${cut && r.verdict !== 'rounding' ? ' (truncated, not rounded)' : ''}.`,
          },
          formula: `|${show(current)} − ${show(prior)}| ÷ ${show(prior)} × 100% = ${computed}% ${r.verdict === 'rounding' ? '≈' : '≠'} ${zs}%`,
          stated: zs,
          computed: formatAmount(r.computed.toDecimalPlaces(6), 2),
          difference: formatAmount(r.difference.toDecimalPlaces(6), 0),
          tolerance: formatAmount(r.tolerance.toDecimalPlaces(6), 0),
          unit: null,
          cells: [],
          claim,
        });
      }
    }
  },
});
