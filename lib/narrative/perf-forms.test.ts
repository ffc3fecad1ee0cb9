import { describe, expect, it } from 'vitest';
import type { GridCell } from '../extract/types';
import { readPerfForm } from './perf-forms';

const grid = (rows: string[][]): GridCell[][] => rows.map((r) => r.map((text) => ({ text })));

describe('readPerfForm', () => {
  it('reads name and amounts when values sit right of their labels', () => {
    const f = readPerfForm(
      3,
      grid([
        ['项目名称', '', '国企改革工作经费', '', ''],
        ['项目资金(元)', '实施期资金总额:', '1,200,000', '年度资金总额:', '400,000'],
        ['项目概况', '', '经费40万元，其中：人员经费30万元，公用经费10万元。', '', ''],
      ]),
    );
    expect(f.name).toBe('国企改革工作经费');
    expect(f.annual?.value.toString()).toBe('400000');
    expect(f.annual?.unit).toBe('元');
    expect(f.annual?.cell).toMatchObject({ row: 1, col: 4 });
    expect(f.total?.value.toString()).toBe('1200000');
    expect(f.texts.map((t) => t.label)).toEqual(['项目概况']);
  });
  it('reads values printed below their labels, inline values and traditional characters', () => {
    const below = readPerfForm(
      0,
      grid([
        ['項目名稱', '', '“平台”市級平台建設', '', ''],
        ['項目資金(元)', '', '實施期資金總額:', '', '年度資金總額:'],
        ['', '', '1,140,000', '', '380,000'],
      ]),
    );
    expect([below.name, below.total?.value.toString(), below.annual?.value.toString()]).toEqual([
      '“平台”市級平台建設',
      '1140000',
      '380000',
    ]);
    const inline = readPerfForm(
      0,
      grid([
        ['项目名称', '人才专项'],
        ['项目资金(元)', '年度资金总额: 2,340,000'],
      ]),
    );
    expect(inline.annual?.value.toString()).toBe('2340000');
  });
  it('leaves an unreadable name empty instead of guessing', () => {
    const f = readPerfForm(
      0,
      grid([
        ['项目名称', '', '(2025年度)'],
        ['项目资金(元)', '年度资金总额:', ''],
      ]),
    );
    expect(f.name).toBeNull();
    expect(f.annual).toBeNull();
  });
});
