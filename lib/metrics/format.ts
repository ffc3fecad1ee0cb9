/**
 * Metrics (stage 7) number presentation: rounding (四舍五入, half away from zero) and thousands separators for the
 * formulas the metrics print. Decimal in, string out; it never parses text and never uses JS floats.
 */
import Decimal from 'decimal.js';

/** Rounds half away from zero to `dp` places (the rounding every published budget figure uses). */
export function roundHalfUp(d: Decimal, dp: number): Decimal {
  return d.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}

/** Plain decimal string (no exponent), exactly `dp` places when given. */
export function plain(d: Decimal, dp?: number): string {
  return dp === undefined ? d.toFixed() : roundHalfUp(d, dp).toFixed(dp);
}

/** `2061.71` → `2,061.71`; `414999` → `414,999`. */
export function grouped(d: Decimal, dp?: number): string {
  const s = plain(d, dp);
  const neg = s.startsWith('-');
  const [int = '0', frac] = (neg ? s.slice(1) : s).split('.');
  const withSep = int.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${neg ? '-' : ''}${withSep}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Unrounded quotient kept to 12 significant digits (enough to re-derive any displayed figure). */
export function exact(d: Decimal): string {
  return d.toSignificantDigits(12, Decimal.ROUND_HALF_UP).toFixed();
}
