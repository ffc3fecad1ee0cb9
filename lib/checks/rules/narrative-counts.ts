/**
 * Rule (stage 6): project counts the 情况说明 states — `纳入绩效目标管理的二级项目N个` against the project rows of the
 * 项目支出预算表, `公开项目绩效目标N个` against the 绩效目标表 printed (each project once). A count is only compared
 * when its words say what is counted; anything else is left alone. Reads the model and attached annex grids.
 */
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { matchPerfForms } from '../../narrative/perf-match';
import { projectRowsOf } from '../../narrative/project-rows';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';

const MANAGED_RE = /(纳入.{0,6}绩效目标管理的|二级)项目$/u;
const PUBLISHED_RE = /公开.{0,4}项目绩效目标(表)?$/u;

export default defineCheck({
  id: 'narrative-counts',
  title: { zh: '说明中的项目个数', en: 'Project counts in the narrative' },
  explain: {
    zh: '情况说明写的“纳入绩效目标管理的项目N个”应等于项目支出预算表（本年）中的项目数；“公开项目绩效目标N个”应等于公开的项目绩效目标表张数。',
    en: 'The number of projects "under performance management" stated in the narrative must equal the projects listed in the project table; "N project performance targets published" must equal the forms printed.',
  },
  formula: '文中项目个数 = 表中项目行数',
  run(doc, ctx) {
    const rows = projectRowsOf(doc).current;
    const perf = matchPerfForms(doc);
    const published = perf.forms.length - perf.duplicates.reduce((n, g) => n + g.length - 1, 0);
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'count' || c.measure !== '个') continue;
      const label = fold(c.label);
      let actual: number | null = null;
      let what = '';
      let cells: { table: number; row: number; col: number }[] = [];
      if (MANAGED_RE.test(label) && rows.length > 0) {
        actual = rows.length;
        what = '项目支出预算表（本年预算）中的项目';
        cells = rows.map((r) => ({ table: r.table.index, row: r.row.gridRow, col: r.col }));
      } else if (PUBLISHED_RE.test(label) && perf.forms.length > 0) {
        actual = published;
        what = '公开的项目支出绩效目标表';
        cells = perf.forms.map((f) => ({ table: f.table, row: f.nameCell?.row ?? 0, col: f.nameCell?.col ?? 0 }));
      }
      if (actual === null) continue;
      const claim = claimRef(c.place);
      if (actual === c.value) {
        ctx.pass({ cells: cells.slice(0, 1), claim });
        continue;
      }
      ctx.report({
        severity: 'warning',
        message: {
          zh: `情况说明写「${c.label}${c.value}${c.measure}」，但${what}共 ${actual} 个。`,
          en: `The narrative says ${c.value} ("${c.label}"), but ${actual} are listed (${what}).`,
        },
        formula: `${c.value} ≠ ${actual}`,
        stated: String(c.value),
        computed: String(actual),
        difference: String(c.value - actual),
        cells: cells.slice(0, 30),
        claim,
      });
    }
  },
});
