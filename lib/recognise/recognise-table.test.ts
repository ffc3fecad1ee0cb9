import { describe, expect, it } from 'vitest';
import type { RawTable } from '../extract/types';
import { joinCodeParts, levelOf, splitCodeName } from './codes';
import { roleFromHeader } from './column-roles';
import { findHeader } from './header';
import { recogniseTable } from './recognise-document';

function raw(title: string | null, rows: string[][], meta: string[] = [], notes: string[] = []): RawTable {
  return {
    title,
    meta,
    notes,
    rows: rows.map((r) => r.map((text) => ({ text }))),
    origin: { kind: 'pdf', pages: [1] },
  };
}

describe('codes', () => {
  it('joins split 类/款/项 columns and levels them', () => {
    expect(joinCodeParts(['208', '05', '05'])).toBe('2080505');
    expect(joinCodeParts(['201', '03', ''])).toBe('20103');
    expect(joinCodeParts(['合计', '', ''])).toBeNull();
    expect(levelOf('208', false)).toBe('class');
    expect(levelOf('20805', false)).toBe('section');
    expect(levelOf('2080505', false)).toBe('item');
    expect(levelOf('2101', false)).toBeUndefined();
    expect(levelOf('30101', true)).toBe('section');
  });

  it('splits a code printed in the name cell', () => {
    expect(splitCodeName('2080505 机关事业单位基本养老保险缴费支出')).toEqual({
      code: '2080505',
      name: '机关事业单位基本养老保险缴费支出',
    });
    expect(splitCodeName('一般公共服务支出')).toBeNull();
  });
});

describe('roleFromHeader', () => {
  it.each([
    [['项目', '科目编码'], 'code'],
    [['功能分类科目编码', '类'], 'code.class'],
    [['本年收入', '合计'], 'total'],
    [['本年收入', '一般公共预算'], 'general-public'],
    [['本年收入', '国有资本经营 预算'], 'state-capital'],
    [['上年结转'], 'carryover'],
    [['支出', '当年预算安排'], 'current-year'],
    [['支出', '上年结转安排'], 'prior-carryover'],
    [['“三公”经费预算数', '公务用车购置及运行费', '小计'], 'vehicle'],
    [['“三公”经费预算数', '公务用车购置及运行费', '购置费'], 'vehicle-purchase'],
    [['“三公”经费预算数', '公务用车购置及运行费', '运行费'], 'vehicle-operation'],
    [['“三公”经费预算数', '因公出国(境)费'], 'outbound'],
    [['财政拨款“三公”经费', '公务接待费', '决算数'], 'reception'],
    [['机关运行经费预算数'], 'admin-operating'],
    [['收入预算', '事业单位经营收入'], 'business-operating'],
    [['收入预算', '事业收入'], 'business-income'],
    [['收入预算', '财政拨款收入'], 'fiscal'],
    [['2025年预算数', '人员经费'], 'personnel'],
    [['政府预算支出经济科目名称'], 'alt-name'],
    [['年初结转和结余'], 'opening-balance'],
  ])('%j → %s', (path, role) => {
    expect(roleFromHeader(path)).toBe(role);
  });
});

describe('findHeader', () => {
  it('stops at an index row and counts it as header', () => {
    const t = raw(null, [
      ['项目名称', '合计', '2025年财政拨款'],
      ['', '', '一般公共预算'],
      ['1', '2', '3'],
      ['某局', '1.00', '1.00'],
    ]);
    expect(findHeader(t.rows)).toEqual({ headerRows: 3, indexRow: 2 });
  });

  it('treats a plain item label under 项目 as the first body row (三公, Shanxi layout)', () => {
    const t = raw(null, [
      ['项目', '2025年预算数', '', ''],
      ['', '合计', '一般公共预算', '政府性基金预算'],
      ['因公出国（境）费', '', '', ''],
      ['合计', '6.00', '6.00', ''],
    ]);
    expect(findHeader(t.rows).headerRows).toBe(2);
  });
});

describe('recogniseTable on Shanghai-style grids', () => {
  it('reads split codes, roles and amounts in 元', () => {
    const t = raw(
      '2025年部门一般公共预算支出功能分类预算表',
      [
        ['项目', '', '', '', '一般公共预算支出', '', ''],
        ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'],
        ['类', '款', '项', '', '', '', ''],
        ['201', '', '', '一般公共服务支出', '82,096,797.42', '15,686,797.42', '66,410,000.00'],
        ['201', '03', '', '政府办公厅（室）及相关机构事务', '82,096,797.42', '15,686,797.42', '66,410,000.00'],
        ['201', '03', '01', '行政运行', '12,029,501.84', '11,919,501.84', '110,000.00'],
        ['', '', '', '合计', '91,016,775.35', '24,606,775.35', '66,410,000.00'],
      ],
      ['编制部门：上海市普陀区人民政府办公室', '单位：元'],
    );
    const r = recogniseTable(t, 0, null);
    expect(r.kind).toBe('budget.general-public');
    expect(r.unit).toBe('元');
    expect(r.headerRows).toBe(3);
    expect(r.columns.map((c) => c.role)).toEqual([
      'code.class',
      'code.section',
      'code.item',
      'name',
      'total',
      'basic',
      'project',
    ]);
    const [a, b, c, total] = r.rows;
    expect(a).toMatchObject({ code: '201', level: 'class', name: '一般公共服务支出', isTotal: false });
    expect(b).toMatchObject({ code: '20103', level: 'section' });
    expect(c).toMatchObject({ code: '2010301', level: 'item', name: '行政运行' });
    expect(c?.amounts.basic?.toString()).toBe('11919501.84');
    expect(total).toMatchObject({ name: '合计', isTotal: true });
    expect(total?.code).toBeUndefined();
    expect(total?.amounts.total?.toFixed(2)).toBe('91016775.35');
  });

  it('reads the Shanghai 三公 + 机关运行经费 table as columns', () => {
    const t = raw(
      '2025年部门“三公”经费和机关运行经费预算表',
      [
        ['“三公”经费预算数', '', '', '', '', '', '机关运行经费预算数'],
        ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '', '', ''],
        ['', '', '', '小计', '购置费', '运行费', ''],
        ['867.50', '839.00', '28.50', '', '', '', '213.28'],
      ],
      ['编制部门：上海市普陀区人民政府办公室', '单位:万元'],
    );
    const r = recogniseTable(t, 0, '元');
    expect(r.kind).toBe('budget.three-public');
    expect(r.unit).toBe('万元');
    expect(r.unitFrom).toBe('meta');
    expect(r.columns.map((c) => c.role)).toEqual([
      'three-public',
      'outbound',
      'reception',
      'vehicle',
      'vehicle-purchase',
      'vehicle-operation',
      'admin-operating',
    ]);
    expect(r.rows[0]?.amounts['admin-operating']?.toFixed(2)).toBe('213.28');
  });

  it('splits a two-sided 收入 | 支出 table into sides', () => {
    const t = raw(
      '2025年部门财政拨款收支预算总表',
      [
        ['财政拨款收入', '', '财政拨款支出', '', '', '', ''],
        ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
        ['一、一般公共预算资金', '91,016,775.35', '一、一般公共服务支出', '82,096,797.42', '82,096,797.42', '', ''],
        ['收入总计', '91,016,775.35', '支出总计', '91,016,775.35', '91,016,775.35', '', ''],
      ],
      ['编制部门：某局', '单位：元'],
    );
    const r = recogniseTable(t, 0, null);
    expect(r.twoSided).toBe(true);
    expect(r.columns.map((c) => c.key)).toEqual([
      'income.name',
      'income.amount',
      'expenditure.name',
      'expenditure.total',
      'expenditure.general-public',
      'expenditure.gov-fund',
      'expenditure.state-capital',
    ]);
    const last = r.rows[1];
    expect(last?.isTotal).toBe(true);
    expect(last?.sides?.income?.name).toBe('收入总计');
    expect(last?.sides?.expenditure?.amounts.total?.toFixed(2)).toBe('91016775.35');
  });

  it('marks a table empty on purpose from its note', () => {
    const t = raw(
      '2025年部门政府性基金预算支出功能分类预算表',
      [
        ['项目', '', '', '', '政府性基金预算支出', '', ''],
        ['功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'],
        ['类', '款', '项', '', '', '', ''],
        ['', '', '', '合计', '', '', ''],
      ],
      ['单位：元'],
      ['注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。'],
    );
    const r = recogniseTable(t, 0, null);
    expect(r.empty).toBe(true);
    expect(r.emptyNote).toBe(true);
  });

  it('never throws on odd input', () => {
    expect(recogniseTable(raw(null, []), 0, null).kind).toBe('other');
    expect(recogniseTable(raw('预算收支总表', [['']]), 0, null).rows).toEqual([]);
    expect(recogniseTable(raw('预算收入总表', [['x'], ['1', '2', '3', 'a']]), 0, '万元').unit).toBe('万元');
  });
});

describe('roleFromHeader edge cases', () => {
  it('keeps a label column labelled when a 合计 row label lands in the header', () => {
    expect(roleFromHeader(['项目', '功能分类科目编码', '合计'])).toBe('code');
    expect(roleFromHeader(['本年支出', '合计'])).toBe('total');
    expect(roleFromHeader(['2025年预算数', '合计'])).toBe('total');
  });
});
