/**
 * Rule (stage 6): every amount the 情况说明 states about a table category (收入总计, 一般公共预算拨款收入, 基本支出,
 * 人员经费, “三公”经费, a function class …) equals the table value it speaks about, units converted first and
 * within the rounding of the digits both print. A subject printed in several tables passes when any plausible
 * reading holds; otherwise the finding names the section's own table. Reads the model (and the narrative blocks
 * when attached); never the DOM.
 */
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { linkSubject } from '../../narrative/link';
import { claimTerm, tableTerm } from '../../narrative/terms';
import { defineCheck } from '../define-check';
import { compareSum } from '../tolerance';

const RANK = { exact: 0, rounding: 1, mismatch: 2 } as const;

export default defineCheck({
  id: 'narrative-amounts',
  scope: 'narrative',
  title: { zh: '说明中的金额 = 表中数', en: 'Amounts in the narrative = the tables' },
  explain: {
    zh: '情况说明中写到的每个金额（收入、支出、基本支出、人员经费、“三公”经费、各功能分类支出等）应与对应表格中的数一致；先统一单位，允许两边打印位数带来的四舍五入误差。',
    en: 'Every amount the narrative states (income, spending, basic spending, personnel costs, the three public expenses, each function class …) must equal the value in the table it refers to, after converting units and allowing for the rounding of the printed digits.',
  },
  formula: '文中金额 = 表中对应数',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'amount' || c.isDelta || !c.subject) continue;
      const values = linkSubject(doc, c.subject, c.place.section);
      if (values.length === 0) continue;
      const stated = claimTerm(c);
      let best = values[0];
      let bestRank = 3;
      for (const v of values) {
        const r = RANK[compareSum(stated, [tableTerm(v)]).verdict];
        if (r < bestRank) {
          best = v;
          bestRank = r;
        }
      }
      if (!best) continue;
      ctx.compare({
        what: {
          zh: `情况说明「${c.label || c.subject.name}」与${best.label}`,
          en: `Narrative "${c.label || c.subject.name}" vs ${best.label}`,
        },
        stated,
        terms: [tableTerm(best)],
        claim: claimRef(c.place),
      });
    }
  },
});
