/**
 * Rule (stage 6): a sentence of the 情况说明 that stops mid-way — the text before a heading breaks off on a comma or a
 * connective (`…主要用于`, `…和`), or is a whole sentence with no closing mark (`…机关运行经费预算为464.64万元` and then
 * the next heading). Only the end of a run of text is read (textRunsOf): a block's end is often a line or page break
 * of the printer, not the writer's. Titles, 目录 lines, list items and label lines are no sentences and are left alone.
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

/** What may end a paragraph: a closing mark, or a closing bracket or quotation mark (a parenthetical note). */
const CLOSED_END = /[。！!？?；;：:…)）”’」』》】〕]\s*$/u;
/** Where the last sentence starts: after the last mark that can end or split one, or a block that closed. */
const LAST_BREAK = /[。！!？?；;：:…\n]/gu;
/** A dangling comma or enumeration comma. */
const DANGLING_MARK = /[,，、]\s*$/u;
/**
 * A connective the sentence cannot end on. Not the words that end in one (总和, 涉及, 参与, 合并, 行为, 实事求是), nor
 * 的 (`是合理的` is whole) or prepositions that end verbs too (核对, 存在, 比较).
 */
const DANGLING_WORD =
  /(?:(?<![总缓温平调祥暖附])和|(?<![涉普危顾波])及|(?<![参给赋授干])与|或|(?<![合兼归吞])并|用于|包括|主要有|其中|分别为|分别是|(?<![作行称可])为|(?<![求皆如])是)$/u;
/** A numbered list item (`1.`, `(2)`, `三、`, `①`, `一是`): it may end without a mark. */
const LIST_ITEM =
  /^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}[、是]|[①-⑳])/u;
/** Not sentences: titles, 目录 lines (dot leaders, page numbers), pointers to a table or figure. */
const NOT_A_SENTENCE =
  /(?:表|说明|目录|目 录|情况|概况|图|明细|清单|附件|名单|名词解释|公开)$|下表|如下|见表|附表|如图|下图|\.{3,}|…{2,}|·{3,}|─/u;
/** A whole sentence: it has clauses, or states an amount with its verb. */
const WHOLE_SENTENCE =
  /[,，;；]|(?:为|是|达|计|共|占|约|安排|支出|收入|增加|减少|增长|下降)\s*-?[0-9][0-9,.]*\s*(?:万元|亿元|元|%|个|人|辆|项)$/u;

export default defineCheck({
  id: 'text-unfinished',
  scope: 'narrative',
  title: { zh: '句子未写完', en: 'Unfinished sentence' },
  explain: {
    zh: '情况说明中，紧接标题之前的段落结尾停在逗号、顿号或“和”“主要用于”等连接词上，或是一个完整的句子却没有句末标点。标题、目录、列表项不在此列。',
    en: 'A paragraph of the narrative, just before a heading, ends on a comma or a connective ("和", "主要用于"), or is a whole sentence with no closing mark. Headings, table-of-contents lines and list items are not sentences and are not flagged.',
  },
  formula: '标题前的段落以句末标点结束',
  run(doc, ctx) {
    for (const run of textRunsOf(doc)) {
      if (run.heading || !endsTheTextBefore(run.after) || isTableTitle(run.after)) continue;
      const text = run.text.trimEnd();
      if (text === '' || CLOSED_END.test(text)) continue;
      let from = 0;
      for (const m of text.matchAll(LAST_BREAK)) from = m.index + 1;
      const tail = text.slice(from).trim();
      if (tail === '' || LIST_ITEM.test(tail) || NOT_A_SENTENCE.test(tail)) continue;
      // `主要原因是` at the end is text-empty-reason's.
      if ([...text.matchAll(REASON_INTRO_RE)].some((m) => m.index + m[0].length === text.length)) continue;
      const cut = DANGLING_MARK.test(tail) || (DANGLING_WORD.test(tail) && /[,，、0-9]/u.test(tail));
      // A bracketed aside's commas (`(虚构示例单位,数据为程序生成)`) make no clauses of the words around it.
      const whole = tail.length >= 15 && WHOLE_SENTENCE.test(tail.replace(/\([^()]*\)/gu, ''));
      if ((!cut && !whole) || tableBetween(doc, run, run.after)) continue;
      const shown = excerpt(text, text.length, text.length, 16, 0);
      ctx.report({
        severity: 'warning',
        message: cut
          ? { zh: `句子在「${shown}」处中断，没有写完。`, en: `The sentence breaks off after "${shown}".` }
          : {
              zh: `「${shown}」：句子没有句末标点，段落就此结束。`,
              en: `"${shown}": the sentence has no closing punctuation and the paragraph ends there.`,
            },
        stated: tail.slice(-16),
        cells: [],
        claim: claimRef(formPlace(run, text.length - 1)),
      });
    }
  },
});
