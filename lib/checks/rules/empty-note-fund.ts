/**
 * Rule (stage 6): the note of an empty table names the right fund. A 国有资本经营 table whose note says "无政府性基金
 * 预算" is a copy-paste from the neighbouring table: the reader is told nothing about the fund the table is for.
 */
import { defineCheck } from '../define-check';
import { FUNDS, fundOf, isEmptyAmountTable } from '../empty-tables';
import { tableLabel } from '../table-access';

const FUND_WORDS = [FUNDS.govFund, FUNDS.stateCapital, FUNDS.threePublic];

export default defineCheck({
  id: 'empty-note-fund',
  scope: 'document',
  title: { zh: '空表说明与表名不符', en: 'Empty-table note names another fund' },
  explain: {
    zh: '空表说明应针对本表所属资金，例如国有资本经营预算表应写“无国有资本经营预算”。说明中写的是别的资金，多为复制粘贴错误。',
    en: 'The note of an empty table should name the table’s own fund (a state-capital table: "no state-capital budget"). A note naming another fund is usually a copy-paste slip.',
  },
  formula: 'fund(note) = fund(table)',
  run(doc, ctx) {
    for (const t of doc.tables) {
      const own = fundOf(t.kind);
      if (!own || !isEmptyAmountTable(t) || t.notes.length === 0) continue;
      const text = t.notes.join(' ').normalize('NFKC');
      const others = FUND_WORDS.filter((f) => f !== own && f.re.test(text));
      const cell = { table: t.index, row: 0, col: 0 };
      if (own.re.test(text) || others.length === 0) {
        ctx.pass({ cells: [cell] });
        continue;
      }
      ctx.report({
        severity: 'warning',
        message: {
          zh: `${tableLabel(t)}为空表，但其说明写的是“${others.map((f) => f.name).join('、')}”而不是“${own.name}”：“${text}”。`,
          en: `${tableLabel(t)} is empty, but its note speaks of ${others.map((f) => f.name).join(', ')} instead of ${own.name}: "${text}".`,
        },
        formula: `note: ${others.map((f) => f.name).join(', ')} ≠ ${own.name}`,
        stated: text,
        cells: [cell],
      });
    }
  },
});
