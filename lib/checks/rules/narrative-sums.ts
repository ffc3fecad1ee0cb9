/**
 * Rule (stage 6): totals the 情况说明 states together with their parts — `X万元，其中：a万元，b万元` (共计 / 主要包括 /
 * 主要用于 lists) — recomputed: X = a + b + … within the rounding of the printed digits. A list the text marks as
 * not exhaustive (主要 / 等) is a warning when it does not add up, an exhaustive 其中 list an error. Narrative only.
 */
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { claimTerm } from '../../narrative/terms';
import { defineCheck } from '../define-check';

export default defineCheck({
  id: 'narrative-sums',
  scope: 'narrative',
  title: { zh: '说明中的合计 = 分项之和', en: 'Totals stated in the narrative = their parts' },
  explain: {
    zh: '情况说明中“X万元，其中：a万元，b万元……”这类写法，X 应等于各分项之和（允许四舍五入误差）。',
    en: 'Where the narrative states a total with its parts ("X, of which a, b …"), X must equal the sum of the parts, within rounding.',
  },
  formula: '总额 = Σ 文中分项',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'sum') continue;
      const head = c.total.subject?.name || c.total.label || '合计';
      ctx.compare({
        what: { zh: `情况说明「${head}」与所列分项之和`, en: `Narrative "${head}" vs the parts listed with it` },
        stated: claimTerm(c.total),
        terms: c.parts.map((p) => claimTerm(p)),
        severity: c.open ? 'warning' : 'error',
        note: c.open ? { zh: '（所列分项可能不完整。）', en: '(The list may not be exhaustive.)' } : { zh: '', en: '' },
        claim: claimRef(c.place),
      });
    }
  },
});
