/**
 * Rule (stage 6): each 项目支出绩效目标表's 年度资金总额 (printed in 元) equals its project's row in the 项目支出预算表
 * (printed in 万元): converted to one unit first, within the rounding of the row's printed digits. Reads the model and
 * the annex grids the pipeline attaches (lib/narrative/sources); without them it has nothing to read.
 */
import Decimal from 'decimal.js';
import { matchPerfForms } from '../../narrative/perf-match';
import { projectRowsOf } from '../../narrative/project-rows';
import { nameKey } from '../../narrative/similarity';
import { defineCheck } from '../define-check';
import { compareSum } from '../tolerance';

export default defineCheck({
  id: 'perf-amounts',
  scope: 'narrative',
  title: { zh: '绩效目标表金额 = 项目支出表', en: 'Performance annex amount = project table' },
  explain: {
    zh: '项目支出绩效目标表的“年度资金总额”（单位：元）除以 10000，应等于项目支出预算表中该项目的金额（单位：万元）。',
    en: "A project performance form states its annual funds in yuan; divided by 10,000 they must equal the project's row in the project expenditure table (in 10,000 yuan).",
  },
  formula: '年度资金总额(元) ÷ 10⁴ = 项目支出表(万元)',
  run(doc, ctx) {
    const { carryover } = projectRowsOf(doc);
    for (const m of matchPerfForms(doc).matches) {
      const a = m.form.annual;
      if (!a || m.row.value === null) continue;
      const unit = m.row.table.unit ?? '万元';
      const annual = { value: a.value, decimals: a.decimals, unit: a.unit };
      // A project funded this year and from last year's carry-over may state both in one form.
      const same = carryover.filter(
        (r) => r !== m.row && r.value !== null && nameKey(r.row.name) === nameKey(m.row.row.name),
      );
      if (same.length > 0) {
        const rows = [m.row, ...same];
        const c = compareSum(
          annual,
          rows.map((r) => ({ value: r.value ?? new Decimal(0), decimals: r.decimals, unit: r.table.unit ?? '万元' })),
        );
        if (c.verdict !== 'mismatch') {
          ctx.pass({ cells: rows.map((r) => ({ table: r.table.index, row: r.row.gridRow, col: r.col })) });
          continue;
        }
      }
      ctx.compare({
        what: {
          zh: `项目「${m.row.row.name}」：项目支出表金额与绩效目标表年度资金总额`,
          en: `Project "${m.row.row.name}": project table amount vs the performance form's annual funds`,
        },
        stated: {
          value: m.row.value,
          decimals: m.row.decimals,
          unit,
          cell: { table: m.row.table.index, row: m.row.row.gridRow, col: m.row.col },
          label: m.row.row.name,
        },
        terms: [
          {
            value: a.value,
            decimals: a.decimals,
            unit: a.unit,
            cell: { table: m.form.table, row: a.cell.row, col: a.cell.col },
            label: '绩效目标表 年度资金总额',
          },
        ],
      });
    }
  },
});
