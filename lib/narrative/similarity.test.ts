import { describe, expect, it } from 'vitest';
import { nameKey, nameSimilarity } from './similarity';

describe('nameSimilarity', () => {
  it('is 1 for the same name printed differently (quotes, brackets, traditional characters)', () => {
    expect(nameSimilarity('“山西省能源信息監管服務平台”市級平台建設', '山西省能源信息监管服务平台市级平台建设')).toBe(
      1,
    );
    expect(nameSimilarity('省级2023年乡村e镇资金（第二批）', '省级2023年乡村e镇资金(第二批)')).toBe(1);
  });
  it('scores near misses high and different projects low', () => {
    expect(nameSimilarity('国企改革工作经费', '国企改制工作经费')).toBeCloseTo(0.875, 3);
    expect(nameSimilarity('能源发展中心办公经费', '能源发展中心工作经费')).toBeGreaterThanOrEqual(0.75);
    expect(nameSimilarity('遗属补助', '电子商务发展资金')).toBeLessThan(0.3);
    expect(nameSimilarity('', '遗属补助')).toBe(0);
  });
  it('folds names to one comparison form', () => {
    expect(nameKey(' 冬季清洁煤球 供应 ')).toBe('冬季清洁煤球供应');
  });
});
