/**
 * Rule (stage 6): a standard table published without any amount should say why (`注：本表无数据` / `本部门无…预算，
 * 故本表为空表`). An empty table with no note at all leaves the reader unable to tell "nothing" from "left out".
 */
import type { BudgetDocument, BudgetTable } from '../../model/budget-document';
import { FORM_KINDS } from '../../model/table-kinds';
import { sourcesOf } from '../../narrative/sources';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';
import { isEmptyAmountTable } from '../empty-tables';
import { tableLabel } from '../table-access';
import { tableNumber } from './tables-present';

/**
 * The 目录 may say why a table is empty (西安: 是否空表 | 公开空表理由 — 表9 … 是 | 本单位无政府性基金预算): a contents row
 * naming the table (by its number, or its title) that gives a reason explains it.
 */
function explainedInContents(doc: BudgetDocument, t: BudgetTable): boolean {
  const grids = sourcesOf(doc)?.grids ?? [];
  const number = t.title ? tableNumber(t.title) : null;
  const title = fold(t.title ?? '')
    .replace(/^.{0,8}?表[一二三四五六七八九十\d]+/u, '')
    .replace(/\d{4}年/gu, '');
  for (const toc of doc.tables) {
    if (toc.kind !== 'toc') continue;
    for (const row of grids[toc.index] ?? []) {
      const text = fold(row.map((c) => c.text).join('|'));
      const names =
        (number !== null && row.some((c) => tableNumber(c.text) === number)) ||
        (title.length >= 6 && text.includes(title));
      if (names && /无|空表|不涉及|未安排/u.test(text.replace(title, ''))) return true;
    }
  }
  return false;
}

export default defineCheck({
  id: 'empty-table-note',
  scope: 'document',
  title: { zh: '空表应有说明', en: 'Empty tables carry a note' },
  explain: {
    zh: '没有数据的公开表格应注明原因（如“本部门无政府性基金预算，故本表为空表”），否则读者无法区分“没有”与“漏报”。',
    en: 'A published table without data should say why (e.g. "no government-fund budget, so this table is empty"); otherwise readers cannot tell "none" from "omitted".',
  },
  formula: 'empty(table) ⇒ note(table)',
  run(doc, ctx) {
    const statements = doc.tables.filter((t) => t.kind.startsWith('budget.') || t.kind.startsWith('final.'));
    const amountTables = statements.filter((t) => !FORM_KINDS.has(t.kind));
    // A document whose tables are all blank is a template or a form, not a disclosure with gaps: say so once.
    if (amountTables.length >= 3 && amountTables.every(isEmptyAmountTable)) {
      ctx.report({
        severity: 'info',
        message: {
          zh: `本文件的 ${amountTables.length} 张表都没有金额，可能是模板或尚未填报的表样。`,
          en: `None of the ${amountTables.length} tables of this document holds an amount: probably a template or a blank form.`,
        },
        formula: 'all tables empty',
        cells: [],
      });
      return;
    }
    for (const t of doc.tables) {
      if (!t.kind.startsWith('budget.') && !t.kind.startsWith('final.')) continue;
      if (!isEmptyAmountTable(t)) continue;
      if (t.emptyNote || explainedInContents(doc, t)) {
        ctx.pass({ cells: [{ table: t.index, row: 0, col: 0 }] });
        continue;
      }
      // A table printing 0.00 throughout states its amounts (zero); only a blank one leaves the reader guessing.
      if (!t.empty) continue;
      ctx.report({
        severity: 'warning',
        message: {
          zh: `${tableLabel(t)}没有任何金额，也没有说明为何为空（如“本表无数据”）。`,
          en: `${tableLabel(t)} has no amounts and no note saying why it is empty.`,
        },
        formula: 'empty, no note',
        cells: [{ table: t.index, row: 0, col: 0 }],
      });
    }
  },
});
