import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { exact, grouped, plain, roundHalfUp } from './format';

describe('format', () => {
  it('rounds half away from zero (四舍五入), not to even', () => {
    expect(plain(new Decimal('2.695'), 2)).toBe('2.70');
    expect(plain(new Decimal('0.125'), 2)).toBe('0.13');
    expect(plain(new Decimal('-0.125'), 2)).toBe('-0.13');
    expect(roundHalfUp(new Decimal('49.67999'), 2).toFixed()).toBe('49.68');
  });

  it('groups thousands without touching the decimals', () => {
    expect(grouped(new Decimal('2061.71'))).toBe('2,061.71');
    expect(grouped(new Decimal('414999'))).toBe('414,999');
    expect(grouped(new Decimal('-189767551'))).toBe('-189,767,551');
    expect(grouped(new Decimal('800'), 2)).toBe('800.00');
    expect(grouped(new Decimal('0.5'))).toBe('0.5');
  });

  it('keeps 12 significant digits of an unrounded quotient', () => {
    expect(exact(new Decimal(20617100).dividedBy(414999))).toBe('49.6798787467');
  });
});
