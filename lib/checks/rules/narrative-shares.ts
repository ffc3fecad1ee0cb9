/**
 * Rule (stage 6): every share the 情况说明 states (`…X万元，占Y%`) recomputed from the amounts it relates — the part
 * and the whole the sentence names (the list's head amount, or the total named after 占: `占项目支出总额的`, read
 * from its table). The bound is the rounding of both amounts and of the printed percentage. Reads the model and the
 * narrative; never the DOM.
 */

import type { BudgetDocument } from '../../model/budget-document';
import { convert } from '../../money/unit';
import type { ShareClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { linkSubject } from '../../narrative/link';
import { checkShare, type PercentCheck, type PrintedNumber } from '../../narrative/percent';
import { defineCheck } from '../define-check';
import { formatAmount } from '../tolerance';

interface Whole {
  n: PrintedNumber;
  label: string;
  cell: { table: number; row: number; col: number } | null;
}

function wholes(doc: BudgetDocument, c: ShareClaim): Whole[] {
  const out: Whole[] = [];
  if (c.whole) {
    const w = c.whole;
    out.push({
      n: { value: convert(w.value, w.unit, c.part.unit), decimals: w.decimals },
      label: w.subject?.name || w.label,
      cell: null,
    });
  }
  if (c.wholeSubject) {
    // The named total is read from the tables in the subject's own order (a share of 项目支出总额 is of 表3's total).
    for (const v of linkSubject(doc, c.wholeSubject, null)) {
      if (v.value === null) continue;
      out.push({
        n: { value: convert(v.value, v.unit, c.part.unit), decimals: v.unit === c.part.unit ? v.decimals : 6 },
        label: v.label,
        cell: { table: v.table, row: v.row, col: v.col },
      });
    }
  }
  return out;
}

const pctText = (d: { toFixed(n?: number): string }, n: number) => d.toFixed(n);

export default defineCheck({
  id: 'narrative-shares',
  scope: 'narrative',
  title: { zh: '说明中的占比', en: 'Shares stated in the narrative' },
  explain: {
    zh: '情况说明中“占X%”的比例，用文中的分项金额除以它所属的总额重新计算；允许金额和百分比打印位数带来的四舍五入误差。',
    en: 'Each "accounts for X%" in the narrative is recomputed as the stated part over the total it belongs to, allowing for the rounding of the printed amounts and percentage.',
  },
  formula: '占比 = 分项 ÷ 总额 × 100%',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'share') continue;
      const ws = wholes(doc, c);
      let best: { w: Whole; r: PercentCheck } | null = null;
      const order = { exact: 0, rounding: 1, mismatch: 2 } as const;
      for (const w of ws) {
        const r = checkShare({ value: c.part.value, decimals: c.part.decimals }, w.n, {
          value: c.pct,
          decimals: c.pctDecimals,
        });
        if (r && (!best || order[r.verdict] < order[best.r.verdict])) best = { w, r };
      }
      if (!best) continue;
      const { w, r } = best;
      const cells = w.cell ? [w.cell] : [];
      const claim = claimRef(c.place);
      if (r.verdict === 'exact') {
        ctx.pass({ cells, claim });
        continue;
      }
      const partText = c.part.value.toFixed(c.part.decimals);
      const wholeText = w.n.value.toFixed(w.n.decimals);
      const computed = formatAmount(r.computed.toDecimalPlaces(4), 2);
      const formula = `${partText} ÷ ${w.label} ${wholeText} × 100% = ${computed}%${r.verdict === 'rounding' ? ' ≈ ' : ' ≠ '}${pctText(c.pct, c.pctDecimals)}%`;
      const rounding = r.verdict === 'rounding';
      ctx.report({
        severity: rounding ? 'rounding' : 'error',
        message: rounding
          ? {
              zh: `「${c.part.label}」占比：写作 ${c.pct.toFixed(c.pctDecimals)}%，按 ${partText} ÷ ${wholeText} 计算为 ${computed}%，差异在四舍五入范围（±${formatAmount(r.tolerance.toDecimalPlaces(4), 0)}个百分点）内。`,
              en: `Share of "${c.part.label}": stated ${c.pct.toFixed(c.pctDecimals)}%, ${partText} / ${wholeText} gives ${computed}%; within rounding (±${formatAmount(r.tolerance.toDecimalPlaces(4), 0)} points).`,
            }
          : {
              zh: `「${c.part.label}」占比：写作 ${c.pct.toFixed(c.pctDecimals)}%，但 ${partText} ÷ ${w.label} ${wholeText} = ${computed}%，相差 ${formatAmount(r.difference.toDecimalPlaces(4), 0)} 个百分点（超出四舍五入误差 ±${formatAmount(r.tolerance.toDecimalPlaces(4), 0)}）。`,
              en: `Share of "${c.part.label}": stated ${c.pct.toFixed(c.pctDecimals)}%, but ${partText} / ${wholeText} = ${computed}%, off by ${formatAmount(r.difference.toDecimalPlaces(4), 0)} points (beyond rounding, ±${formatAmount(r.tolerance.toDecimalPlaces(4), 0)}).`,
            },
        formula,
        stated: c.pct.toFixed(c.pctDecimals),
        computed: formatAmount(r.computed.toDecimalPlaces(6), 2),
        difference: formatAmount(r.difference.toDecimalPlaces(6), 0),
        tolerance: formatAmount(r.tolerance.toDecimalPlaces(6), 0),
        unit: null,
        cells,
        claim,
      });
    }
  },
});
