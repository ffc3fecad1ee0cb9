/**
 * Rule (stage 6): a reason introduced and then left empty in the 情况说明 — `主要原因是。`, `原因为；`, `主要原因：。` —
 * or cut off where the paragraph ends (`…增加5万元，主要原因是` and then the next heading). The inspector reads it as
 * a blank the drafter never filled. Form only: what the reason says is not judged. Narrative only.
 */
import { claimRef } from '../../narrative/claims-of';
import {
  endsTheTextBefore,
  excerpt,
  formPlace,
  isTableTitle,
  REASON_INTRO_RE,
  tableBetween,
  textRunsOf,
} from '../../narrative/text-form';
import { defineCheck } from '../define-check';

export default defineCheck({
  id: 'text-empty-reason',
  scope: 'narrative',
  title: { zh: '原因未写明', en: 'Reason left empty' },
  explain: {
    zh: '情况说明写了“主要原因是”却紧接句号，或段落在“原因是”处结束，原因没有写出来。',
    en: 'The narrative introduces a reason ("主要原因是") and then gives none: a full stop follows at once, or the paragraph ends there.',
  },
  formula: '“原因是/为/：” 后应有内容',
  run(doc, ctx) {
    for (const run of textRunsOf(doc)) {
      if (run.heading) continue;
      for (const m of run.text.matchAll(REASON_INTRO_RE)) {
        const end = m.index + m[0].length;
        const rest = run.text.slice(end);
        // A colon or 如下 at the paragraph's end may open a list or a table: only the bare phrase, with nothing printed
        // before the next section, is cut.
        const cut =
          rest.trim() === '' &&
          !/[:：]|如下/u.test(m[0]) &&
          endsTheTextBefore(run.after) &&
          !isTableTitle(run.after) &&
          !tableBetween(doc, run, run.after);
        const empty = /^\s*[。；;]/u.test(rest);
        if (!cut && !empty) continue;
        const shown = excerpt(run.text, m.index, empty ? end + 1 : end, 12, 0);
        ctx.report({
          severity: 'warning',
          message: empty
            ? {
                zh: `「${shown}」：原因后直接是句末标点，原因未写明。`,
                en: `"${shown}": the reason is followed at once by a full stop; it is left empty.`,
              }
            : {
                zh: `「${shown}」：段落在此结束，原因没有写出。`,
                en: `"${shown}": the paragraph ends here and the reason is never given.`,
              },
          stated: m[0],
          cells: [],
          claim: claimRef(formPlace(run, m.index)),
        });
      }
    }
  },
});
