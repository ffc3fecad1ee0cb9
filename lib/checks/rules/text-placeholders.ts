/**
 * Rule (stage 6): a template's placeholder left in the published text — `XX局`, `XXX万元`, `××`, `X%`, `***万元`,
 * `【】`, `（ ）`, `某某`, or the template's own instruction (`（此处填写）`, `不涉及的不列`). One finding per sentence,
 * naming every placeholder in it. Digits, decimals, percentages and `〇` are text, never placeholders. Narrative only.
 */
import { claimRef } from '../../narrative/claims-of';
import { formPlace, sentenceAround, textRunsOf } from '../../narrative/text-form';
import { defineCheck } from '../define-check';

const UNIT = '(?:万元|亿元|元|%|个|人|辆|项|家|名|年|月|日)';
const PLACEHOLDER_RE = new RegExp(
  [
    // Letters standing for digits: `XX`, `XXX万元`, `20XX年`, `××`; one letter only before a unit (`X万元`).
    `(?<![A-Za-z])(?:[Xx×]{2,}|[Xx×](?=\\s*${UNIT}))(?:\\s*${UNIT})?(?![A-Za-z])`,
    // Asterisks for a number.
    `\\*+\\s*(?:万元|亿元|元|%)|(?<=[为是计共约达:])\\s*\\*{2,}`,
    // Brackets or quotation marks with nothing inside.
    '【\\s*】|\\(\\s*\\)|“\\s*”|《\\s*》',
    '某某',
    // The template speaking to the drafter.
    '(?:此处|请|待)(?:填写|填列|补充|录入)[^。;)]{0,12}|不涉及的?不列|如持平作持平表述',
  ].join('|'),
  'gu',
);

/** More sentences with placeholders than this, and the document is a template nobody filled in. */
const TEMPLATE_AT = 10;

export default defineCheck({
  id: 'text-placeholders',
  scope: 'narrative',
  title: { zh: '模板占位符未替换', en: 'Template placeholders left in' },
  explain: {
    zh: '情况说明中留有模板的占位符（XX、××、X万元、***、【】）或模板的填写提示（此处填写、不涉及的不列），公开前应替换为实际内容。',
    en: "The narrative still holds a template's placeholders (XX, ××, X万元, ***, 【】) or its instructions to the drafter (此处填写, 不涉及的不列), which should have been replaced before publication.",
  },
  formula: '文中无 XX / ×× / *** / 【】 / 填写提示',
  run(doc, ctx) {
    const hits: { run: ReturnType<typeof textRunsOf>[number]; at: number; found: string[] }[] = [];
    for (const run of textRunsOf(doc)) {
      const bySentence = new Map<number, { at: number; found: string[] }>();
      for (const m of run.text.matchAll(PLACEHOLDER_RE)) {
        const s = sentenceAround(run.text, m.index).start;
        const entry = bySentence.get(s) ?? { at: m.index, found: [] };
        const shown = m[0].trim();
        if (!entry.found.includes(shown)) entry.found.push(shown);
        bySentence.set(s, entry);
      }
      for (const e of bySentence.values()) hits.push({ run, ...e });
    }
    // A blank template (上海's 部门决算模板 has 81 such sentences): one finding for the document, not one per sentence.
    const first = hits[0];
    if (first && hits.length > TEMPLATE_AT) {
      const kinds = [...new Set(hits.flatMap((h) => h.found))].slice(0, 5);
      ctx.report({
        severity: 'warning',
        message: {
          zh: `本文件仍是未填写的模板：${hits.length} 句留有占位符或填写提示（${kinds.map((f) => `「${f}」`).join('')}等），此处为第一处。`,
          en: `This file is still an unfilled template: ${hits.length} sentences hold placeholders or instructions (${kinds.map((f) => `"${f}"`).join(', ')} …); this is the first.`,
        },
        stated: kinds.join(' '),
        cells: [],
        claim: claimRef(formPlace(first.run, first.at)),
      });
      return;
    }
    for (const { run, at, found } of hits) {
      const list = found.map((f) => `「${f}」`).join('');
      ctx.report({
        severity: 'warning',
        message: {
          zh: `文中留有模板的占位符或填写提示${list}，未替换为实际内容。`,
          en: `Template placeholders or instructions left in the text: ${found.map((f) => `"${f}"`).join(', ')}.`,
        },
        stated: found.join(' '),
        cells: [],
        claim: claimRef(formPlace(run, at)),
      });
    }
  },
});
