/**
 * Checks (stage 6): the ONE place that decides whether a printed total agrees with the printed terms it should
 * equal — exact, within rounding, or not. Every rule compares through `compareSum`; no rule does its own
 * tolerance arithmetic. Pure decimal.js arithmetic; it must not know about tables, rows or findings.
 *
 * The bound. Each printed amount p is the true amount x rounded to its last printed digit, so |p − x| ≤ h, where h
 * is half a unit of that digit (0.005 for 2 decimals, 0.5 for whole 元). A stated total T equals Σ x_i in truth, so
 *   |T_printed − Σ p_i| ≤ |T_printed − T| + Σ |x_i − p_i| ≤ h_T + Σ h_i,
 * i.e. (n + 1) × h when every number prints the same digits (the identity a `rounding` item in ../shared/expected
 * relies on: 0.01–0.02 gaps on 2-decimal sums of 2–5 terms). The bound is inclusive (a true value sitting exactly on
 * a half unit rounds either way). A blank cell is an exact zero and adds nothing to the bound. Amounts in different
 * units (元 vs 万元) are converted to 元 first — the half units too — and the result is given back in the stated
 * amount's unit. Inside the bound and non-zero → `rounding`; zero → `exact`; outside → `mismatch`.
 *
 * One term. When the stated amount equals a single printed term (the other terms blank), in the same unit and to the
 * same digits — a 款 with one 项, the same code in two tables — both are the same true value rounded the same way,
 * so they must print identically: the bound is 0, and a last-digit slip is a mismatch, not rounding.
 */
import Decimal from 'decimal.js';
import type { MoneyUnitName } from '../model/budget-document';
import { halfUnit } from '../money/rounding';
import { convert, toYuan } from '../money/unit';

/** One printed amount taking part in an identity. */
export interface Printed {
  /** In `unit`, as printed (a blank cell is `0` with `blank: true`). */
  value: Decimal;
  /** Digits printed after the decimal point. */
  decimals: number;
  unit: MoneyUnitName;
  /** Blank / dash cell: an exact zero (no rounding). */
  blank?: boolean;
  /** Subtracted instead of added (e.g. 收入总计 − 上年结转). */
  negate?: boolean;
}

export type Verdict = 'exact' | 'rounding' | 'mismatch';

export interface Comparison {
  verdict: Verdict;
  /** All in the stated amount's unit, as decimal strings. */
  stated: string;
  computed: string;
  difference: string;
  tolerance: string;
  unit: MoneyUnitName;
  /** The same, exact, in 元 (for rules that want to rank or compare gaps). */
  differenceYuan: Decimal;
  toleranceYuan: Decimal;
}

/** Half a unit of the amount's last printed digit, in 元; zero for a blank cell. */
export function halfUnitYuan(p: Printed): Decimal {
  return p.blank ? new Decimal(0) : toYuan(halfUnit(p.decimals), p.unit);
}

/** Σ terms (signed), in 元, exact. */
export function sumYuan(terms: readonly Printed[]): Decimal {
  return terms.reduce((acc, t) => {
    const v = toYuan(t.value, t.unit);
    return t.negate ? acc.minus(v) : acc.plus(v);
  }, new Decimal(0));
}

/**
 * Compares a stated printed amount with the sum of printed terms. Tolerance = h(stated) + Σ h(term), which is
 * (n + 1) × half a unit of the last printed digit when all print alike (see the header for why).
 */
export function compareSum(stated: Printed, terms: readonly Printed[]): Comparison {
  if (terms.every((t) => t.unit === stated.unit)) return compareSameUnit(stated, terms);
  const statedYuan = toYuan(stated.value, stated.unit);
  const computedYuan = sumYuan(terms);
  const differenceYuan = statedYuan.minus(computedYuan);
  const toleranceYuan = terms.reduce((acc, t) => acc.plus(halfUnitYuan(t)), halfUnitYuan(stated));
  const verdict: Verdict = differenceYuan.isZero()
    ? 'exact'
    : differenceYuan.abs().lte(toleranceYuan)
      ? 'rounding'
      : 'mismatch';
  const unit = stated.unit;
  const digits = Math.max(stated.decimals, ...terms.map((t) => (t.unit === unit ? t.decimals : 0)));
  return {
    verdict,
    stated: formatAmount(stated.value, stated.decimals),
    computed: formatAmount(convert(computedYuan, '元', unit), digits),
    difference: formatAmount(convert(differenceYuan, '元', unit), digits),
    tolerance: formatAmount(convert(toleranceYuan, '元', unit), 0),
    unit,
    differenceYuan,
    toleranceYuan,
  };
}

/** The common case, every amount in one unit: the same arithmetic without conversions (checks run per page view). */
function compareSameUnit(stated: Printed, terms: readonly Printed[]): Comparison {
  let computed = new Decimal(0);
  let tolerance = stated.blank ? new Decimal(0) : halfUnit(stated.decimals);
  let digits = stated.decimals;
  for (const t of terms) {
    computed = t.negate ? computed.minus(t.value) : computed.plus(t.value);
    if (!t.blank) tolerance = tolerance.plus(halfUnit(t.decimals));
    if (t.decimals > digits) digits = t.decimals;
  }
  const printed = terms.filter((t) => !t.blank);
  const single = printed.length === 1 ? printed[0] : undefined;
  if (single && !single.negate && !stated.blank && single.decimals === stated.decimals) tolerance = new Decimal(0);
  const difference = stated.value.minus(computed);
  const verdict: Verdict = difference.isZero() ? 'exact' : difference.abs().lte(tolerance) ? 'rounding' : 'mismatch';
  const unit = stated.unit;
  return {
    verdict,
    stated: formatAmount(stated.value, stated.decimals),
    computed: formatAmount(computed, digits),
    difference: formatAmount(difference, digits),
    tolerance: formatAmount(tolerance, 0),
    unit,
    differenceYuan: toYuan(difference, unit),
    toleranceYuan: toYuan(tolerance, unit),
  };
}

/** Plain decimal notation (never exponent), at least `minDecimals` digits, no trailing zeros beyond them. */
export function formatAmount(value: Decimal, minDecimals: number): string {
  let s = value.toFixed();
  if (!s.includes('.')) return minDecimals > 0 ? value.toFixed(minDecimals) : s;
  s = s.replace(/0+$/u, '').replace(/\.$/u, '');
  const have = s.includes('.') ? (s.split('.')[1]?.length ?? 0) : 0;
  return have < minDecimals ? value.toFixed(minDecimals) : s;
}

/** A printed amount as it reads on the page (for formulas): `427.87`, `6.00`, `1234元` when the unit differs. */
export function printedText(p: Printed, inUnit?: MoneyUnitName): string {
  const s = p.blank ? '0' : p.value.toFixed(p.decimals);
  return inUnit && inUnit !== p.unit ? `${s}${p.unit}` : s;
}
