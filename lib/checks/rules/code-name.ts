/**
 * Rule (stage 6): the same classification code carries the same name in every table of the document. Names are
 * compared after removing spaces and punctuation, so only real wording differences count. Reads the model only.
 */

import type { TableKind } from '../../model/table-kinds';
import { ECONOMIC_CODE_KINDS } from '../../model/table-kinds';
import { defineCheck } from '../define-check';
import type { CellRef } from '../finding';
import { codeCell, tableLabel } from '../table-access';

const norm = (s: string) => s.normalize('NFKC').replace(/[\s()（）“”"、，,.·]/gu, '');

export default defineCheck({
  id: 'code-name',
  scope: 'table',
  title: { zh: '同一编码不同名称', en: 'One code, two names' },
  explain: {
    zh: '同一科目编码在各表中应使用同一名称。名称不同说明编码或名称之一抄错了。',
    en: 'A code should carry the same name in every table. Different names mean either the code or the name was copied wrongly.',
  },
  formula: 'name(code, table A) = name(code, table B)',
  run(doc, ctx) {
    const seen = new Map<string, { name: string; cell: CellRef; table: string; kind: TableKind }>();
    for (const table of doc.tables) {
      const family = ECONOMIC_CODE_KINDS.has(table.kind) ? 'econ' : 'func';
      if (table.kind === 'budget.gov-fund-income') continue; // income codes (103…) are another classification
      for (const row of table.rows) {
        if (!row.code || row.sides || row.name.trim() === '') continue;
        const key = `${family}:${row.code}`;
        const cell = codeCell(table, row);
        const prev = seen.get(key);
        if (!prev) {
          seen.set(key, { name: row.name, cell, table: tableLabel(table), kind: table.kind });
          continue;
        }
        if (norm(prev.name) === norm(row.name)) continue;
        ctx.report({
          severity: 'warning',
          message: {
            zh: `科目 ${row.code} 在${prev.table}中名为“${prev.name}”，在${tableLabel(table)}中名为“${row.name}”。`,
            en: `Code ${row.code} is "${prev.name}" in ${prev.table} but "${row.name}" in ${tableLabel(table)}.`,
          },
          formula: `name(${row.code}): “${prev.name}” ≠ “${row.name}”`,
          stated: row.name,
          cells: [cell, prev.cell],
        });
      }
    }
  },
});
