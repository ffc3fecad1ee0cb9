/**
 * Rule (stage 6): the 绩效管理 paragraph splits the projects into categories — `其他运转类项目1个，涉及金额2.15万元；
 * 特定目标类项目20个，涉及金额7,165.12万元`. When the counts add up to the project table's rows and the small category
 * is identified unambiguously by its amount (one row, or a unique pair/triple of rows), the other category must be
 * the table total minus those rows. Reads the narrative and the 项目支出预算表.
 */
import Decimal from 'decimal.js';
import type { AmountClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { linkSubject } from '../../narrative/link';
import { type ProjectRow, projectRowsOf } from '../../narrative/project-rows';
import { claimTerm, tableTerm } from '../../narrative/terms';
import { fold } from '../../recognise/fold';
import { defineCheck } from '../define-check';

const MAX_SMALL = 3;

function countOf(sentence: string, part: AmountClaim): number | null {
  const name = part.subject?.name;
  if (!name) return null;
  const m = new RegExp(`${name}(\\d+)个`, 'u').exec(fold(sentence));
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * Row subsets of size k whose printed amounts sum exactly to `target` (k ≤ 3). The search adds thousands of
 * combinations, so the amounts are first scaled once (exactly, with Decimal) to whole numbers of their smallest printed
 * digit; sums of such integers are exact in a double below 2^53. Amounts that do not scale that way are searched with
 * Decimal.
 */
function subsets(rows: readonly ProjectRow[], k: number, target: Decimal): ProjectRow[][] {
  const values = rows.map((r) => r.value ?? new Decimal(0));
  const places = Math.max(target.decimalPlaces(), ...values.map((v) => v.decimalPlaces()));
  const scale = (d: Decimal) => d.times(new Decimal(10).pow(places));
  const scaled = [...values, target].map(scale);
  const exact = scaled.every((d) => d.isInteger() && d.abs().lte(Number.MAX_SAFE_INTEGER / (k + 1)));
  const amounts = exact ? scaled.map((d) => d.toNumber()) : null;
  const goal = amounts ? (amounts[amounts.length - 1] as number) : 0;
  const out: ProjectRow[][] = [];
  const walk = (start: number, chosen: number[], acc: number, accD: Decimal) => {
    if (out.length > 1) return;
    if (chosen.length === k) {
      if (amounts ? acc === goal : accD.eq(target)) out.push(chosen.map((i) => rows[i] as ProjectRow));
      return;
    }
    for (let i = start; i < rows.length; i++) {
      if (amounts) walk(i + 1, [...chosen, i], acc + (amounts[i] as number), accD);
      else walk(i + 1, [...chosen, i], 0, accD.plus(values[i] as Decimal));
    }
  };
  walk(0, [], 0, new Decimal(0));
  return out;
}

export default defineCheck({
  id: 'narrative-project-split',
  scope: 'narrative',
  title: { zh: '说明中按类别的项目金额', en: 'Project amounts by category in the narrative' },
  explain: {
    zh: '绩效管理情况中按“其他运转类 / 特定目标类”分列的项目金额，应与项目支出预算表一致：能从表中唯一认出的一类确定后，另一类应等于表中合计减去这些项目。',
    en: 'The project amounts split by category in the performance paragraph must match the project table: once one category is identified in the table by its amount, the other must equal the table total minus those rows.',
  },
  formula: '另一类金额 = 项目表合计 − 已认出的项目',
  run(doc, ctx) {
    const rows = projectRowsOf(doc).current;
    if (rows.length === 0) return;
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'sum' || c.parts.length !== 2 || c.total.subject?.id !== 'perf-projects') continue;
      if (!c.parts.every((p) => p.subject?.id === 'perf-category')) continue;
      const counts = c.parts.map((p) => countOf(c.place.sentence, p));
      if (counts.some((n) => n === null) || (counts as number[]).reduce((a, b) => a + b, 0) !== rows.length) continue;
      const small = (counts[0] as number) <= (counts[1] as number) ? 0 : 1;
      const k = counts[small] as number;
      const smallPart = c.parts[small] as AmountClaim;
      const other = c.parts[1 - small] as AmountClaim;
      if (k < 1 || k > MAX_SMALL) continue;
      const found = subsets(rows, k, smallPart.value);
      if (found.length !== 1) continue;
      const total = linkSubject(doc, { id: 'perf-projects', name: '项目支出合计' }, null)[0];
      if (!total || total.value === null) continue;
      const picked = found[0] as ProjectRow[];
      ctx.compare({
        what: {
          zh: `情况说明「${other.subject?.name ?? other.label}」金额与项目支出预算表（合计减去${picked.map((r) => r.row.name).join('、')}）`,
          en: `Narrative "${other.subject?.name ?? other.label}" vs the project table total minus ${picked.map((r) => r.row.name).join(', ')}`,
        },
        stated: claimTerm(other),
        terms: [
          tableTerm(total),
          ...picked.map((r) => ({
            value: r.value ?? new Decimal(0),
            decimals: r.decimals,
            unit: r.table.unit ?? '万元',
            cell: { table: r.table.index, row: r.row.gridRow, col: r.col },
            label: r.row.name,
            negate: true,
          })),
        ],
        claim: claimRef(c.place),
      });
    }
  },
});
