import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compareSum, formatAmount, type Printed } from './tolerance';

const p = (v: string, unit: Printed['unit'] = '万元'): Printed => ({
  value: new Decimal(v),
  decimals: v.includes('.') ? (v.split('.')[1]?.length ?? 0) : 0,
  unit,
});

describe('compareSum (the one rounding helper)', () => {
  it('exact when the terms add up', () => {
    const c = compareSum(p('1261.62'), [p('427.87'), p('833.75')]);
    expect(c.verdict).toBe('exact');
    expect(c.difference).toBe('0.00');
  });
  it('rounding within (n + 1) × half a unit: 2 terms at 2 decimals → ±0.015', () => {
    const c = compareSum(p('427.87'), [p('405.25'), p('22.63')]);
    expect(c.verdict).toBe('rounding');
    expect(c.difference).toBe('-0.01');
    expect(c.tolerance).toBe('0.015');
  });
  it('mismatch outside the bound', () => {
    const c = compareSum(p('427.87'), [p('405.25'), p('22.60')]);
    expect(c.verdict).toBe('mismatch');
    expect(c.computed).toBe('427.85');
    expect(c.difference).toBe('0.02');
  });
  it('the bound is inclusive and counts every printed term', () => {
    expect(compareSum(p('1.00'), [p('0.33'), p('0.33'), p('0.33')]).verdict).toBe('rounding'); // 0.01 ≤ 0.02
    expect(compareSum(p('1.00'), [p('0.31'), p('0.33'), p('0.33')]).verdict).toBe('mismatch'); // 0.03 > 4 × 0.005
  });
  it('blank terms are exact zeros', () => {
    const blank: Printed = { value: new Decimal(0), decimals: 0, unit: '万元', blank: true };
    expect(compareSum(p('5.00'), [p('5.00'), p('0.00'), blank]).tolerance).toBe('0.015');
  });
  it('a single printed term must print like the stated amount: bound 0', () => {
    const blank: Printed = { value: new Decimal(0), decimals: 0, unit: '万元', blank: true };
    // 款 20703 95.77 with one 项 2070308 95.76: the same true value rounded twice the same way cannot differ.
    const c = compareSum(p('95.77'), [p('95.76'), blank]);
    expect(c.tolerance).toBe('0');
    expect(c.verdict).toBe('mismatch');
    expect(compareSum(p('95.77'), [p('95.77')]).verdict).toBe('exact');
    // Printed to different digits, the usual bound applies.
    expect(compareSum(p('95.8'), [p('95.76')]).verdict).toBe('rounding');
  });
  it('converts 元 to 万元 before comparing, and reports in the stated unit', () => {
    const c = compareSum(p('1.23', '万元'), [p('12300.00', '元')]);
    expect(c.verdict).toBe('exact');
    const d = compareSum(p('1.23', '万元'), [p('12400', '元')]);
    expect(d.verdict).toBe('mismatch');
    expect(d.unit).toBe('万元');
    expect(d.difference).toBe('-0.01');
    // 万元 half unit 0.005 (= 50元) + 元 half unit 0.5 → 50.5元 = 0.00505万元
    expect(d.tolerance).toBe('0.00505');
  });
  it('negated terms subtract', () => {
    expect(compareSum(p('10'), [p('12'), { ...p('2'), negate: true }]).verdict).toBe('exact');
  });
  it('formats without exponents', () => {
    expect(formatAmount(new Decimal('1e-7'), 2)).toBe('0.0000001');
    expect(formatAmount(new Decimal('5'), 2)).toBe('5.00');
  });
});
