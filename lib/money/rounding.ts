/**
 * Money & units: the rounding bound of printed amounts. Pure arithmetic; it decides nothing about whether a
 * difference is an error — checks compare against these bounds.
 */
import Decimal from 'decimal.js';

// Every cell and claim asks for one of a handful of bounds; a Decimal is immutable, so one instance per digit count.
const HALF_UNITS: Decimal[] = [];

/** Half a unit of the last printed digit: 2 decimals → 0.005, 0 decimals → 0.5. */
export function halfUnit(decimals: number): Decimal {
  const d = Math.max(0, Math.trunc(decimals));
  let half = HALF_UNITS[d];
  if (!half) {
    half = new Decimal(5).times(new Decimal(10).pow(-(d + 1)));
    HALF_UNITS[d] = half;
  }
  return half;
}

/**
 * How far a sum of printed terms may be from the printed total through rounding alone:
 * the sum of each term's half unit plus the total's own half unit.
 */
export function sumBound(termDecimals: readonly number[], totalDecimals: number): Decimal {
  return termDecimals.reduce((acc, d) => acc.plus(halfUnit(d)), halfUnit(totalDecimals));
}
