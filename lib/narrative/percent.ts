/**
 * Narrative (stage 5) arithmetic for percentages the text states: a share (part ÷ whole) and a year-on-year change
 * (Y ÷ last year's X ∓ Y), each with the bound that rounding of the printed inputs and of the printed percentage
 * allows. Pure decimal.js; money sums go through lib/checks/tolerance, this is only the percentage counterpart
 * (a ratio's bound is not a sum of half units). It decides nothing about severity.
 */
import Decimal from 'decimal.js';
import { halfUnit } from '../money/rounding';

export interface PrintedNumber {
  value: Decimal;
  decimals: number;
}

export interface PercentCheck {
  /** The exact percentage from the printed inputs. */
  computed: Decimal;
  /** How far the printed percentage may be from `computed` through rounding alone. */
  tolerance: Decimal;
  /** stated − computed. */
  difference: Decimal;
  verdict: 'exact' | 'rounding' | 'mismatch';
}

const HUNDRED = new Decimal(100);

function judge(stated: PrintedNumber, computed: Decimal, spread: Decimal): PercentCheck {
  const tolerance = spread.plus(halfUnit(stated.decimals));
  const difference = stated.value.minus(computed);
  // Printed as the exact value rounded to the printed digits: that is what a correct author writes.
  const exact = computed.toDecimalPlaces(stated.decimals, Decimal.ROUND_HALF_UP).eq(stated.value);
  const verdict = exact ? 'exact' : difference.abs().lte(tolerance) ? 'rounding' : 'mismatch';
  return { computed, tolerance, difference, verdict };
}

/** Largest |f(corner) − f(centre)| over the corners of the inputs' rounding boxes. */
function spreadOf(f: (a: Decimal, b: Decimal) => Decimal | null, a: PrintedNumber, b: PrintedNumber): Decimal {
  const centre = f(a.value, b.value);
  if (!centre) return new Decimal(0);
  let worst = new Decimal(0);
  for (const da of [-1, 1])
    for (const db of [-1, 1]) {
      const v = f(a.value.plus(halfUnit(a.decimals).times(da)), b.value.plus(halfUnit(b.decimals).times(db)));
      if (v) worst = Decimal.max(worst, v.minus(centre).abs());
    }
  return worst;
}

/** `part 占 pct%` of `whole`. Null when the whole is zero. */
export function checkShare(part: PrintedNumber, whole: PrintedNumber, pct: PrintedNumber): PercentCheck | null {
  if (whole.value.isZero()) return null;
  const f = (p: Decimal, w: Decimal) => (w.lte(0) ? null : p.div(w).times(HUNDRED));
  return judge(pct, part.value.div(whole.value).times(HUNDRED), spreadOf(f, part, whole));
}

/**
 * `X，比上年增加/减少Y，增长/下降Z%`: Z against Y ÷ (X ∓ Y) (last year's amount, the right base) and against Y ÷ X
 * (this year's amount, the classic wrong base). Null when last year's amount would be zero or negative.
 */
export function checkChange(
  current: PrintedNumber,
  delta: PrintedNumber,
  direction: 'increase' | 'decrease',
  pct: PrintedNumber,
): { right: PercentCheck; wrongBase: PercentCheck | null } | null {
  const prior = (x: Decimal, y: Decimal) => (direction === 'increase' ? x.minus(y) : x.plus(y));
  if (prior(current.value, delta.value).lte(0)) return null;
  const f = (x: Decimal, y: Decimal) => {
    const p = prior(x, y);
    return p.lte(0) ? null : y.div(p).times(HUNDRED);
  };
  const right = judge(
    pct,
    delta.value.div(prior(current.value, delta.value)).times(HUNDRED),
    spreadOf(f, current, delta),
  );
  const g = (x: Decimal, y: Decimal) => (x.lte(0) ? null : y.div(x).times(HUNDRED));
  const wrongBase = current.value.isZero()
    ? null
    : judge(pct, delta.value.div(current.value).times(HUNDRED), spreadOf(g, current, delta));
  return { right, wrongBase };
}

/**
 * `上年X，本年Y，增长/下降Z%` with both amounts printed: Z against |Y − X| ÷ X. Null when last year's amount is zero
 * or negative (no growth rate exists).
 */
export function checkGrowth(prior: PrintedNumber, current: PrintedNumber, pct: PrintedNumber): PercentCheck | null {
  if (prior.value.lte(0)) return null;
  const f = (x: Decimal, y: Decimal) => (x.lte(0) ? null : y.minus(x).abs().div(x).times(HUNDRED));
  return judge(
    pct,
    current.value.minus(prior.value).abs().div(prior.value).times(HUNDRED),
    spreadOf(f, prior, current),
  );
}
