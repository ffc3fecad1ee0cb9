/**
 * Rule (stage 6): a standard table published without any amount should say why (`注：本表无数据` / `本部门无…预算，
 * 故本表为空表`). An empty table with no note at all leaves the reader unable to tell "nothing" from "left out".
 */
import { FORM_KINDS } from '../../model/table-kinds';
import { defineCheck } from '../define-check';
import { isEmptyAmountTable } from '../empty-tables';
import { tableLabel } from '../table-access';

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
      if (t.emptyNote) {
        ctx.pass({ cells: [{ table: t.index, row: 0, col: 0 }] });
        continue;
      }
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
