import { describe, expect, it } from 'vitest';
import { economicClassOf } from '../checks/hierarchy';
import type { Row } from '../model/budget-document';
import { completePartialCodes, isUnitRow, looksLikeOrg, uncodedUnitHeads } from './units';

const row = (name: string, extra: Partial<Row> = {}) => ({ name, isTotal: false, ...extra });

describe('looksLikeOrg', () => {
  it.each([
    ['深圳市民政局(本级)', true],
    ['西安市安全生产宣传教育中心', true],
    ['珠海市贸易服务中心', true],
    ['中共西安市委宣传部', true],
    ['行政运行', false],
    ['法院', false],
    ['工资和福利支出', false],
    ['一般行政管理事务', false],
  ])('%s → %s', (name, expected) => expect(looksLikeOrg(name)).toBe(expected));
});

describe('isUnitRow', () => {
  it('a six-digit code beside an organisation, or alone', () => {
    expect(isUnitRow('313001', '无锡市交通运输局(本级)', true)).toBe(true);
    expect(isUnitRow('313001', '', true)).toBe(true);
  });
  it('a 科目 code beside a 科目 name is no unit', () => {
    expect(isUnitRow('20101', '人大事务', true)).toBe(false);
  });
  it('an organisation without a code only in a coded table', () => {
    expect(isUnitRow(undefined, '西安市人力资源和社会保障局', true)).toBe(true);
    expect(isUnitRow(undefined, '西安市人力资源和社会保障局', false)).toBe(false);
  });
});

describe('uncodedUnitHeads: a table without codes laid out by unit', () => {
  const zhuhai = [
    row('合计', { isTotal: true }),
    row('珠海市商务局'),
    row('工资和福利支出'),
    row('商品和服务支出'),
    row('珠海市贸易服务中心'),
    row('工资和福利支出'),
    row('珠海市会议展览局'),
    row('工资和福利支出'),
  ];
  it('every unit heading its group', () => expect([...uncodedUnitHeads(zhuhai)]).toEqual([1, 4, 6]));
  it('not where the table does not start with a unit (an organisation named among projects)', () => {
    expect(uncodedUnitHeads([row('合计', { isTotal: true }), row('信息化建设'), row('西安市救助管理站')]).size).toBe(0);
  });
  it('not where two organisations follow each other (a list of recipients, not groups)', () => {
    expect(uncodedUnitHeads([row('珠海市商务局'), row('珠海市会议展览局'), row('工资和福利支出')]).size).toBe(0);
  });
  it('not in a coded table (its units are read by code)', () => {
    expect(uncodedUnitHeads([row('珠海市商务局'), row('行政运行', { code: '2011301' })]).size).toBe(0);
  });
});

describe('completePartialCodes', () => {
  it('completes a 款 printed with its last two digits under the 类, then its 项', () => {
    const rows = [
      { code: '208', level: 'class' },
      { code: '05', level: 'item' },
      { code: '2080505', level: 'item' },
    ] as Row[];
    completePartialCodes(rows);
    expect(rows.map((r) => r.code)).toEqual(['208', '20805', '2080505']);
  });
});

describe('economic class names printed without codes', () => {
  it.each([
    ['工资福利支出', '301'],
    ['工资和福利支出', '301'],
    ['对个人和家庭的补助', '303'],
    ['其他资本性等支出', '399'],
    ['办公费', null],
  ])('%s → %s', (name, code) => expect(economicClassOf(name)).toBe(code));
});
