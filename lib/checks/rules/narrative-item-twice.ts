/**
 * Rule (stage 6): a 预算编制说明 item that states its 科目's amount twice — `“住房保障支出（类）…住房公积金（项）”350.35万元，
 * 主要用于…。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元…` — must state the same amount both times: the
 * item's amount and this year's amount in its own comparison are one number. Both are read from the same block; the
 * second is the amount labelled with the document's year (or 本年) and a budget word, nothing else. Reads the narrative.
 */
import type { AmountClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { claimTerm } from '../../narrative/terms';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';

/** `2024年预算安排`, `2024年预算数为`, `本年预算`: this year's budget, as the item's own comparison names it. */
function isThisYearsBudget(label: string, year: number | null): boolean {
  const t = fold(label).replace(/[,，;；:：]/gu, '');
  const m = /^(?:(\d{4})年度?|本年度?)(?:部门)?(?:预算安排|预算数|预算)(?:为|是)?$/u.exec(t);
  if (!m) return false;
  return m[1] === undefined || (year !== null && Number(m[1]) === year);
}

const anchorKey = (a: AmountClaim) => JSON.stringify(a.place.anchor);

export default defineCheck({
  id: 'narrative-item-twice',
  scope: 'narrative',
  title: { zh: '同一科目两个本年金额', en: 'One item, two amounts for this year' },
  explain: {
    zh: '预算编制说明中一个科目条目开头写的金额，应与同一条目中“X年预算安排”写的本年金额相同；两者不同，说明其中一个抄错了。',
    en: 'The amount a 预算编制说明 item opens with must equal the “this year’s budget” amount the same item states in its comparison; two different numbers mean one of them was copied wrongly.',
  },
  formula: '条目金额 = 同条目本年预算金额',
  run(doc, ctx) {
    const year = doc.document.year;
    const amounts = claimsOf(doc).filter((c): c is AmountClaim => c.kind === 'amount' && !c.isDelta);
    for (const [i, item] of amounts.entries()) {
      if (item.subject?.id !== 'function-item') continue;
      const key = anchorKey(item);
      const next = amounts.slice(i + 1).find((a) => anchorKey(a) === key && isThisYearsBudget(a.label, year));
      // Another item's amount comes first: the comparison, if any, is that item's.
      const between = amounts.slice(i + 1).find((a) => anchorKey(a) === key && a.subject?.id === 'function-item');
      if (!next || (between && between.id < next.id)) continue;
      ctx.compare({
        what: {
          zh: `情况说明「${item.label || item.subject.name}」与同一条目中的「${next.label}」`,
          en: `Narrative item "${item.label || item.subject.name}" vs "${next.label}" in the same item`,
        },
        stated: claimTerm(next, next.label),
        terms: [claimTerm(item, item.subject.name)],
        claim: claimRef(next.place),
      });
    }
  },
});
