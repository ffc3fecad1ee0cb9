/**
 * Rule (stage 6): the rows printed under a 类/款 belong to it by code prefix. A row placed under 210 whose code does
 * not extend 210 with a valid 款 (e.g. a misprinted `2101`) breaks the roll-up and the joins with other tables.
 * Position is only used to find the rows that look like children; membership is judged by prefix.
 */

import { ECONOMIC_CODE_KINDS } from '../../model/table-kinds';
import { defineCheck } from '../define-check';
import { codeCell, tableLabel } from '../table-access';

export default defineCheck({
  id: 'code-prefix',
  scope: 'table',
  title: { zh: '下级科目编码前缀', en: 'Sub-item code prefix' },
  explain: {
    zh: '列在某“类”或“款”之下的科目，其编码应以上级编码开头并多出两位。不符时，按编码汇总和跨表对应都会出错。',
    en: 'Rows listed under a class or section should have codes that extend the parent code by two digits. Otherwise roll-ups and cross-table joins by code break.',
  },
  formula: 'child.code = parent.code + 2 digits',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.twoSided) continue;
      const economic = ECONOMIC_CODE_KINDS.has(table.kind);
      const valid = (c: string) => c.length === 3 || c.length === 5 || c.length === 7;
      const rows = table.rows.filter((r) => r.code !== undefined);
      for (let i = 0; i < rows.length; i++) {
        const parent = rows[i];
        if (!parent?.code || !valid(parent.code) || parent.code.length === 7) continue;
        if (economic && parent.code.length === 5) continue;
        const want = parent.code.length + 2;
        const bad: typeof rows = [];
        let children = 0;
        for (let j = i + 1; j < rows.length; j++) {
          const r = rows[j];
          if (!r?.code) continue;
          if (valid(r.code) && r.code.length <= parent.code.length) break;
          // An item whose 款 is not printed (3010201 under 301, no 30102 row) belongs to the 类 by its prefix.
          if (
            r.code.length === parent.code.length + 4 &&
            r.code.startsWith(parent.code) &&
            !rows.some((x) => x.code === r.code?.slice(0, want))
          ) {
            children++;
            continue;
          }
          // Only the next level down (deeper rows are judged against their own parent).
          if (valid(r.code) && r.code.length > want) continue;
          children++;
          if (!(r.code.startsWith(parent.code) && r.code.length === want)) bad.push(r);
        }
        if (children === 0) continue;
        if (bad.length === 0) {
          ctx.pass({ cells: [codeCell(table, parent)] });
          continue;
        }
        const list = bad.map((r) => r.code).join('、');
        ctx.report({
          severity: 'warning',
          message: {
            zh: `${tableLabel(table)}：“${parent.code} ${parent.name}”之下列出的科目 ${list} 编码不以 ${parent.code} 开头或位数不对，按编码无法归入该科目。`,
            en: `${tableLabel(table)}: rows listed under "${parent.code} ${parent.name}" (${list}) do not extend code ${parent.code} by two digits, so by code they do not belong to it.`,
          },
          formula: `children(${parent.code}) by position [${bad.map((r) => r.code).join(', ')}] ⊄ by prefix`,
          stated: parent.code,
          cells: [codeCell(table, parent), ...bad.map((r) => codeCell(table, r))],
        });
      }
    }
  },
});
