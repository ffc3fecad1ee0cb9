import { describe, expect, it } from 'vitest';
import { smallNumber, staffFromForm, staffFromText } from './staff';

const cells = (rows: string[][]) => rows.map((r) => r.map((text) => ({ text })));

describe('staff counts', () => {
  it('reads the 整体支出绩效目标表 label/value cells', () => {
    const rows = cells([
      ['部门基本信息', '部门名称', '095-某局', '', ''],
      ['', '内设职能部门数', '1个', '所属预算单位数', '6个'],
      ['', '核定的人员编制数', '34人', '实际在职人员总数', '31人'],
    ]);
    expect(staffFromForm(rows)).toEqual({ authorised: 34, actual: 31, departments: 1, units: 6 });
  });

  it('reads a value printed in the label cell', () => {
    const rows = cells([['部门职能', '核定的人员编制数', '118人', '其中:实编人员数 86人 其他人员数 0人']]);
    expect(staffFromForm(rows)).toMatchObject({ authorised: 118, actual: 86 });
  });

  it('adds per-kind posts in the 机构设置 narrative', () => {
    const text =
      '某局行政编制6人,局长1人,副局长1人,行政实有人员5人。下设6个股室。下设一个事业单位，为某中心，事业编制数28人，实有人员26人。';
    expect(staffFromText(text)).toEqual({ authorised: 34, actual: 31, departments: 6, units: 1 });
  });

  it('prefers a stated total', () => {
    expect(staffFromText('核定编制40人，其中行政编制10人，事业编制30人；实有人员总数38人。')).toMatchObject({
      authorised: 40,
      actual: 38,
    });
  });

  it('returns null when nothing is stated', () => {
    expect(staffFromText('负责全县能源行业管理。')).toBeNull();
    expect(staffFromForm(cells([['项目名称', 'X']]))).toBeNull();
  });

  it('reads small Chinese numerals', () => {
    expect(smallNumber('一')).toBe(1);
    expect(smallNumber('十二')).toBe(12);
    expect(smallNumber('二十')).toBe(20);
    expect(smallNumber('x')).toBeNull();
  });
});

describe('organisation counts in the 机构设置 narrative', () => {
  it.each([
    ['某局内设综合办公室、人事科、煤炭科8个科室。下设财务独立核算的下属单位2个。', 8, 2],
    ['我局下属2个独立编制的事业单位。', null, 2],
    ['能源局下设6个股室，分别为综合办公室等。能源局下设一个事业单位。', 6, 1],
  ])('%s', (text, departments, units) => {
    expect(staffFromText(text)).toMatchObject({ departments, units });
  });
});
