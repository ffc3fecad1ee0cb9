import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkChange, checkShare } from './percent';

const n = (v: string) => ({ value: new Decimal(v), decimals: v.includes('.') ? (v.split('.')[1]?.length ?? 0) : 0 });

describe('checkShare', () => {
  it('is exact when the printed % is the exact share rounded to its digits', () => {
    expect(checkShare(n('1261.62'), n('2061.71'), n('61.19'))?.verdict).toBe('exact');
    expect(checkShare(n('7167.32'), n('7767.57'), n('92.3'))?.verdict).toBe('exact');
  });
  it('allows the rounding of the amounts and of the %; beyond that it is a mismatch', () => {
    // 1633.75 / 1633.84 = 99.9945% printed as 100% (0 decimals: ±0.5).
    expect(checkShare(n('1633.75'), n('1633.84'), n('100'))?.verdict).toBe('exact');
    expect(checkShare(n('1633.75'), n('1633.84'), n('100.00'))?.verdict).toBe('rounding');
    expect(checkShare(n('427.87'), n('2061.71'), n('21.75'))?.verdict).toBe('mismatch');
  });
  it('has no answer for a zero whole', () => {
    expect(checkShare(n('0'), n('0'), n('0'))).toBeNull();
  });
});

describe('checkChange', () => {
  it('uses last year as the base: Y / (X ∓ Y)', () => {
    const r = checkChange(n('2061.71'), n('998.18'), 'decrease', n('32.62'));
    expect(r?.right.verdict).toBe('exact');
    expect(r?.right.computed.toDecimalPlaces(4).toString()).toBe('32.6214');
    expect(checkChange(n('2268.41'), n('10.76'), 'increase', n('0.48'))?.right.verdict).toBe('exact');
  });
  it('recognises the classic wrong base Y / X', () => {
    const r = checkChange(n('4.67'), n('0.28'), 'decrease', n('6.00'));
    expect(r?.right.verdict).toBe('mismatch');
    expect(r?.wrongBase?.verdict).not.toBe('mismatch');
  });
  it('treats a 1-decimal % within its rounding as rounding, not an error (114.27, −3.45, 2.9%)', () => {
    expect(checkChange(n('114.27'), n('3.45'), 'decrease', n('2.9'))?.right.verdict).toBe('exact');
    expect(checkChange(n('114.27'), n('3.45'), 'decrease', n('2.93'))?.right.verdict).toBe('exact');
    // 1-decimal amounts: 1.0 / 11.0 = 9.0909%, but Y could be 0.95–1.05, so 9.10% is within rounding.
    expect(checkChange(n('10.0'), n('1.0'), 'decrease', n('9.10'))?.right.verdict).toBe('rounding');
    expect(checkChange(n('114.27'), n('3.45'), 'decrease', n('3.10'))?.right.verdict).toBe('mismatch');
  });
  it('has no answer when last year would be zero or negative', () => {
    expect(checkChange(n('10.00'), n('10.00'), 'increase', n('100'))).toBeNull();
  });
});
