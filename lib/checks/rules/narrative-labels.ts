/**
 * Rule (stage 6): in the 情况说明's lists of spending by function class (主要用于 / 支出包括 …), every item should be a
 * real 类 name of the function classification (or a class the document's tables print). A label that reads like a
 * class but is none (`科学教育支出`) cannot be traced to any table row. Narrative only.
 */
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { looksLikeClassName } from '../../narrative/subjects';
import { defineCheck } from '../define-check';

export default defineCheck({
  id: 'narrative-labels',
  scope: 'narrative',
  title: { zh: '说明中的科目名称', en: 'Category names in the narrative' },
  explain: {
    zh: '情况说明按功能分类列出支出时，每一项都应是《政府收支分类科目》中的类级名称，才能与表中对应行核对。',
    en: 'When the narrative lists spending by function class, each item must be a class name of the government classification so it can be traced to a table row.',
  },
  formula: '文中科目名称 ∈ 功能分类类级名称',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'sum') continue;
      const classList =
        c.parts.filter((p) => p.subject?.id === 'function-class').length >= Math.max(1, c.parts.length / 2);
      if (!classList) continue;
      for (const p of c.parts) {
        if (p.subject?.id === 'function-class') continue;
        if (!looksLikeClassName(p.label)) continue;
        ctx.report({
          severity: 'warning',
          message: {
            zh: `「${p.label}」不是功能分类的类级科目名称，无法与表中的行对应。`,
            en: `"${p.label}" is not a function-class name, so it cannot be traced to a table row.`,
          },
          stated: p.label,
          cells: [],
          claim: claimRef(p.place),
        });
      }
    }
  },
});
