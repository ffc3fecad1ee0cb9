/**
 * Rule (stage 6): every project of the 项目支出预算表 (本年 and 上年结转) should have its 项目支出绩效目标表, and each
 * form should be printed once. Both are notes for review (a carry-over project may legitimately have no new form).
 * Reads the model and the attached annex grids; silent when no annex was printed at all.
 */
import { matchPerfForms } from '../../narrative/perf-match';
import { defineCheck } from '../define-check';

/** Up to this many projects without a form are named one by one. */
const SELECTIVE = 5;

export default defineCheck({
  id: 'perf-coverage',
  scope: 'narrative',
  title: { zh: '绩效目标表是否齐全', en: 'Performance annexes: one per project' },
  explain: {
    zh: '项目支出预算表中的每个项目一般都应公开绩效目标表；同一项目的绩效目标表不应重复公开。上年结转项目可能没有新的目标表，因此只作提示。',
    en: 'Each project in the project tables normally has a published performance form, printed once. Carry-over projects may have none, so this is a note for review.',
  },
  formula: '每个项目 ↔ 一张绩效目标表',
  run(doc, ctx) {
    const m = matchPerfForms(doc);
    if (m.forms.length === 0) return;
    // Many templates publish forms for 重点项目 only: where most projects have none, one note says so, not one each.
    if (m.unmatchedRows.length > SELECTIVE && m.unmatchedRows.length > m.matches.length) {
      const n = m.unmatchedRows.length;
      const all = n + m.matches.length;
      ctx.report({
        severity: 'info',
        message: {
          zh: `项目支出预算表的 ${all} 个项目中有 ${n} 个没有对应的项目支出绩效目标表（本文件公开了 ${m.forms.length} 张目标表，可能只公开重点项目）。`,
          en: `${n} of the ${all} projects in the project tables have no performance form (the document prints ${m.forms.length} forms; perhaps for key projects only).`,
        },
        cells: m.unmatchedRows.map((r) => ({ table: r.table.index, row: r.row.gridRow, col: r.col })),
      });
    } else
      for (const r of m.unmatchedRows) {
        const amount = r.value === null ? '' : `（${r.value.toFixed(r.decimals)}${r.table.unit ?? ''}）`;
        ctx.report({
          severity: 'info',
          message: {
            zh: `项目「${r.row.name}」${amount}没有找到对应的项目支出绩效目标表。`,
            en: `No performance form found for the project "${r.row.name}"${amount ? ` (${r.value?.toFixed(r.decimals)} ${r.table.unit ?? ''})` : ''}.`,
          },
          stated: r.row.name,
          cells: [{ table: r.table.index, row: r.row.gridRow, col: r.col }],
        });
      }
    for (const group of m.duplicates) {
      const first = group[0];
      if (!first) continue;
      ctx.report({
        severity: 'info',
        message: {
          zh: `项目「${first.name}」的绩效目标表公开了 ${group.length} 次${group.some((f) => f.annual?.value.toString() !== first.annual?.value.toString()) ? '，且各份金额不同' : ''}。`,
          en: `The performance form for "${first.name}" is printed ${group.length} times.`,
        },
        stated: first.name,
        cells: group.flatMap((f) => (f.nameCell ? [{ table: f.table, row: f.nameCell.row, col: f.nameCell.col }] : [])),
      });
    }
  },
});
