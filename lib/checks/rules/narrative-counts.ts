/**
 * Rule (stage 6): project counts the 情况说明 states — `纳入绩效目标管理的二级项目N个` against the project rows of the
 * 项目支出预算表, `公开项目绩效目标N个` against the 绩效目标表 printed (each project once). A count is only compared
 * when its words say what is counted; anything else is left alone. Reads the model and attached annex grids.
 */
import type { CountClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { matchPerfForms } from '../../narrative/perf-match';
import { projectRowsOf } from '../../narrative/project-rows';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';

const MANAGED_RE = /(纳入.{0,6}绩效目标管理的|二级)项目$/u;
const PUBLISHED_RE = /公开.{0,4}项目绩效目标(表)?$/u;
const CATEGORY_RE = /(运转类|特定目标类|公用经费类|人员类|专项类)(项目)?$/u;

export default defineCheck({
  id: 'narrative-counts',
  scope: 'narrative',
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
    const all = claimsOf(doc);
    // `二级项目21个…。其中：其他运转类项目1个…；特定目标类项目20个` — the categories add up to the count.
    all.forEach((c, i) => {
      if (c.kind !== 'count' || !(MANAGED_RE.test(fold(c.label)) || PUBLISHED_RE.test(fold(c.label)))) return;
      const parts: CountClaim[] = [];
      for (const d of all.slice(i + 1)) {
        if (d.kind !== 'count') continue;
        const l = fold(d.label);
        if (MANAGED_RE.test(l) || PUBLISHED_RE.test(l) || d.place.section !== c.place.section) break;
        if (CATEGORY_RE.test(l)) parts.push(d);
        else if (parts.length > 0) break;
      }
      if (parts.length < 2) return;
      const sum = parts.reduce((a, p) => a + p.value, 0);
      const claim = claimRef(c.place);
      if (sum === c.value) {
        ctx.pass({ cells: [], claim });
        return;
      }
      ctx.report({
        severity: 'warning',
        message: {
          zh: `情况说明写「${c.label}${c.value}${c.measure}」，但分类列出的项目个数合计 ${parts.map((p) => p.value).join(' + ')} = ${sum}。`,
          en: `The narrative says ${c.value} projects, but the categories it lists add up to ${sum}.`,
        },
        formula: `${c.value} ≠ ${parts.map((p) => p.value).join(' + ')}`,
        stated: String(c.value),
        computed: String(sum),
        difference: String(c.value - sum),
        cells: [],
        claim,
      });
    });
    for (const c of all) {
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
