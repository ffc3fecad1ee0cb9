/**
 * Rule (stage 6): 机关运行经费 against the 公用经费 of the basic-expenditure economic table. 机关运行经费 is the 公用经费
 * of administrative units (and 参公 事业单位) only, so in a department with other 事业单位 it is legitimately smaller:
 * that gap is `info` with the explanation, never an error. 机关运行经费 larger than all 公用经费 is a `warning`.
 */
import { defineCheck } from '../define-check';
import { compareAcross, totalRow } from '../joins';
import { columnFor, tableOf, termAt } from '../table-access';
import { itemCell } from '../three-public';
import { compareSum } from '../tolerance';

export default defineCheck({
  id: 'admin-operating-vs-public',
  scope: 'cross',
  title: { zh: '机关运行经费与公用经费对照', en: 'Administrative operating costs vs public costs' },
  explain: {
    zh: '机关运行经费是行政单位（含参公事业单位）的公用经费。纯行政单位的部门两者应相等；含其他事业单位的部门，机关运行经费小于公用经费属正常，但不应大于。',
    en: 'Administrative operating costs are the public costs of administrative units. For a purely administrative department they are equal; with other public institutions they are smaller — but never larger.',
  },
  formula: '机关运行经费 ≤ 基本支出经济分类.合计.公用经费',
  run(doc, ctx) {
    const econ = tableOf(doc, 'budget.basic-economic');
    const ao = itemCell(doc, 'admin-operating') ?? adminTableTotal(doc);
    if (!econ || econ.empty || !ao) return;
    const pub = columnFor(econ, 'public');
    const row = totalRow(econ);
    if (!pub || !row) return;
    const a = termAt(doc, ao.table, ao.row, ao.col, '机关运行经费');
    const b = termAt(doc, econ, row, pub, '公用经费');
    if (a.blank && b.blank) return;
    const c = compareSum(a, [b]);
    const above = c.verdict === 'mismatch' && c.differenceYuan.isPositive();
    const units =
      ao.table.kind === 'budget.admin-operating' ? ao.table.rows.filter((r) => !r.isTotal).map((r) => r.name) : [];
    compareAcross(
      doc,
      ctx,
      { zh: '机关运行经费与基本支出公用经费', en: 'administrative operating costs vs public costs' },
      { table: ao.table, row: ao.row, col: ao.col, label: '机关运行经费' },
      [{ table: econ, row, col: pub, label: '公用经费' }],
      above
        ? {
            severity: 'warning',
            note: {
              zh: '机关运行经费属于公用经费，不应大于公用经费合计。',
              en: 'They are part of public costs and cannot exceed them.',
            },
          }
        : {
            severity: 'info',
            note: {
              zh: `差额属口径不同：机关运行经费只含行政单位及参公事业单位的公用经费${units.length > 0 ? `（本表列出：${units.join('、')}）` : ''}，公用经费合计还含其他事业单位，不视为错误。`,
              en: `Scope difference: administrative operating costs cover administrative units only${units.length > 0 ? ` (listed: ${units.join(', ')})` : ''}, public costs all units — not an error.`,
            },
          },
    );
  },
});

function adminTableTotal(doc: Parameters<typeof tableOf>[0]) {
  const t = tableOf(doc, 'budget.admin-operating');
  if (!t || t.empty) return null;
  const row = totalRow(t) ?? t.rows[0];
  const col = columnFor(t, 'total') ?? columnFor(t, 'amount') ?? columnFor(t, 'general-public');
  return row && col ? { table: t, row, col } : null;
}
