import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { implausibleWan, partsSum, statedProjectMoney, textSums } from './perf-text';

const show = (s: ReturnType<typeof textSums>[number]) =>
  `${s.total?.value.toString()}=${s.parts.map((p) => p.value.toString()).join('+')}`;

describe('textSums', () => {
  it('reads 其中 lists and 分別是 lists in traditional characters', () => {
    expect(
      textSums('經費350萬元,其中:人員經費288.7萬元,公用經費11萬元,公務用車維護費3.9萬元,項目經費40.4萬元。').map(show),
    ).toEqual(['350=288.7+11+3.9+40.4']);
    expect(textSums('財政負擔資金為97.5萬元,分別是:監測系統8.5萬元、監測中心59萬元。').map(show)).toEqual([
      '97.5=8.5+59',
    ]);
  });
  it('reads numbered items after 资金主要用于, one amount per item (its 共计 when it has one), rates in 元 left out', () => {
    const t =
      '预算工作经费234万元,资金主要用于:1、监管调研,补助标准为每人每天100元;共计约55万元;2、会议约3万元;3、维修约16万元;4、培训约23.7万元。';
    expect(textSums(t).map(show)).toEqual(['234=55+3+16+23.7']);
  });
});

describe('statedProjectMoney', () => {
  it('finds the head amount that opens a use list', () => {
    expect(
      statedProjectMoney('培训中心工作经费约222.95万元,资金主要用于:1.人员经费204.3万元')?.total?.value.toString(),
    ).toBe('222.95');
  });
  it('sums amounts labelled 预算资金, or listed after 主要用于 with no head', () => {
    const a = statedProjectMoney('重点建设乡镇商贸中心,预算资金40万元;开展促消费活动,预算资金10万元。');
    expect(a && partsSum(a.parts).toString()).toBe('50');
    const b = statedProjectMoney('负责全县商业网点管理。主要用于日常公用经费16万元和人员费用10万元。');
    expect(b && partsSum(b.parts).toString()).toBe('26');
    expect(statedProjectMoney('本项目无具体金额说明。')).toBeNull();
  });
});

describe('implausibleWan', () => {
  it('flags 万元 amounts above a ceiling and keeps the printed text', () => {
    const hits = implausibleWan('支付合同總金額的50%,共38750萬元,其余22.35萬元', new Decimal('2268.41'));
    expect(hits.map((h) => h.raw)).toEqual(['38750萬元']);
  });
});
