/**
 * Rule (stage 6): a 单位预算 speaks of itself as a 单位, a 部门预算 as a 部门. `2025年部门预算安排购置车辆…` or `本部门…`
 * in a unit's budget (the department template's sentence left unchanged), and `单位预算安排` in a department's, are
 * defects of form (warnings). Only self-references are read — 本部门, 本单位, 部门预算安排, 单位预算安排 — never the
 * words 部门 or 单位 alone (所属单位, 预算单位, 主管部门 name other bodies). Skipped where the scope is unknown.
 */
import { excerpt, formPlace, textRunsOf } from '../../narrative/text-form';
import { defineCheck } from '../define-check';

const SELF = {
  // In a unit's budget: what only a department says of itself.
  unit: /本部门|(?<![^\s，,。；;：:、0-9年度])部门预算安排|本部门预算/gu,
  // In a department's budget: the unit template's sentence. Not 本单位 — a department of one unit (深圳's bureaus)
  // rightly calls itself so.
  department: /(?<![^\s，,。；;：:、0-9年度])单位预算安排/gu,
} as const;

export default defineCheck({
  id: 'narrative-self-scope',
  scope: 'narrative',
  title: { zh: '部门/单位自称', en: 'Department or unit, as the text calls itself' },
  explain: {
    zh: '单位预算应称“本单位”“单位预算”，部门预算称“本部门”“部门预算”。单位预算里出现“本部门”“部门预算安排”，多是照搬了部门预算的模板文字。',
    en: 'A unit’s budget calls itself 本单位 / 单位预算, a department’s 本部门 / 部门预算. 本部门 or 部门预算安排 in a unit’s budget is usually the department template’s wording left in.',
  },
  formula: '自称 = 文件类型（部门/单位）',
  run(doc, ctx) {
    const scope = doc.document.scope;
    if (scope !== 'unit' && scope !== 'department') return;
    const own = scope === 'unit' ? '单位' : '部门';
    const other = scope === 'unit' ? '部门' : '单位';
    for (const run of textRunsOf(doc)) {
      if (run.heading) continue;
      for (const m of run.text.matchAll(SELF[scope])) {
        ctx.report({
          severity: 'warning',
          message: {
            zh: `本文件是${own}预算，说明却自称${other}：“${excerpt(run.text, m.index, m.index + m[0].length, 6, 8)}”。`,
            en: `This is a ${scope === 'unit' ? 'unit' : 'department'} budget, but the text calls itself a ${scope === 'unit' ? 'department' : 'unit'}: “${excerpt(run.text, m.index, m.index + m[0].length, 6, 8)}”.`,
          },
          stated: m[0],
          computed: own,
          cells: [],
          claim: formPlace(run, m.index),
        });
      }
    }
  },
});
