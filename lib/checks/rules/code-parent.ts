/**
 * Rule (stage 6): a 款 or 项 whose 类/款 is not printed in the same table (when the table prints parents at all) —
 * usually the parent's code is misprinted. Reads codes as printed.
 */

import { ECONOMIC_CODE_KINDS } from '../../model/table-kinds';
import { defineCheck } from '../define-check';
import { codeCell, tableLabel } from '../table-access';

export default defineCheck({
  id: 'code-parent',
  scope: 'table',
  title: { zh: '上级科目缺失', en: 'Missing parent code' },
  explain: {
    zh: '表中列出了“款”或“项”，但找不到编码为其前缀的上级科目。通常是上级科目编码印错了。',
    en: 'A section or item is listed, but no row carries its parent code. Usually the parent code is misprinted.',
  },
  formula: 'parent(code) ∈ codes',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.twoSided) continue;
      const economic = ECONOMIC_CODE_KINDS.has(table.kind);
      const codes = new Set(table.rows.map((r) => r.code).filter((c): c is string => c !== undefined));
      const lens = new Set([...codes].map((c) => c.length));
      for (const row of table.rows) {
        const code = row.code;
        if (!code || !(code.length === 5 || (!economic && code.length === 7))) continue;
        const parent = code.slice(0, code.length - 2);
        // Tables that print only 项 (or only 款) rows have no parents to miss; one printing 类 rows prints them all.
        if (!lens.has(parent.length) && !lens.has(3)) continue;
        if (codes.has(parent)) continue;
        ctx.report({
          severity: 'warning',
          message: {
            zh: `${tableLabel(table)}：科目“${code} ${row.name}”的上级科目 ${parent} 未列出。`,
            en: `${tableLabel(table)}: the parent ${parent} of "${code} ${row.name}" is not listed.`,
          },
          formula: `${parent} ∉ codes`,
          stated: code,
          cells: [codeCell(table, row)],
        });
      }
    }
  },
});
