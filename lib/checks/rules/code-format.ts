/**
 * Rule (stage 6): every classification code has a valid length — function codes 3/5/7 digits (类/款/项), economic
 * codes 3/5 (7 for sub-items) — so `2101` printed for `21011` is caught. Reads the codes as printed; never corrects them.
 */

import { SIDES } from '../../model/column-roles';
import { defineCheck } from '../define-check';
import { codeCell, tableLabel } from '../table-access';

export default defineCheck({
  id: 'code-format',
  scope: 'table',
  title: { zh: '科目编码位数', en: 'Code length' },
  explain: {
    zh: '功能分类科目编码应为 3 位（类）、5 位（款）或 7 位（项）；经济分类编码为 3 位或 5 位（部分地区另列 7 位的明细，如 3010201）。位数不对通常是漏印或多印了一位，会使该科目无法与其他表对应。',
    en: 'Function codes have 3 (class), 5 (section) or 7 (item) digits; economic codes 3 or 5 (7 for sub-items such as 3010201). A wrong length is usually a dropped or doubled digit, and the row can no longer be matched across tables.',
  },
  formula: 'len(code) ∈ {3, 5, 7}',
  run(doc, ctx) {
    for (const table of doc.tables) {
      // Function codes 3/5/7; economic codes 3/5, and 7 for the sub-items some templates print (3010201).
      const valid = [3, 5, 7];
      for (const row of table.rows) {
        const coded: { code: string; cell: ReturnType<typeof codeCell> }[] = [];
        if (row.sides) {
          for (const side of SIDES) {
            const code = row.sides[side]?.code;
            if (code) coded.push({ code, cell: codeCell(table, row, side) });
          }
        } else if (row.code) coded.push({ code: row.code, cell: codeCell(table, row) });
        for (const { code, cell } of coded) {
          if (valid.includes(code.length)) {
            ctx.pass({ cells: [cell] });
            continue;
          }
          ctx.report({
            severity: 'error',
            message: {
              zh: `${tableLabel(table)}：科目编码“${code}”（${row.name}）为 ${code.length} 位，应为 ${valid.join('/')} 位，疑为漏印或多印一位数字。`,
              en: `${tableLabel(table)}: code "${code}" (${row.name}) has ${code.length} digits; codes have ${valid.join('/')} digits — probably a dropped or extra digit.`,
            },
            formula: `len(${code}) = ${code.length} ∉ {${valid.join(', ')}}`,
            stated: code,
            cells: [cell],
          });
        }
      }
    }
  },
});
