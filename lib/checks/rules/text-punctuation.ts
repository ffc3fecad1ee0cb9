/**
 * Rule (stage 6): punctuation set wrong in the 情况说明 — a mark doubled or two marks together (`。。`, `，，`, `，。`,
 * `。；`), a quotation mark or bracket with no partner in its run of text (a stray `”`, an unclosed `（`). Balance is
 * counted over a run (textRunsOf), so a quotation opened in one sentence and closed in the next, or a bracket closed
 * after a page break, is whole; a heading wrapped onto the next line, its bracket closed there, is forgiven. Runs read
 * fullwidth marks as ASCII (`，` as `,`, `（` as `(`), as extraction's NFKC does.
 */
import type { TextBlock } from '../../extract/types';
import { claimRef } from '../../narrative/claims-of';
import { excerpt, foldWidth, formPlace, REASON_INTRO_RE, type TextRun, textRunsOf } from '../../narrative/text-form';
import { type CheckContext, defineCheck } from '../define-check';

/** Two marks together (a space between them allowed); `?!` and `!!` are emphasis, not errors. */
const DOUBLED_RE = /([。,、;:!?])[ ]?([。,、;:!?])/gu;
const PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['(', ')'],
  ['【', '】'],
  ['《', '》'],
  ['〔', '〕'],
];
/** A list number closed by a bracket alone (`1)`, `二)`, `a)`): no opening bracket is missing. */
const LIST_NUMBER_BEFORE = /(?:^|[\s。,、;:!?])(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-z])$/u;

/** Unmatched marks of one pair in a text: closing marks with no opener (in order), then openers never closed. */
function unmatched(text: string, open: string, close: string): { strayClose: number[]; unclosed: number[] } {
  const strayClose: number[] = [];
  const opened: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === open) opened.push(i);
    else if (c === close) {
      if (opened.length > 0) opened.pop();
      else if (close !== ')' || !LIST_NUMBER_BEFORE.test(text.slice(0, i))) strayClose.push(i);
    }
  }
  return { strayClose, unclosed: opened };
}

/** Openers the heading before a run leaves for it to close (or closers the heading after it takes from it). */
function carried(heading: TextBlock | null, open: string, close: string, side: 'unclosed' | 'strayClose'): number {
  return heading ? unmatched(foldWidth(heading.text), open, close)[side].length : 0;
}

function report(ctx: CheckContext, run: TextRun, at: number, end: number, zh: string, en: string) {
  const shown = excerpt(run.text, at, end);
  ctx.report({
    severity: 'warning',
    message: { zh: `「${shown}」：${zh}`, en: `"${shown}": ${en}` },
    stated: run.text.slice(at, end),
    cells: [],
    claim: claimRef(formPlace(run, at)),
  });
}

export default defineCheck({
  id: 'text-punctuation',
  scope: 'narrative',
  title: { zh: '标点错误', en: 'Punctuation errors' },
  explain: {
    zh: '情况说明中标点重复或连用（“。。”“，，”“，。”），引号、括号、书名号不成对。',
    en: 'Marks doubled or run together in the narrative ("。。", "，，", "，。"), or quotation marks and brackets without their partner.',
  },
  formula: '标点不重复；引号、括号成对',
  run(doc, ctx) {
    for (const run of textRunsOf(doc)) {
      const reasons = new Set([...run.text.matchAll(REASON_INTRO_RE)].map((m) => m.index + m[0].length - 1));
      for (const m of run.text.matchAll(DOUBLED_RE)) {
        const [a, b] = [m[1] as string, m[2] as string];
        if (/[!?]/u.test(a) && /[!?]/u.test(b)) continue;
        // `原因：。` is a reason left empty (text-empty-reason), not a slip of the keyboard.
        if (reasons.has(m.index)) continue;
        report(
          ctx,
          run,
          m.index,
          m.index + m[0].length,
          a === b ? `标点“${a}”重复。` : `标点“${a}”“${b}”连用。`,
          a === b ? `the mark "${a}" is doubled.` : `the marks "${a}" and "${b}" run together.`,
        );
      }
      // A heading's wrapped line carries its bracket into the next block; headings are not balanced on their own.
      if (run.heading) continue;
      for (const [open, close] of PAIRS) {
        const { strayClose, unclosed } = unmatched(run.text, open, close);
        for (const at of strayClose.slice(carried(run.before, open, close, 'unclosed'))) {
          report(ctx, run, at, at + 1, `“${close}”没有对应的“${open}”。`, `"${close}" has no matching "${open}".`);
        }
        const forgiven = carried(run.after, open, close, 'strayClose');
        for (const at of unclosed.slice(0, Math.max(0, unclosed.length - forgiven))) {
          report(ctx, run, at, at + 1, `“${open}”没有对应的“${close}”。`, `"${open}" is never closed with "${close}".`);
        }
      }
    }
  },
});
