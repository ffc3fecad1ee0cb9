/**
 * Rule (stage 6): a comparison in the narrative must be with the right year. A budget of year Y compares with Y−1
 * (比2025年预算 in a 2026 budget); a 决算 of year Y with its own budget (Y: 年初预算, 调整预算) or with Y−1. `比2026年预算`
 * in a 2026 budget, or `与2023年度相比` in a 2025 决算, is a copy left from another year's template — a defect of form
 * (a warning): the numbers may still be right. Reads the narrative text and the document's year and kind only.
 */
import { excerpt, formPlace, textRunsOf } from '../../narrative/text-form';
import { defineCheck } from '../define-check';

/** `比2026年预算增加`, `较2025年度减少`, `与2024年相比`, `同2025年持平`: a year compared with. */
const COMPARE_RE =
  /(?:比|较|与|同)\s*(\d{4})\s*年度?(?:预算|决算|预算数|决算数|预算执行数|执行数|年初预算)?[^，,。；;]{0,6}?(?:增加|减少|增长|下降|降低|上升|提高|持平|相比|相同|一致|减|增)/gu;

export default defineCheck({
  id: 'narrative-compare-year',
  scope: 'narrative',
  title: { zh: '比较的年份', en: 'The year compared with' },
  explain: {
    zh: '预算说明应与上一年比较（2026年预算比2025年）；决算说明与本年预算或上一年决算比较。与其他年份比较，通常是沿用了别年的文稿。',
    en: 'A budget compares with the year before (2026 with 2025); a 决算 with its own year’s budget or the year before. Any other year is usually text left over from another year’s document.',
  },
  formula: '预算：比较年 = 本年 − 1；决算：比较年 ∈ {本年, 本年 − 1}',
  run(doc, ctx) {
    const { year, kind } = doc.document;
    if (year === null || kind === null) return;
    const allowed = kind === 'final' ? [year, year - 1] : [year - 1];
    for (const run of textRunsOf(doc)) {
      if (run.heading) continue;
      for (const m of run.text.matchAll(COMPARE_RE)) {
        const y = Number(m[1]);
        if (allowed.includes(y)) {
          ctx.pass({ cells: [], claim: formPlace(run, m.index) });
          continue;
        }
        const quoted = excerpt(run.text, m.index, m.index + m[0].length, 8, 0);
        ctx.report({
          severity: 'warning',
          message: {
            zh: `比较的年份不对：${year}年${kind === 'final' ? '决算' : '预算'}说明写“${quoted}”，应与${allowed.map((a) => `${a}年`).join('或')}比较。`,
            en: `Compared with the wrong year: the ${year} ${kind === 'final' ? 'final accounts' : 'budget'} says “${quoted}”; it should compare with ${allowed.join(' or ')}.`,
          },
          stated: String(y),
          computed: allowed.map(String).join(' / '),
          cells: [],
          claim: formPlace(run, m.index),
        });
      }
    }
  },
});
