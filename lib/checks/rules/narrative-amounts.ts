/**
 * Rule (stage 6): every amount the 情况说明 states about a table category (收入总计, 一般公共预算拨款收入, 基本支出,
 * 人员经费, “三公”经费, a function class …) equals the table value it speaks about, units converted first and
 * within the rounding of the digits both print. A subject printed in several tables passes when any plausible
 * reading holds; otherwise the finding names the section's own table. Reads the model (and the narrative blocks
 * when attached); never the DOM.
 *
 * What the text says is read before it is judged: an item listed under a total of another kind (公务接待费 among the
 * parts of 机关运行经费) is that total's breakdown, not the 三公 table's line, and is not compared; an amount printed
 * with the other unit whose digits are the table's is one unit typo; and an amount the tables print elsewhere, word
 * for word, is more likely linked to the wrong cell than wrong, so it is unverified, not an error.
 */
import Decimal from 'decimal.js';
import type { BudgetDocument } from '../../model/budget-document';
import { convert } from '../../money/unit';
import type { AmountClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { linkSubject, type TableValue } from '../../narrative/link';
import type { SubjectId } from '../../narrative/subjects';
import { claimTerm, tableTerm } from '../../narrative/terms';
import { defineCheck } from '../define-check';
import { amountColumns } from '../table-access';
import { compareSum } from '../tolerance';

const RANK = { exact: 0, rounding: 1, mismatch: 2 } as const;

/** Totals an item may be listed under (a 三公 item under 三公经费 or 公务用车购置及运行费, 人员经费 under 基本支出 …). */
const PARENTS: Partial<Record<SubjectId, readonly SubjectId[]>> = {
  outbound: ['three-public'],
  reception: ['three-public'],
  vehicle: ['three-public'],
  'vehicle-purchase': ['vehicle', 'three-public'],
  'vehicle-operation': ['vehicle', 'three-public'],
  meeting: ['three-public'],
  training: ['three-public'],
  personnel: ['basic', 'gp-basic'],
  public: ['basic', 'gp-basic'],
};

/** Claims listed as parts of a total, with that total's subject (null when the total names none). */
function listHeads(doc: BudgetDocument): Map<number, SubjectId | null> {
  const out = new Map<number, SubjectId | null>();
  for (const c of claimsOf(doc))
    if (c.kind === 'sum') for (const p of c.parts) out.set(p.id, c.total.subject?.id ?? null);
  return out;
}

/** Whether the tables print this amount anywhere (same unit, same digits): the text agrees with some cell. */
function printedSomewhere(doc: BudgetDocument, c: AmountClaim): boolean {
  for (const t of doc.tables) {
    const unit = t.unit ?? doc.document.unit;
    if (!unit) continue;
    const cols = amountColumns(t);
    for (const r of t.rows)
      for (const col of cols) {
        const rows = r.sides ? Object.values(r.sides) : [r];
        for (const src of rows) {
          const key = r.sides && col.side ? col.key.slice(col.side.length + 1) : col.key;
          const v = src?.amounts[key];
          if (v && !v.isZero() && convert(v, unit, c.unit).eq(c.value)) return true;
        }
      }
  }
  return false;
}

/** The stated amount is the table's, in the stated unit, cut off (not rounded) at the digits the text prints. */
function truncates(v: TableValue, c: AmountClaim): boolean {
  if (!v.value) return false;
  const inText = convert(v.value, v.unit, c.unit);
  if (inText.decimalPlaces() <= c.decimals) return false;
  const cut = inText.toDecimalPlaces(c.decimals, Decimal.ROUND_DOWN);
  return cut.eq(c.value) && !inText.toDecimalPlaces(c.decimals).eq(c.value);
}

export default defineCheck({
  id: 'narrative-amounts',
  scope: 'narrative',
  title: { zh: '说明中的金额 = 表中数', en: 'Amounts in the narrative = the tables' },
  explain: {
    zh: '情况说明中写到的每个金额（收入、支出、基本支出、人员经费、“三公”经费、各功能分类支出等）应与对应表格中的数一致；先统一单位，允许两边打印位数带来的四舍五入误差。',
    en: 'Every amount the narrative states (income, spending, basic spending, personnel costs, the three public expenses, each function class …) must equal the value in the table it refers to, after converting units and allowing for the rounding of the printed digits.',
  },
  formula: '文中金额 = 表中对应数',
  run(doc, ctx) {
    const heads = listHeads(doc);
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'amount' || c.isDelta || !c.subject) continue;
      const head = heads.get(c.id);
      const parents = PARENTS[c.subject.id];
      if (head !== undefined && parents && (head === null || !parents.includes(head))) continue;
      const values = linkSubject(doc, c.subject, c.place.section, c.measure);
      if (values.length === 0) continue;
      const stated = claimTerm(c);
      let best = values[0];
      let bestRank = 3;
      for (const v of values) {
        const r = RANK[compareSum(stated, [tableTerm(v)]).verdict];
        if (r < bestRank) {
          best = v;
          bestRank = r;
        }
      }
      if (!best) continue;
      const claim = claimRef(c.place);
      if (c.unitTypo && bestRank < 2) {
        const printed = `${c.value.toFixed(c.decimals)}${c.unitTypo}`;
        ctx.report({
          severity: 'warning',
          message: {
            zh: `情况说明「${c.label || c.subject.name}」写作 ${printed}，表中同一数字的单位是${c.unit}（${best.label}）：单位笔误。`,
            en: `Narrative "${c.label || c.subject.name}" prints ${printed}; the tables give the same digits in ${c.unit} (${best.label}): a unit typo.`,
          },
          formula: `${printed} → ${c.value.toFixed(c.decimals)}${c.unit}`,
          stated: c.value.toFixed(c.decimals),
          unit: c.unit,
          cells: [{ table: best.table, row: best.row, col: best.col }],
          claim,
        });
        continue;
      }
      // The table prints more digits and the text cut them off (87.708 → 87.70): a way of printing, not a mistake.
      if (bestRank === 2 && best.value && truncates(best, c)) {
        ctx.compare({
          what: {
            zh: `情况说明「${c.label || c.subject.name}」与${best.label}`,
            en: `Narrative "${c.label || c.subject.name}" vs ${best.label}`,
          },
          stated,
          terms: [tableTerm(best)],
          claim,
          severity: 'info',
          note: {
            zh: '（文中金额为表中数的截断值，未四舍五入。）',
            en: '(The text truncates the table’s amount instead of rounding it.)',
          },
        });
        continue;
      }
      const elsewhere = bestRank === 2 && printedSomewhere(doc, c);
      ctx.compare({
        what: {
          zh: `情况说明「${c.label || c.subject.name}」与${best.label}`,
          en: `Narrative "${c.label || c.subject.name}" vs ${best.label}`,
        },
        stated,
        terms: [tableTerm(best)],
        claim,
        ...(elsewhere
          ? {
              severity: 'unverified' as const,
              note: {
                zh: '表中别处印有同一数字，说明所指的可能是那一格，此项未核实。',
                en: 'The tables print the same amount elsewhere; the text may refer to that cell, so this is not verified.',
              },
            }
          : {}),
      });
    }
  },
});
