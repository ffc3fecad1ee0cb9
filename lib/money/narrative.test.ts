import { describe, expect, it } from 'vitest';
import { findMoney, findPercents } from './narrative';

function money(text: string) {
  return findMoney(text).map((m) => [m.value.toString(), m.unit, m.decimals, m.raw]);
}

describe('findMoney', () => {
  it('finds amounts with their units and positions', () => {
    const text = '2025年度泽州县能源局预算收入总计2,061.71万元，其中：本年收入2,061.62万元，上年结转0.09万元。';
    const found = findMoney(text);
    expect(found.map((m) => m.raw)).toEqual(['2,061.71万元', '2,061.62万元', '0.09万元']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.raw);
    expect(found[0]?.value.toString()).toBe('2061.71');
    expect(found[0]?.decimals).toBe(2);
  });

  it.each([
    ['政府性基金预算拨款收入800万元', [['800', '万元', 0, '800万元']]],
    ['总额1.5亿元', [['1.5', '亿元', 1, '1.5亿元']]],
    ['单价350元', [['350', '元', 0, '350元']]],
    ['支出12.3 万元', [['12.3', '万元', 1, '12.3 万元']]],
    ['共计5萬元', [['5', '万元', 0, '5萬元']]],
    ['合计12 万 元整', [['12', '万元', 0, '12 万 元']]],
    ['收入１，２３４．５万元', [['1234.5', '万元', 1, '１，２３４．５万元']]],
    ['项目支出1633.837万元', [['1633.837', '万元', 3, '1633.837万元']]],
    ['下降32.62%，1,261.62万元', [['1261.62', '万元', 2, '1,261.62万元']]],
  ])('%s', (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it.each([
    '2025年度',
    '2024年新增一辆业务用车',
    '共有公务用车编制4辆',
    '国有资本经营预算拨款0万',
    '价值50千元',
    '3单元',
    '增加2，100万元',
    '1,2345万元',
  ])('finds nothing misleading in %s', (text) => {
    const found = findMoney(text);
    expect(found.every((m) => m.value.toString() !== '2345' && m.value.toString() !== '2100')).toBe(true);
    if (!/万元|元/.test(text) || text.includes('千元') || text.includes('单元')) expect(found).toEqual([]);
  });

  it('does not start inside a number', () => {
    expect(money('面积12.50万元')).toEqual([['12.5', '万元', 2, '12.50万元']]);
  });
});

describe('findPercents', () => {
  it('finds shares and changes', () => {
    const text = '一般公共预算拨款收入1,261.62万元，占61.19%；上年结转0.09万元，占0.00%，下降-3.5％';
    const found = findPercents(text);
    expect(found.map((p) => [p.value.toString(), p.decimals, p.raw])).toEqual([
      ['61.19', 2, '61.19%'],
      ['0', 2, '0.00%'],
      ['-3.5', 1, '-3.5％'],
    ]);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.raw);
  });

  it('reads 100% and ignores bare numbers', () => {
    expect(findPercents('占总额的100%').map((p) => p.value.toString())).toEqual(['100']);
    expect(findPercents('增长12.5')).toEqual([]);
  });
});
