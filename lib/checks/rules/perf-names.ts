/**
 * Rule (stage 6): a 项目支出绩效目标表 should carry its project's name exactly as the 项目支出预算表 prints it. A near
 * miss (国企改革工作经费 vs 国企改制工作经费) is a warning naming both; a form whose name matches no project row, or
 * whose name cannot be read, is noted for review. Reads the model and the attached annex grids.
 */
import { matchPerfForms } from '../../narrative/perf-match';
import { defineCheck } from '../define-check';

export default defineCheck({
  id: 'perf-names',
  scope: 'narrative',
  title: { zh: '绩效目标表项目名称', en: 'Project names in performance annexes' },
  explain: {
    zh: '绩效目标表中的项目名称应与项目支出预算表中的名称一致。名称相近但不同（如“改革”与“改制”）通常是笔误，也可能是两个不同的项目。',
    en: 'The project name on a performance form should match the project table. Nearly identical names ("改革" vs "改制") are usually a typo — or two different projects.',
  },
  formula: '绩效目标表项目名称 = 项目支出表项目名称',
  run(doc, ctx) {
    const m = matchPerfForms(doc);
    for (const x of m.matches) {
      const formCell = x.form.nameCell
        ? [{ table: x.form.table, row: x.form.nameCell.row, col: x.form.nameCell.col }]
        : [];
      const rowCell = { table: x.row.table.index, row: x.row.row.gridRow, col: x.row.col };
      if (x.how === 'exact') {
        ctx.pass({ cells: [...formCell, rowCell] });
        continue;
      }
      ctx.report({
        severity: 'warning',
        message: {
          zh: `绩效目标表项目名称「${x.form.name}」与项目支出预算表「${x.row.row.name}」不一致（相似度 ${Math.round(x.similarity * 100)}%），可能是笔误。`,
          en: `The performance form names the project "${x.form.name}" but the project table has "${x.row.row.name}" (${Math.round(x.similarity * 100)}% alike); probably a typo.`,
        },
        formula: `${x.form.name} ≠ ${x.row.row.name}`,
        stated: x.form.name,
        computed: x.row.row.name,
        cells: [...formCell, rowCell],
      });
    }
    for (const f of m.unmatchedForms) {
      ctx.report({
        severity: 'info',
        message: {
          zh: `绩效目标表「${f.name}」在项目支出预算表中找不到同名或相近的项目。`,
          en: `No project in the project table matches the performance form "${f.name}".`,
        },
        stated: f.name,
        cells: f.nameCell ? [{ table: f.table, row: f.nameCell.row, col: f.nameCell.col }] : [],
      });
    }
    for (const f of m.unnamed) {
      ctx.report({
        severity: 'info',
        message: {
          zh: '这张项目支出绩效目标表的项目名称为空或无法识别，无法与项目支出预算表核对。',
          en: 'This performance form has a blank or unreadable project name, so it cannot be checked against the project table.',
        },
        cells: f.nameCell ? [{ table: f.table, row: f.nameCell.row, col: f.nameCell.col }] : [],
      });
    }
  },
});
