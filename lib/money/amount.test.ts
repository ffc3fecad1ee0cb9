import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount';

function num(text: string): [string, number] {
  const p = parseAmount(text);
  expect(p.kind, text).toBe('number');
  return [p.value?.toString() ?? 'null', p.decimals];
}

describe('parseAmount', () => {
  it.each([
    ['1,234.56', '1234.56', 2],
    ['１，２３４．５６', '1234.56', 2],
    ['1234.56', '1234.56', 2],
    ['0.00', '0', 2],
    ['0', '0', 0],
    ['12.3', '12.3', 1],
    ['1633.837', '1633.837', 3],
    ['2,061.71', '2061.71', 2],
    ['1,234,567', '1234567', 0],
    ['-12.30', '-12.3', 2],
    ['－12.30', '-12.3', 2],
    ['\u221212.30', '-12.3', 2],
    ['+5', '5', 0],
    ['  800.00 ', '800', 2],
    ['\u00a0800.00\u00a0', '800', 2],
    ['2080505', '2080505', 0],
    ['（12.30）', '-12.3', 2],
    ['(1,234.50)', '-1234.5', 2],
    ['¥1,200.00', '1200', 2],
    ['.5', '0.5', 1],
  ])('%s is a number', (text, value, decimals) => {
    expect(num(text)).toEqual([value, decimals]);
  });

  it('keeps the printed precision as decimals, not the value', () => {
    expect(parseAmount('0.00').decimals).toBe(2);
    expect(parseAmount('10.50').value?.toFixed(2)).toBe('10.50');
  });

  it.each(['', ' ', '\u00a0', '\u3000'])('%j is blank', (text) => {
    expect(parseAmount(text)).toEqual({ kind: 'blank', value: null, decimals: 0 });
  });

  it.each(['-', '—', '－', '--', '——', '–', '─'])('%s is a dash', (text) => {
    const p = parseAmount(text);
    expect(p.kind).toBe('dash');
    expect(p.value).toBeNull();
  });

  it.each([
    ['12.5%', '12.5', 1],
    ['12.5％', '12.5', 1],
    ['100%', '100', 0],
    ['-3.20%', '-3.2', 2],
    ['61.19 %', '61.19', 2],
  ])('%s is a percent', (text, value, decimals) => {
    const p = parseAmount(text);
    expect(p.kind).toBe('percent');
    expect(p.value?.toString()).toBe(value);
    expect(p.decimals).toBe(decimals);
  });

  it.each([
    '合计',
    '208 05 05',
    '301 01',
    '1,23.45',
    '12,34',
    '1.2.3',
    '5.',
    '(1)',
    '（一）',
    '12.5万元',
    '≥90%',
    '2025年',
    '1-2',
    'N/A',
    '/',
  ])('%s is text', (text) => {
    const p = parseAmount(text);
    expect(p.kind).toBe('text');
    expect(p.value).toBeNull();
  });

  it('never throws on odd input', () => {
    for (const t of ['\u0000', '💰', '%', ',', '.', '-.', '()', '1e5', 'Infinity', 'NaN']) {
      expect(() => parseAmount(t)).not.toThrow();
      expect(parseAmount(t).kind).toBe('text');
    }
  });
});
