/**
 * Money & units: public surface. Amounts are decimal.js Decimals end to end, never binary floats; units are explicit
 * (元/万元/亿元). Pure functions only — no DOM, no I/O.
 */
export { type AmountKind, type ParsedAmount, parseAmount } from './amount';
export { findMoney, findPercents, type MoneyMention, type PercentMention } from './narrative';
export { halfUnit, sumBound } from './rounding';
export { convert, type MoneyUnit, parseUnit, toYuan, unitFromMeta } from './unit';
