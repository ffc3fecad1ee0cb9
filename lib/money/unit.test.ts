import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { convert, parseUnit, toYuan, unitFromMeta } from './unit';

describe('unitFromMeta', () => {
  it.each([
    [['单位：万元'], '万元'],
    [['单位:元'], '元'],
    [['单位: 万元'], '万元'],
    [['单位 ： 万元'], '万元'],
    [['单位：万', '元'], '万元'],
    [['部门名称：泽州县能源局', '单位：万', '元'], '万元'],
    [['部门名称：泽州县能源局 单位：万元'], '万元'],
    [['金额单位：元'], '元'],
    [['(单位：万元)'], '万元'],
    [['（单位：万元）'], '万元'],
    [['单位：亿元'], '亿元'],
    [['單位：萬元'], '万元'],
    [['单位：人民币万元'], '万元'],
    [['编制部门：某局', '金额单位：万元'], '万元'],
  ] as const)('%j → %s', (lines, unit) => {
    expect(unitFromMeta(lines)).toBe(unit);
  });

  it.each([
    [[]],
    [['单位：']],
    [['部门名称：某某单位']],
    [['单位名称：元宝山区财政局']],
    [['单位：千元']],
    [['2025年预算收支总表']],
  ] as const)('%j → null', (lines) => {
    expect(unitFromMeta(lines)).toBeNull();
  });
});

describe('parseUnit', () => {
  it('reads unit words and refuses others', () => {
    expect(parseUnit('万元')).toBe('万元');
    expect(parseUnit(' 萬元 ')).toBe('万元');
    expect(parseUnit('元')).toBe('元');
    expect(parseUnit('千元')).toBeNull();
    expect(parseUnit('')).toBeNull();
  });
});

describe('toYuan / convert', () => {
  it('converts exactly with decimal.js', () => {
    expect(toYuan(new Decimal('2061.71'), '万元').toString()).toBe('20617100');
    expect(toYuan(new Decimal('1.5'), '亿元').toString()).toBe('150000000');
    expect(toYuan(new Decimal('350'), '元').toString()).toBe('350');
    expect(convert(new Decimal('12345.67'), '元', '万元').toString()).toBe('1.234567');
    expect(convert(new Decimal('0.1'), '万元', '元').toString()).toBe('1000');
    expect(convert(new Decimal('3'), '万元', '万元').toString()).toBe('3');
    expect(convert(new Decimal('123456789012.34'), '元', '亿元').toString()).toBe('1234.5678901234');
  });

  it('round-trips without float error', () => {
    const v = new Decimal('0.07');
    expect(convert(convert(v, '万元', '元'), '元', '万元').equals(v)).toBe(true);
  });
});
