/**
 * Rule (stage 6): every share the 情况说明 states (`…X万元，占Y%`) recomputed from the amounts it relates — the part
 * and the whole the sentence names (the total named after 占: `占项目支出总额的`, read from its table), else the head
 * of the list it sits in. The bound is the rounding of both amounts and of the printed percentage.
 *
 * The base is read before the share is judged. Texts often leave it implicit (`支出包括：一般公共服务支出X万元，占
 * 81.65%` under a 财政拨款 total printed paragraphs earlier): a share that holds against one of the document's own
 * totals is taken to be of that total. A share printed truncated rather than rounded (31.57 for 31.579) is info. A
 * share that holds against no base is an error where the text names its base, and unverified where it does not.
 */

import Decimal from 'decimal.js';
import type { BudgetDocument } from '../../model/budget-document';
import { convert } from '../../money/unit';
import type { ShareClaim } from '../../narrative/claims';
import { claimRef, claimsOf } from '../../narrative/claims-of';
import { linkSubject } from '../../narrative/link';
import { checkShare, type PercentCheck, type PrintedNumber } from '../../narrative/percent';
import type { SubjectId } from '../../narrative/subjects';
import { defineCheck } from '../define-check';
import { formatAmount } from '../tolerance';

interface Whole {
  n: PrintedNumber;
  label: string;
  cell: { table: number; row: number; col: number } | null;
}

/** The document's totals a share may be of when the text does not say. */
const DOCUMENT_TOTALS: readonly SubjectId[] = [
  'income-grand',
  'expenditure-grand',
  'income-current',
  'expenditure-current',
  'fiscal-total',
  'fiscal-current',
  'gp-current',
  'basic',
  'project',
  'three-public',
  'admin-operating',
];

function linked(doc: BudgetDocument, c: ShareClaim, id: SubjectId | null, subject = c.wholeSubject): Whole[] {
  const s = id ? { id, name: id } : subject;
  if (!s) return [];
  return linkSubject(doc, s, c.place.section).flatMap((v) =>
    v.value === null
      ? []
      : [
          {
            n: { value: convert(v.value, v.unit, c.part.unit), decimals: v.unit === c.part.unit ? v.decimals : 6 },
            label: v.label,
            cell: { table: v.table, row: v.row, col: v.col },
          },
        ],
  );
}

function headWhole(c: ShareClaim): Whole | null {
  const w = c.whole;
  if (!w) return null;
  return {
    n: { value: convert(w.value, w.unit, c.part.unit), decimals: w.decimals },
    label: w.subject?.name || w.label,
    cell: null,
  };
}

const check = (c: ShareClaim, w: Whole) =>
  checkShare({ value: c.part.value, decimals: c.part.decimals }, w.n, { value: c.pct, decimals: c.pctDecimals });

function holding(c: ShareClaim, ws: Whole[]): { w: Whole; r: PercentCheck } | null {
  let best: { w: Whole; r: PercentCheck } | null = null;
  const order = { exact: 0, rounding: 1, mismatch: 2 } as const;
  for (const w of ws) {
    const r = check(c, w);
    if (r && r.verdict !== 'mismatch' && (!best || order[r.verdict] < order[best.r.verdict])) best = { w, r };
  }
  return best;
}

/** The printed percentage is the computed one cut off, not rounded, at the printed digits. */
function truncated(r: PercentCheck, pct: Decimal, decimals: number): boolean {
  return r.computed.toDecimalPlaces(decimals, Decimal.ROUND_DOWN).eq(pct);
}

const pct2 = (d: Decimal) => formatAmount(d.toDecimalPlaces(4), 2);

export default defineCheck({
  id: 'narrative-shares',
  scope: 'narrative',
  title: { zh: '说明中的占比', en: 'Shares stated in the narrative' },
  explain: {
    zh: '情况说明中“占X%”的比例，用文中的分项金额除以它所属的总额重新计算；允许金额和百分比打印位数带来的四舍五入误差。文中未写明总额时，按本文件的各项总额中能使其成立者判断；截断而非四舍五入的百分比只作提示。',
    en: 'Each "accounts for X%" in the narrative is recomputed as the stated part over the total it belongs to, allowing for the rounding of the printed amounts and percentage. Where the text leaves the total implicit, the document’s own totals are tried; a percentage truncated rather than rounded is only noted.',
  },
  formula: '占比 = 分项 ÷ 总额 × 100%',
  run(doc, ctx) {
    for (const c of claimsOf(doc)) {
      if (c.kind !== 'share') continue;
      const claim = claimRef(c.place);
      const named = linked(doc, c, null);
      const head = headWhole(c);
      const primary = named[0] ?? head;
      if (!primary) continue;
      const own = holding(c, named.length > 0 ? named : head ? [head] : []);
      if (own) {
        if (own.r.verdict === 'exact') ctx.pass({ cells: own.w.cell ? [own.w.cell] : [], claim });
        else report(ctx, c, own.w, own.r, 'rounding', claim);
        continue;
      }
      const first = check(c, primary);
      if (!first) continue;
      if (truncated(first, c.pct, c.pctDecimals)) {
        report(ctx, c, primary, first, 'info', claim, {
          zh: '（百分比为截断值，未四舍五入。）',
          en: '(The percentage is truncated, not rounded.)',
        });
        continue;
      }
      // The document's other totals, and the head of the list when the text named another base.
      const others = [
        ...DOCUMENT_TOTALS.flatMap((id) => linked(doc, c, id)),
        ...(named.length > 0 && head ? [head] : []),
      ];
      const other = holding(c, others);
      if (other && named.length === 0) {
        if (other.r.verdict === 'exact') ctx.pass({ cells: other.w.cell ? [other.w.cell] : [], claim });
        else report(ctx, c, other.w, other.r, 'rounding', claim);
        continue;
      }
      if (other) {
        report(ctx, c, primary, first, 'warning', claim, {
          zh: `（该比例是占${other.w.label}的比例，与文中所写的总额不符。）`,
          en: `(The share is of ${other.w.label}, not of the total the text names.)`,
        });
        continue;
      }
      // No base makes it hold: wrong where the base is the text's own (named after 占, or a total heading the list).
      const headIsTotal = !!c.whole?.subject && DOCUMENT_TOTALS.includes(c.whole.subject.id);
      // A 决算's 绩效自评 speaks of the projects' 全年预算数, which its tables do not print: the base is not read.
      const selfReview = doc.document.kind === 'final' && /绩效/u.test(c.place.sentence);
      const confirmed = (named.length > 0 || headIsTotal) && !selfReview;
      report(
        ctx,
        c,
        primary,
        first,
        confirmed ? 'error' : 'unverified',
        claim,
        confirmed
          ? undefined
          : selfReview
            ? {
                zh: '（绩效自评的金额按预算数计，表中印的是决算数，此项未核实。）',
                en: '(Self-review amounts are budgets; the tables print outturns, so this is not verified.)',
              }
            : {
                zh: '（文中未写明总额，按所在段落的首个金额计算，此项未核实。）',
                en: '(The text names no base; computed on the paragraph’s first amount, not verified.)',
              },
      );
    }
  },
});

function report(
  ctx: Parameters<Parameters<typeof defineCheck>[0]['run']>[1],
  c: ShareClaim,
  w: Whole,
  r: PercentCheck,
  severity: 'error' | 'warning' | 'unverified' | 'rounding' | 'info',
  claim: ReturnType<typeof claimRef>,
  note?: { zh: string; en: string },
): void {
  const partText = c.part.value.toFixed(c.part.decimals);
  const wholeText = w.n.value.toFixed(w.n.decimals);
  const computed = pct2(r.computed);
  const stated = c.pct.toFixed(c.pctDecimals);
  const tol = formatAmount(r.tolerance.toDecimalPlaces(4), 0);
  const formula = `${partText} ÷ ${w.label} ${wholeText} × 100% = ${computed}%${r.verdict === 'rounding' ? ' ≈ ' : ' ≠ '}${stated}%`;
  const message =
    severity === 'rounding'
      ? {
          zh: `「${c.part.label}」占比：写作 ${stated}%，按 ${partText} ÷ ${wholeText} 计算为 ${computed}%，差异在四舍五入范围（±${tol}个百分点）内。`,
          en: `Share of "${c.part.label}": stated ${stated}%, ${partText} / ${wholeText} gives ${computed}%; within rounding (±${tol} points).`,
        }
      : {
          zh: `「${c.part.label}」占比：写作 ${stated}%，但 ${partText} ÷ ${w.label} ${wholeText} = ${computed}%，相差 ${formatAmount(r.difference.toDecimalPlaces(4), 0)} 个百分点（超出四舍五入误差 ±${tol}）。${note?.zh ?? ''}`,
          en: `Share of "${c.part.label}": stated ${stated}%, but ${partText} / ${wholeText} = ${computed}%, off by ${formatAmount(r.difference.toDecimalPlaces(4), 0)} points (beyond rounding, ±${tol}). ${note?.en ?? ''}`.trim(),
        };
  ctx.report({
    severity,
    message,
    formula,
    stated,
    computed: formatAmount(r.computed.toDecimalPlaces(6), 2),
    difference: formatAmount(r.difference.toDecimalPlaces(6), 0),
    tolerance: formatAmount(r.tolerance.toDecimalPlaces(6), 0),
    unit: null,
    cells: w.cell ? [w.cell] : [],
    claim,
  });
}
