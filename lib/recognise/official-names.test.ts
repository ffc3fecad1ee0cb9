import { describe, expect, it } from 'vitest';
import { CLASSIFICATION_NAMES } from './classification-names.generated';
import { compareName, familyOfCode, nameKey, officialNames, outdatedNames } from './official-names';

describe('officialNames', () => {
  it('gives the name of the year, across a renaming', () => {
    expect(officialNames('210', 2021, 'function')).toEqual(['卫生健康支出']);
    expect(officialNames('210', 2018, 'function')).toEqual(['医疗卫生与计划生育支出']);
    expect(officialNames('207', 2019, 'function')).toEqual(['文化旅游体育与传媒支出']);
    expect(officialNames('224', 2019, 'function')).toEqual(['灾害防治及应急管理支出']);
    expect(officialNames('220', 2025, 'function')).toEqual(['自然资源海洋气象等支出']);
    expect(officialNames('2080505', 2024, 'function')).toEqual(['机关事业单位基本养老保险缴费支出']);
    expect(officialNames('20805', 2019, 'function')).toEqual(['行政事业单位离退休']);
    expect(officialNames('20805', 2020, 'function')).toEqual(['行政事业单位养老支出']);
  });

  it('gives both names in a year whose renaming date is uncertain', () => {
    expect(officialNames('215', 2020, 'function').sort()).toEqual(
      ['资源勘探信息等支出', '资源勘探工业信息等支出'].sort(),
    );
    expect(officialNames('215', 2021, 'function')).toEqual(['资源勘探工业信息等支出']);
  });

  it('keeps the economic families apart and covers both', () => {
    expect(officialNames('301', 2025, 'economic')).toEqual(['工资福利支出']);
    expect(officialNames('302', 2025, 'economic')).toEqual(['商品和服务支出']);
    expect(officialNames('303', 2025, 'economic')).toEqual(['对个人和家庭的补助']);
    expect(officialNames('310', 2025, 'economic')).toEqual(['资本性支出']);
    expect(officialNames('310', 2017, 'economic')).toEqual(['其他资本性支出']);
    expect(officialNames('501', 2025, 'economic')).toEqual(['机关工资福利支出']);
    expect(officialNames('301', 2025, 'function')).toEqual([]);
  });

  it('is empty for a code it does not cover', () => {
    expect(officialNames('2999999', 2021, 'function')).toEqual([]);
    expect(officialNames('2080504', 2021, 'function')).toEqual([]);
  });
});

describe('familyOfCode', () => {
  it('reads the family from the first digit', () => {
    expect(familyOfCode('2080505')).toBe('function');
    expect(familyOfCode('30101')).toBe('economic');
    expect(familyOfCode('505')).toBe('economic');
    expect(familyOfCode('10306')).toBeNull();
    expect(familyOfCode('')).toBeNull();
  });
});

describe('nameKey', () => {
  it('treats printing variants as the same name', () => {
    const same = (a: string, b: string) => expect(nameKey(a)).toBe(nameKey(b));
    same('政府办公厅（室）及相关机构事务', '政府办公厅(室)及相关机构事务');
    same('卫生健康 支出', '卫生健康支出');
    same('九、卫生健康支出', '卫生健康支出');
    same('（一）卫生健康支出', '卫生健康支出');
    same('卫生健康支出（类）', '卫生健康支出');
    same('卫生健康支出：', '卫生健康支出');
    same('其它卫生健康支出', '其他卫生健康支出');
    same('“卫生健康支出”', '卫生健康支出');
    same('维修【护】费', '维修（护）费');
  });

  it('keeps different words different', () => {
    expect(nameKey('卫生健康')).not.toBe(nameKey('卫生健康支出'));
    expect(nameKey('一般公共服务支出')).toBe('一般公共服务支出');
  });
});

describe('compareName', () => {
  it('accepts the official name and its printing variants', () => {
    expect(compareName('210', 2021, 'function', '卫生健康支出').kind).toBe('official');
    expect(compareName('20103', 2025, 'function', '政府办公厅(室)及相关机构事务').kind).toBe('official');
    expect(compareName('30213', 2025, 'economic', '维修(护)费').kind).toBe('official');
    expect(compareName('21099', 2025, 'function', '其它卫生健康支出').kind).toBe('official');
    expect(compareName('2080505', 2021, 'function', '机关事业单位基本养老保险缴费支出').kind).toBe('official');
  });

  it('calls a renamed code’s former name outdated', () => {
    expect(compareName('210', 2021, 'function', '医疗卫生与计划生育支出')).toEqual({
      kind: 'outdated',
      official: ['卫生健康支出'],
    });
    expect(compareName('207', 2019, 'function', '文化体育与传媒支出').kind).toBe('outdated');
    expect(compareName('220', 2019, 'function', '国土海洋气象等支出').kind).toBe('outdated');
    expect(compareName('20805', 2020, 'function', '行政事业单位离退休').kind).toBe('outdated');
    expect(compareName('2080501', 2024, 'function', '归口管理的行政单位离退休').kind).toBe('outdated');
    expect(compareName('310', 2021, 'economic', '其他资本性支出').kind).toBe('outdated');
  });

  it('accepts the former name in the years it was official', () => {
    expect(compareName('210', 2018, 'function', '医疗卫生与计划生育支出').kind).toBe('official');
    expect(compareName('20805', 2019, 'function', '行政事业单位离退休').kind).toBe('official');
    expect(compareName('215', 2020, 'function', '资源勘探信息等支出').kind).toBe('official');
  });

  it('does not judge a later name in an earlier year', () => {
    expect(compareName('210', 2018, 'function', '卫生健康支出').kind).toBe('unknown');
    expect(compareName('215', 2019, 'function', '资源勘探工业信息等支出').kind).toBe('unknown');
  });

  it('does not call an abbreviation outdated even where it was the former name', () => {
    expect(compareName('21301', 2021, 'function', '农业').kind).toBe('unknown');
    expect(compareName('20701', 2021, 'function', '文化').kind).toBe('unknown');
  });

  it('names the other code of the same level whose name is printed', () => {
    expect(compareName('30202', 2025, 'economic', '咨询费')).toEqual({
      kind: 'other-code',
      codes: ['30203'],
      official: ['印刷费'],
    });
    expect(compareName('20805', 2025, 'function', '行政事业单位医疗')).toMatchObject({
      kind: 'other-code',
      codes: ['21011'],
    });
  });

  it('does not take a 政府预算 name beside a 部门预算 code for a slip', () => {
    expect(compareName('301', 2025, 'economic', '机关工资福利支出').kind).toBe('unknown');
  });

  it('leaves 项 with another 项’s name, local wording and uncovered codes alone', () => {
    expect(compareName('2010350', 2025, 'function', '行政运行').kind).toBe('unknown');
    expect(compareName('30108', 2025, 'economic', '机关事业单位基本养老保险费').kind).toBe('unknown');
    expect(compareName('2080505', 2025, 'function', '机关事业单位基本养老保险缴费').kind).toBe('unknown');
    expect(compareName('2999999', 2025, 'function', '医疗卫生与计划生育支出').kind).toBe('unknown');
    expect(compareName('210', 2025, 'function', '').kind).toBe('unknown');
  });
});

describe('outdatedNames', () => {
  it('lists the former names wrong wherever they are printed in a year', () => {
    const keys = (year: number, family: 'function' | 'economic') => outdatedNames(year, family).map((n) => n.name);
    expect(keys(2021, 'function')).toEqual(
      expect.arrayContaining([
        '医疗卫生与计划生育支出',
        '文化体育与传媒支出',
        '国土海洋气象等支出',
        '资源勘探信息等支出',
      ]),
    );
    expect(keys(2019, 'function')).not.toContain('资源勘探信息等支出');
    expect(keys(2019, 'function')).not.toContain('行政事业单位离退休');
    expect(keys(2020, 'function')).toContain('行政事业单位离退休');
  });

  it('leaves out a former name another code carries now', () => {
    expect(outdatedNames(2021, 'economic').map((n) => n.name)).not.toContain('其他资本性支出');
    expect(outdatedNames(2021, 'economic').map((n) => n.name)).toContain('基本建设支出');
  });
});

describe('the generated table', () => {
  it('gives every code at most one name a year, but where a renaming date is uncertain', () => {
    const uncertain = new Set(['215', '21599']);
    const years = Array.from({ length: 2026 - 2015 + 1 }, (_, i) => 2015 + i);
    for (const [family, code] of CLASSIFICATION_NAMES) {
      if (uncertain.has(code)) continue;
      for (const y of years) expect(officialNames(code, y, family).length, `${code} ${y}`).toBeLessThanOrEqual(1);
    }
  });
});
