/**
 * Rule (stage 6): every year-on-year change the 情况说明 states — `X万元，比上年增加/减少Y万元，增长/下降Z%` — must
 * have Z = Y ÷ (X ∓ Y), i.e. over LAST year's amount. Z = Y ÷ X (this year's amount as the base) is a classic error
 * and is named as such; a Z cut off rather than rounded at its printed digits is only noted. The bound is the
 * rounding of X, Y and the printed Z. Reads the narrative only.
 */

import Decimal from 'decimal.js';
import { convert } from '../../money/unit';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { checkChange } from '../../narrative/percent';
import { defineCheck } from '../define-check';
import { formatAmount } from '../tolerance';

const f4 = (d: { toDecimalPlaces(n: number): import('decimal.js').default }) => formatAmount(d.toDecimalPlaces(4), 2);

export default defineCheck({
  id: 'narrative-changes',
  scope: 'narrative',
  title: { zh: '说明中的增减幅度', en: 'Year-on-year changes in the narrative' },
  explain: {
    zh: '“X万元，比上年增加（减少）Y万元，增长（下降）Z%”中，Z 应等于 Y ÷ 上年数（X − Y 或 X + Y）。用本年数 X 作分母（Y ÷ X）是常见错误。',
    en: '"X, up (down) Y on last year, +Z%": Z must equal Y divided by last year\'s amount (X − Y, or X + Y for a fall). Dividing by this year\'s X is a classic mistake.',
  },
  formula: 'Z = Y ÷ (X ∓ Y) × 100%',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      // A sentence that prints last year's amount too is recomputed from it (narrative-stated-prior).
      if (c.kind !== 'change' || c.prior || !c.current || !c.delta || c.pct === null || c.direction === 'same')
        continue;
      const x = c.current;
      const y = c.delta;
      const yv = convert(y.value, y.unit, x.unit);
      const res = checkChange(
        { value: x.value, decimals: x.decimals },
        { value: yv, decimals: y.unit === x.unit ? y.decimals : 6 },
        c.direction,
        { value: c.pct, decimals: c.pctDecimals },
      );
      if (!res) continue;
      const claim = claimRef(c.place);
      const { right, wrongBase } = res;
      if (right.verdict === 'exact') {
        ctx.pass({ cells: [], claim });
        continue;
      }
      const sign = c.direction === 'increase' ? '−' : '+';
      const xs = x.value.toFixed(x.decimals);
      const ys = yv.toFixed(y.decimals);
      const prior = c.direction === 'increase' ? x.value.minus(yv) : x.value.plus(yv);
      const zs = c.pct.toFixed(c.pctDecimals);
      const formula = `${ys} ÷ (${xs} ${sign} ${ys}) × 100% = ${f4(right.computed)}%${right.verdict === 'rounding' ? ' ≈ ' : ' ≠ '}${zs}%`;
      const wrong = right.verdict === 'mismatch' && wrongBase !== null && wrongBase.verdict !== 'mismatch';
      // 31.57 for 31.579: the percentage cut off at its printed digits, not rounded — a habit, not a wrong number.
      const cut =
        right.verdict === 'mismatch' &&
        !wrong &&
        right.computed.toDecimalPlaces(c.pctDecimals, Decimal.ROUND_DOWN).eq(c.pct);
      const tol = formatAmount(right.tolerance.toDecimalPlaces(4), 0);
      const message = cut
        ? {
            zh: `增减幅度：写作 ${zs}%，按上年数 ${prior.toFixed(x.decimals)} 计算为 ${f4(right.computed)}%，是截断而非四舍五入的写法。`,
            en: `Change: stated ${zs}%, over last year's ${prior.toFixed(x.decimals)} it is ${f4(right.computed)}%: truncated, not rounded.`,
          }
        : right.verdict === 'rounding'
          ? {
              zh: `增减幅度：写作 ${zs}%，按上年数 ${prior.toFixed(x.decimals)} 计算为 ${f4(right.computed)}%，差异在四舍五入范围（±${tol}个百分点）内。`,
              en: `Change: stated ${zs}%, over last year's ${prior.toFixed(x.decimals)} it is ${f4(right.computed)}%; within rounding (±${tol} points).`,
            }
          : wrong
            ? {
                zh: `增减幅度用错了分母：${zs}% 是 ${ys} ÷ 本年数 ${xs}（= ${f4(wrongBase.computed)}%），应除以上年数 ${xs} ${sign} ${ys} = ${prior.toFixed(x.decimals)}，即 ${f4(right.computed)}%。`,
                en: `Wrong base for the change: ${zs}% is ${ys} / this year's ${xs} (= ${f4(wrongBase.computed)}%); it should be over last year's ${xs} ${sign} ${ys} = ${prior.toFixed(x.decimals)}, i.e. ${f4(right.computed)}%.`,
              }
            : {
                zh: `增减幅度：写作 ${zs}%，但 ${ys} ÷ 上年数 ${prior.toFixed(x.decimals)} = ${f4(right.computed)}%，相差 ${formatAmount(right.difference.toDecimalPlaces(4), 0)} 个百分点（超出四舍五入误差 ±${tol}）。`,
                en: `Change: stated ${zs}%, but ${ys} / last year's ${prior.toFixed(x.decimals)} = ${f4(right.computed)}%, off by ${formatAmount(right.difference.toDecimalPlaces(4), 0)} points (beyond rounding, ±${tol}).`,
              };
      ctx.report({
        severity: cut ? 'info' : right.verdict === 'rounding' ? 'rounding' : 'error',
        message,
        formula,
        stated: zs,
        computed: formatAmount(right.computed.toDecimalPlaces(6), 2),
        difference: formatAmount(right.difference.toDecimalPlaces(6), 0),
        tolerance: formatAmount(right.tolerance.toDecimalPlaces(6), 0),
        unit: null,
        cells: [],
        claim,
      });
    }
  },
});
