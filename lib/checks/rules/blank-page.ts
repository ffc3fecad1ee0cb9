/**
 * Rule (stage 6): a blank page in a PDF disclosure — nothing on it but page furniture (a page number, a running
 * header, the watermark): no text, no table, no drawing, no image. Typically a page left after the 目录 or between
 * parts by a section break. Reads the pages extraction found so (ExtractedDocument.blankPages), the same in Node and
 * in the viewer. Document only.
 */
import { sourcesOf } from '../../narrative/sources';
import { defineCheck } from '../define-check';

export default defineCheck({
  id: 'blank-page',
  scope: 'document',
  title: { zh: '空白页', en: 'Blank page' },
  explain: {
    zh: 'PDF 中有空白页：除页码、页眉外没有文字、表格、图形或图片。多为分节符留下的空页，公开前应删除。',
    en: 'The PDF has a blank page: apart from a page number or running header there is no text, table, drawing or image on it. Usually left by a section break; it should be removed before publication.',
  },
  formula: '每页都有内容',
  run(doc, ctx) {
    for (const page of sourcesOf(doc)?.blankPages ?? []) {
      ctx.report({
        severity: 'warning',
        message: {
          zh: `第 ${page.page} 页是空白页：除页码、页眉外没有文字、表格或图形。`,
          en: `Page ${page.page} is blank: no text, table or drawing apart from a page number or header.`,
        },
        cells: [],
        claim: { text: '', section: null, anchor: page },
      });
    }
  },
});
