/**
 * Metrics (stage 7): the prior-year value a narrative change claim implies — “X万元，比上年增加/减少Y万元，增长/下降Z%”
 * means last year was X − Y (increase) or X + Y (decrease); 持平/与上年相同 means X; a percentage-only claim means
 * X ÷ (1 ± Z%). Shown beside this year's number. Input is a plain `{value, change, direction}` so it takes
 * lib/narrative's ChangeClaim (structurally, see ChangeClaimLike) or anything else that reads such a sentence. It
 * states the percentage the implied base gives but does not judge the claim: the checks do that.
 */
import Decimal from 'decimal.js';
import type { ClaimRef } from '../checks/finding';
import type { MoneyUnitName } from '../model/budget-document';
import { convert } from '../money/unit';
import { grouped, plain, roundHalfUp } from './format';
import type { Localised, PriorYearMetric } from './metric';

export interface ChangeInput {
  /** This year's amount X, as stated. */
  value: Decimal;
  /** The change Y as stated (its size; `direction` says which way). Null for 持平 or a percentage-only claim. */
  change: Decimal | null;
  direction: 'increase' | 'decrease' | 'same';
  unit: MoneyUnitName;
  /** Unit of Y when it differs from X's (converted before subtracting). */
  changeUnit?: MoneyUnitName;
  /** Digits printed after X's decimal point (a percent-derived prior is rounded to these). */
  decimals?: number;
  /** The stated percentage Z, if any, and its printed decimals. */
  pct?: Decimal | null;
  pctDecimals?: number;
  /** What the amount is (`一般公共预算当年支出`, `“三公”经费`). */
  label?: string;
  claim?: ClaimRef | null;
}

export interface ImpliedPrior {
  prior: Decimal;
  derivedFrom: PriorYearMetric['derivedFrom'];
  /** Y in X's unit, signed (negative for a decrease); null when the claim gave none. */
  signedChange: Decimal | null;
  /** Y ÷ prior × 100, rounded to `pctDecimals`; null when prior is 0 or there is no Y. */
  impliedPct: Decimal | null;
  pctDecimals: number;
}

/** Last year's value the claim implies; null when it implies none (e.g. a 100% decrease stated only as a percentage). */
export function impliedPrior(i: ChangeInput): ImpliedPrior | null {
  const pctDecimals = i.pctDecimals ?? (i.pct ? i.pct.decimalPlaces() : 2);
  if (i.direction === 'same') {
    return { prior: i.value, derivedFrom: 'same', signedChange: new Decimal(0), impliedPct: null, pctDecimals };
  }
  const sign = i.direction === 'increase' ? 1 : -1;
  if (i.change !== null) {
    const y = convert(i.change.abs(), i.changeUnit ?? i.unit, i.unit);
    const prior = i.value.minus(y.times(sign));
    const impliedPct = prior.isZero() ? null : roundHalfUp(y.dividedBy(prior.abs()).times(100), pctDecimals);
    return { prior, derivedFrom: 'amount', signedChange: y.times(sign), impliedPct, pctDecimals };
  }
  if (i.pct !== null && i.pct !== undefined) {
    const factor = new Decimal(1).plus(i.pct.abs().dividedBy(100).times(sign));
    if (factor.lessThanOrEqualTo(0)) return null;
    const prior = roundHalfUp(i.value.dividedBy(factor), i.decimals ?? 2);
    return { prior, derivedFrom: 'percent', signedChange: null, impliedPct: null, pctDecimals };
  }
  return null;
}

const DIR_ZH = { increase: '增加', decrease: '减少', same: '持平' } as const;
const DIR_EN = { increase: 'up', decrease: 'down', same: 'unchanged' } as const;

/** The claim as a report metric; null when it implies no prior value. */
export function priorYearMetric(i: ChangeInput, id: string): PriorYearMetric | null {
  const p = impliedPrior(i);
  if (!p) return null;
  const dp = Math.max(i.decimals ?? 0, i.value.decimalPlaces(), p.prior.decimalPlaces());
  const x = `${grouped(i.value, dp)}${i.unit}`;
  const prior = `${grouped(p.prior, dp)}${i.unit}`;
  const label = i.label?.trim() || '';
  let formula: string;
  let explanation: Localised;
  if (p.derivedFrom === 'same') {
    formula = `${x}（与上年持平）→ 上年 ${prior}`;
    explanation = {
      zh: `文中说${label}${x}与上年持平，即上年也为${prior}。`,
      en: `The text says ${label || 'the amount'} ${x} is unchanged, so last year was also ${prior}.`,
    };
  } else if (p.derivedFrom === 'amount' && p.signedChange) {
    const y = `${grouped(p.signedChange.abs(), dp)}${i.unit}`;
    const op = i.direction === 'increase' ? '−' : '+';
    formula = `${x} ${op} ${y} = ${prior}`;
    explanation = {
      zh: `文中说${label}${x}，比上年${DIR_ZH[i.direction]}${y}，所以上年为 ${x} ${op} ${y} = ${prior}${
        p.impliedPct ? `；按此上年数，变动率为 ${y} ÷ ${prior} = ${plain(p.impliedPct, p.pctDecimals)}%` : ''
      }。`,
      en: `The text says ${label || 'the amount'} ${x} is ${DIR_EN[i.direction]} ${y} on last year, so last year was ${x} ${op} ${y} = ${prior}${
        p.impliedPct ? `; on that base the change is ${y} ÷ ${prior} = ${plain(p.impliedPct, p.pctDecimals)}%` : ''
      }.`,
    };
  } else {
    const z = `${i.pct?.toFixed() ?? ''}%`;
    const op = i.direction === 'increase' ? '1 + ' : '1 − ';
    formula = `${x} ÷ (${op}${z}) ≈ ${prior}`;
    explanation = {
      zh: `文中只说${label}${x}比上年${DIR_ZH[i.direction]}${z}，所以上年约为 ${x} ÷ (${op}${z}) ≈ ${prior}（按${i.decimals ?? 2}位小数四舍五入）。`,
      en: `The text gives only a percentage: ${label || 'the amount'} ${x} is ${DIR_EN[i.direction]} ${z}, so last year was about ${x} ÷ (${op}${z}) ≈ ${prior} (rounded to ${i.decimals ?? 2} decimals).`,
    };
  }
  return {
    kind: 'prior-year',
    id,
    label: {
      zh: `${label || '金额'}（上年）`,
      en: `${label || 'amount'} (last year, implied)`,
    },
    // Printed to X's decimals (6.00 − 2.00 = 4.00, not 4).
    current: i.value.toFixed(dp),
    prior: p.prior.toFixed(dp),
    change: p.signedChange ? p.signedChange.toFixed() : null,
    unit: i.unit,
    direction: i.direction,
    derivedFrom: p.derivedFrom,
    statedPct: i.pct ? i.pct.toFixed() : null,
    impliedPct: p.impliedPct ? plain(p.impliedPct, p.pctDecimals) : null,
    formula,
    explanation,
    claim: i.claim ?? null,
    notes:
      i.changeUnit && i.changeUnit !== i.unit
        ? [
            {
              zh: `变动额以${i.changeUnit}表述，已换算为${i.unit}。`,
              en: `The change is stated in ${i.changeUnit}, converted to ${i.unit}.`,
            },
          ]
        : [],
  };
}

/** The part of lib/narrative's ChangeClaim this module reads (structural, so the two stages stay decoupled). */
export interface ChangeClaimLike {
  kind: 'change';
  current: { value: Decimal; unit: MoneyUnitName; decimals: number; label: string } | null;
  direction: 'increase' | 'decrease' | 'same';
  delta: { value: Decimal; unit: MoneyUnitName } | null;
  pct: Decimal | null;
  pctDecimals: number;
  place: { text: string; section: string | null; anchor: ClaimRef['anchor']; start?: number; end?: number };
}

/**
 * The words before X as a short label: `2025年度泽州县能源局一般公共预算当年支出` → `一般公共预算当年支出`,
 * `(二)公务用车购置及运行费` → `公务用车购置及运行费`, `“三公”经费预算数为` → `“三公”经费预算数`.
 */
export function cleanLabel(label: string, organisation?: string | null): string {
  let s = label.normalize('NFKC').replace(/\s+/gu, '');
  s = s.replace(/^(其中|主要包括|包括)[:：]?/u, '');
  s = s.replace(/^[(（][一二三四五六七八九十\d]+[)）]|^[一二三四五六七八九十]+、|^\d+[.、]/u, '');
  s = s.replace(/^\d{4}年度?/u, '');
  const org = organisation?.normalize('NFKC').replace(/\s+/gu, '');
  if (org && s.startsWith(org)) s = s.slice(org.length);
  s = s.replace(/^(本部门|本单位|我局|本局)/u, '').replace(/^\d{4}年度?/u, '');
  s = s.replace(/[，,：:]+$/u, '').replace(/(为|是|达到?)$/u, '');
  return s === '' ? label.trim() : s;
}

/** A ChangeClaim as ChangeInput; null when it has no current amount X to work from. */
export function changeInputOf(c: ChangeClaimLike, organisation?: string | null): ChangeInput | null {
  if (!c.current) return null;
  return {
    value: c.current.value,
    change: c.delta ? c.delta.value : null,
    direction: c.direction,
    unit: c.current.unit,
    ...(c.delta && c.delta.unit !== c.current.unit ? { changeUnit: c.delta.unit } : {}),
    decimals: c.current.decimals,
    pct: c.pct,
    // Without a stated percentage the implied one is shown to 2 decimals.
    pctDecimals: c.pct ? c.pctDecimals : 2,
    label: cleanLabel(c.current.label, organisation),
    claim: {
      text: c.place.text,
      section: c.place.section,
      anchor: c.place.anchor,
      ...(c.place.start !== undefined ? { start: c.place.start } : {}),
      ...(c.place.end !== undefined ? { end: c.place.end } : {}),
    },
  };
}

/**
 * Prior-year metrics for every change claim that has an amount to work from, in claim order. The organisation's
 * name, when given, is trimmed from the labels.
 */
export function priorYearMetrics(claims: readonly { kind: string }[], organisation?: string | null): PriorYearMetric[] {
  const out: PriorYearMetric[] = [];
  for (const c of claims) {
    if (c.kind !== 'change') continue;
    const input = changeInputOf(c as ChangeClaimLike, organisation);
    const m = input ? priorYearMetric(input, `prior-year.${out.length + 1}`) : null;
    if (m) out.push(m);
  }
  return out;
}
