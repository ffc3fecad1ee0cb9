import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { amountInYuan, amountOf, keyForRole } from './amounts';
import type { Column } from './budget-document';

const columns: Column[] = [
  { index: 0, role: 'name', key: 'income.name', header: ['收入', '项目'], side: 'income' },
  { index: 1, role: 'amount', key: 'income.amount', header: ['收入', '金额'], side: 'income' },
  { index: 2, role: 'total', key: 'expenditure.total', header: ['支出', '合计'], side: 'expenditure' },
];

describe('model accessors', () => {
  const row = { amounts: { 'income.amount': new Decimal('1261.62'), 'expenditure.total': null } };

  it('reads amounts in the printed unit and in 元, exactly', () => {
    expect(amountOf(row, 'income.amount')?.toString()).toBe('1261.62');
    expect(amountOf(row, 'missing')).toBeNull();
    expect(amountInYuan({ unit: '万元' }, row, 'income.amount')?.toString()).toBe('12616200');
    expect(amountInYuan({ unit: '元' }, row, 'income.amount')?.toString()).toBe('1261.62');
    expect(amountInYuan({ unit: null }, row, 'income.amount')).toBeNull();
    expect(amountInYuan({ unit: '万元' }, row, 'expenditure.total')).toBeNull();
  });

  it('finds a column key by role and side', () => {
    expect(keyForRole({ columns }, 'total')).toBe('expenditure.total');
    expect(keyForRole({ columns }, 'amount', 'income')).toBe('income.amount');
    expect(keyForRole({ columns }, 'amount', 'expenditure')).toBeNull();
  });
});
