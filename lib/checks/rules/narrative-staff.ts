/**
 * Rule (stage 6): the staff counts of the 整体支出绩效目标表 (内设职能部门数 / 所属预算单位数 / 核定编制 / 实有人数)
 * against the 机构设置 text. Two counts printed in each other's place (1 / 6 for 6 股室 and 1 事业单位) are named as
 * swapped; other differences are warnings (the form and the text may count at different dates). Reads the model's
 * staff counts (recognise reads both) and, for cells, the attached form grid.
 */
import type { StaffCounts } from '../../model/budget-document';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { sourcesOf } from '../../narrative/sources';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';
import type { CellRef } from '../finding';

type Field = keyof StaffCounts;

const LABELS: Record<Field, { zh: string; en: string; re: RegExp }> = {
  departments: { zh: '内设机构（职能部门）数', en: 'internal divisions', re: /内设.{0,4}(部门|机构)(数)?/u },
  units: { zh: '所属预算单位数', en: 'subordinate budget units', re: /所属.{0,2}(预算)?单位(数)?/u },
  authorised: { zh: '核定编制数', en: 'authorised posts', re: /核定.{0,4}编制(数)?/u },
  actual: { zh: '实有人数', en: 'staff in post', re: /(实际在职|实有|在职).{0,4}(人员)?(总)?数?/u },
};

export default defineCheck({
  id: 'narrative-staff',
  scope: 'narrative',
  title: { zh: '整体绩效目标表的机构人员数', en: 'Staff and unit counts in the organisation form' },
  explain: {
    zh: '整体支出绩效目标表中的内设职能部门数、所属预算单位数、编制数和实有人数，应与概况“机构设置”中的文字一致。',
    en: 'The counts of internal divisions, subordinate units, authorised posts and staff on the organisation performance form must agree with the 机构设置 text.',
  },
  formula: '整体绩效目标表人数/机构数 = 机构设置文字',
  run(doc, ctx) {
    const t = doc.document.staff.table;
    const n = doc.document.staff.narrative;
    if (!t || !n) return;
    const form = doc.tables.find((x) => x.kind === 'budget.org-performance');
    const grid = form ? sourcesOf(doc)?.grids[form.index] : undefined;
    const cellOf = (f: Field): CellRef[] => {
      if (!form || !grid) return [];
      for (let r = 0; r < grid.length; r++) {
        const row = grid[r] ?? [];
        for (let c = 0; c < row.length; c++) {
          if (!LABELS[f].re.test(fold(row[c]?.text ?? ''))) continue;
          for (let j = c + 1; j < row.length; j++)
            if (/\d/u.test(row[j]?.text ?? '')) return [{ table: form.index, row: r, col: j }];
        }
      }
      return [];
    };
    const placeClaim = claimsOf(doc).find((c) => c.kind === 'count' && /机构设置|机构/u.test(c.place.section ?? ''));
    const claim = placeClaim ? claimRef(placeClaim.place) : null;
    const swapped =
      t.departments !== null &&
      t.units !== null &&
      t.departments !== t.units &&
      t.departments === n.units &&
      t.units === n.departments;
    if (swapped) {
      ctx.report({
        severity: 'error',
        message: {
          zh: `整体支出绩效目标表的内设职能部门数（${t.departments}）与所属预算单位数（${t.units}）填反了：机构设置写明内设 ${n.departments} 个、所属单位 ${n.units} 个。`,
          en: `The organisation form swaps internal divisions (${t.departments}) and subordinate units (${t.units}): the 机构设置 text gives ${n.departments} divisions and ${n.units} units.`,
        },
        formula: `内设 ${t.departments} / 所属 ${t.units} ≠ 内设 ${n.departments} / 所属 ${n.units}`,
        stated: `内设${t.departments}/所属${t.units}`,
        computed: `内设${n.departments}/所属${n.units}`,
        cells: [...cellOf('departments'), ...cellOf('units')],
        claim,
      });
    }
    for (const f of Object.keys(LABELS) as Field[]) {
      if (swapped && (f === 'departments' || f === 'units')) continue;
      const a = t[f];
      const b = n[f];
      if (a === null || b === null) continue;
      const cells = cellOf(f);
      if (a === b) {
        ctx.pass({ cells, claim });
        continue;
      }
      ctx.report({
        severity: 'warning',
        message: {
          zh: `整体支出绩效目标表的${LABELS[f].zh}为 ${a}，机构设置文字为 ${b}。`,
          en: `The organisation form gives ${a} ${LABELS[f].en}; the 机构设置 text gives ${b}.`,
        },
        formula: `${a} ≠ ${b}`,
        stated: String(a),
        computed: String(b),
        difference: String(a - b),
        cells,
        claim,
      });
    }
  },
});
