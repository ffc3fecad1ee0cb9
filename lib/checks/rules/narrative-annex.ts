/**
 * Rule (stage 6): the 情况说明 says a 绩效目标表 is published as an annex (`整体目标表公开情况见附件`,
 * `项目绩效目标表…见附件`) but the document contains no such table. A note for review: the annex may be a separate
 * file. Reads the narrative and the table kinds.
 */

import type { TableKind } from '../../model/table-kinds';
import { claimRef } from '../../narrative/claims-of';
import { locate, type Passage, passagesOf } from '../../narrative/passages';
import { sourcesOf } from '../../narrative/sources';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';

const ANNEXES: { re: RegExp; kind: TableKind; zh: string; en: string }[] = [
  {
    re: /整体.{0,12}目标(申报)?表.{0,12}见附件/u,
    kind: 'budget.org-performance',
    zh: '整体支出绩效目标表',
    en: 'organisation performance form',
  },
  {
    re: /项目(支出)?绩效目标表.{0,12}见附件/u,
    kind: 'budget.performance',
    zh: '项目支出绩效目标表',
    en: 'project performance forms',
  },
];

export default defineCheck({
  id: 'narrative-annex',
  scope: 'document',
  title: { zh: '说明提到的附件表', en: 'Annex tables the narrative refers to' },
  explain: {
    zh: '情况说明写明“见附件”的绩效目标表，应能在公开文件中找到；找不到时提示核实（附件也可能另行公开）。',
    en: 'A performance form the narrative says is attached should be in the document; if it is not, this is flagged for review (it may be published separately).',
  },
  formula: '“见附件” → 文件中有该表',
  run(doc, ctx) {
    const passages: Passage[] = passagesOf(doc, sourcesOf(doc)?.blocks ?? null);
    for (const a of ANNEXES) {
      if (doc.tables.some((t) => t.kind === a.kind)) continue;
      for (const p of passages) {
        const m = a.re.exec(p.text);
        if (!m && !a.re.test(fold(p.text))) continue;
        const at = m ? m.index : 0;
        const len = m ? m[0].length : Math.min(20, p.text.length);
        const loc = locate(p, at, at + len);
        ctx.report({
          severity: 'warning',
          message: {
            zh: `情况说明称${a.zh}“见附件”，但本文件中没有找到该表（也可能另行公开，请核实）。`,
            en: `The narrative says the ${a.en} are attached, but the document contains none (they may be published separately).`,
          },
          cells: [],
          claim: claimRef({
            text: p.text.slice(at, at + len),
            section: p.section,
            part: p.part,
            anchor: loc.anchor,
            start: loc.start,
            end: loc.end,
            sentence: '',
          }),
        });
        break;
      }
    }
  },
});
