import { describe, expect, it } from 'vitest';
import { halfUnit, sumBound } from './rounding';

describe('halfUnit', () => {
  it.each([
    [0, '0.5'],
    [1, '0.05'],
    [2, '0.005'],
    [3, '0.0005'],
  ])('%i decimals → %s', (d, s) => {
    expect(halfUnit(d).toString()).toBe(s);
  });

  it('treats negative or fractional decimals sanely', () => {
    expect(halfUnit(-1).toString()).toBe('0.5');
    expect(halfUnit(2.7).toString()).toBe('0.005');
  });
});

describe('sumBound', () => {
  it('adds one half unit per printed term and the total', () => {
    expect(sumBound([2, 2, 2], 2).toString()).toBe('0.02');
    expect(sumBound([], 2).toString()).toBe('0.005');
    expect(sumBound([0, 2], 1).toString()).toBe('0.555');
  });
});
