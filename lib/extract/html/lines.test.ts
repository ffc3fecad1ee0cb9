import { describe, expect, it } from 'vitest';
import {
  continuedTitle,
  endsWithPartialUnit,
  isHeadingTitle,
  isLabelLine,
  isMetaLine,
  isNoteContinuation,
  isNoteLine,
  isNumberedHeading,
  isPageFurniture,
  isPeriodLine,
  isTitleLine,
  isUnitTail,
  splitTitleMeta,
} from './lines';

describe('line classifiers', () => {
  it.each([
    '部门名称：泽州县能源局',
    '单位：万元',
    '单位:元',
    '单位： 万元',
    '金额单位：元',
    '(单位：万元)',
    '（单位：万元）',
    '部门名称：泽州县能源局 单位：万元',
    '编制部门：某某区财政局',
    '单位：',
    '单位：万',
  ])('meta: %s', (t) => expect(isMetaLine(t)).toBe(true));

  it.each(['2025年预算收支总表', '一、收入预算情况说明', '单位名称', '部门预算单位', '元', '注：本表无数据'])(
    'not meta: %s',
    (t) => expect(isMetaLine(t)).toBe(false),
  );

  it('split units', () => {
    expect(endsWithPartialUnit('单位：万')).toBe(true);
    expect(endsWithPartialUnit('部门名称：某局 单位：')).toBe(true);
    expect(endsWithPartialUnit('单位：万元')).toBe(false);
    expect(isUnitTail('元')).toBe(true);
    expect(isUnitTail('万元）')).toBe(true);
    expect(isUnitTail('元宝山区')).toBe(false);
  });

  it.each([
    '预算公开表1',
    '部门公开表9',
    '公开01表',
    '部门公开08表',
    '表一',
    '表 3',
    '附表2',
    '附件1',
    '表3-1',
    '续表',
    '（续表）',
    '(续)',
  ])('label: %s', (t) => expect(isLabelLine(t)).toBe(true));
  it.each(['2025年预算收支总表', '表一2025年预算收支总表', '目 录'])('not label: %s', (t) =>
    expect(isLabelLine(t)).toBe(false),
  );

  it.each(['(2025)年度', '(2025年度)', '2025年度', '（2024年度）'])('period: %s', (t) =>
    expect(isPeriodLine(t)).toBe(true),
  );

  it.each([
    '2025年预算收支总表',
    '2025年一般公共预算支出预算表（不含上年结转）',
    '2025年项目支出预算表(本年预算)',
    '泽州县县(区)级预算部门(单位)项目支出绩效目标表',
    '2016年“三公经费”支出预算表',
  ])('title: %s', (t) => expect(isTitleLine(t)).toBe(true));

  it.each([
    '目 录',
    '第二部分 2025年部门预算报表',
    '详见下表。',
    '注：本表无数据',
    '本部门2025年预算情况如下表所示，',
    '表',
    '',
  ])('not title: %j', (t) => expect(isTitleLine(t)).toBe(false));

  it('heading titles exclude section headings and sentences', () => {
    expect(isHeadingTitle('2025年预算收支总表')).toBe(true);
    expect(isHeadingTitle('第三部分 2025年度部门预算情况说明')).toBe(false);
    expect(isHeadingTitle('说明。')).toBe(false);
  });

  it.each([
    ['2025年预算收支总表（续）', '2025年预算收支总表'],
    ['2025年预算收支总表(续表)', '2025年预算收支总表'],
    ['2025年预算收支总表 续', '2025年预算收支总表'],
    ['（续）2025年预算收支总表', '2025年预算收支总表'],
    ['续表：2025年预算收支总表', '2025年预算收支总表'],
  ])('continued title %s → %s', (t, base) => expect(continuedTitle(t)).toBe(base));
  it.each(['2025年预算收支总表', '续表', '（续）', '2025年项目支出预算表（上年结转）'])('no continued title: %s', (t) =>
    expect(continuedTitle(t)).toBeNull(),
  );

  it.each(['- 3 -', '— 12 —', '第 4 页', '3/12'])('page numbers never title a table: %s', (t) =>
    expect(isHeadingTitle(t)).toBe(false),
  );

  it.each([
    '注：本表无数据',
    '注:本表无数据',
    '注1：…',
    '注1.数据来源',
    '备注：单位为万元',
    '本表无数据',
    '本部门无政府性基金预算，故本表为空表。',
    '注',
  ])('note: %s', (t) => expect(isNoteLine(t)).toBe(true));
  it.each(['一、收入预算情况说明', '2025年度收入预算2,061.71万元', '注意事项很多很多'])('not note: %s', (t) =>
    expect(isNoteLine(t)).toBe(false),
  );

  it('note continuations are enumerated lines', () => {
    expect(isNoteContinuation('1.数据来源于…')).toBe(true);
    expect(isNoteContinuation('（2）其他')).toBe(true);
    expect(isNoteContinuation('三、支出预算情况说明')).toBe(false);
  });

  it.each(['- 3 -', '—12—', '3', '第3页', '第3页共12页', '3/12'])('page furniture: %s', (t) =>
    expect(isPageFurniture(t)).toBe(true),
  );
  it.each(['2025年', '合计 3', '续表'])('not page furniture: %s', (t) => expect(isPageFurniture(t)).toBe(false));

  it.each([
    '一、收入预算情况说明',
    '（一）一般公共预算当年支出规模变化情况',
    '第三部分 2025年度部门预算情况说明',
    '1、车辆情况：',
    '十二、其他说明',
  ])('numbered heading: %s', (t) => expect(isNumberedHeading(t)).toBe(true));
  it.each([
    '(1) 贯彻落实国家、省、市有关能源工作的法律、法规和政策，研究拟订全县能源发展战略。',
    '1、本部门2025年度收入预算合计2,061.71万元，比上年减少',
    '泽州县能源局',
    '一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
  ])('not a numbered heading: %s', (t) => expect(isNumberedHeading(t)).toBe(false));

  it('splits a title and its meta printed on one line', () => {
    expect(splitTitleMeta('2025年预算收支总表 单位：万元')).toEqual({
      title: '2025年预算收支总表',
      meta: '单位：万元',
    });
    expect(splitTitleMeta('2025年预算收支总表（单位：万元）')).toEqual({
      title: '2025年预算收支总表',
      meta: '（单位：万元）',
    });
    expect(splitTitleMeta('2025年预算收支总表 部门名称：某局 单位：万元')).toEqual({
      title: '2025年预算收支总表',
      meta: '部门名称：某局 单位：万元',
    });
    expect(splitTitleMeta('单位：万元')).toBeNull();
    expect(splitTitleMeta('部门名称：某局 单位：万元')).toBeNull();
    expect(splitTitleMeta('本表单位：万元')).toBeNull();
  });
});
