import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { RowSchema } from './budget-document';

const row = (amounts: Record<string, unknown>, decimals: Record<string, unknown> = {}) => ({
  gridRow: 3,
  name: '合计',
  isTotal: true,
  amounts,
  decimals,
});

describe('RowSchema: the amounts and decimals maps', () => {
  it('takes Decimals (or null for a blank cell) and non-negative whole digit counts', () => {
    expect(RowSchema.safeParse(row({ total: new Decimal('1261.62'), basic: null }, { total: 2 })).success).toBe(true);
    expect(RowSchema.safeParse(row({}, {})).success).toBe(true);
  });

  it('refuses a JS number, a string or a missing map where an amount belongs', () => {
    expect(RowSchema.safeParse(row({ total: 1261.62 })).success).toBe(false);
    expect(RowSchema.safeParse(row({ total: '1261.62' })).success).toBe(false);
    expect(RowSchema.safeParse({ ...row({}), amounts: undefined }).success).toBe(false);
    expect(RowSchema.safeParse({ ...row({}), amounts: [new Decimal(1)] }).success).toBe(false);
  });

  it('refuses digit counts that are negative, fractional or not numbers', () => {
    for (const bad of [-1, 1.5, '2', null])
      expect(RowSchema.safeParse(row({ total: new Decimal(1) }, { total: bad })).success).toBe(false);
  });
});
