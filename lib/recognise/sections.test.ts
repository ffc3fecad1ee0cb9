import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../extract/types';
import { sectionsFromBlocks } from './sections';

const p = (text: string): TextBlock => ({ text, role: 'paragraph' });

describe('sectionsFromBlocks', () => {
  it('segments parts and numbered sections, with their text', () => {
    const s = sectionsFromBlocks([
      p('某局2025年度部门预算公开'),
      p('第一部分 概况'),
      p('一、本部门职责'),
      p('（1）负责…'),
      p('（2）负责…'),
      p('第四部分 名词解释'),
      p('一、基本支出：指为保障机构正常运转而发生的支出。'),
    ]);
    expect(s.map((x) => [x.level, x.heading, x.text])).toEqual([
      [1, '第一部分 概况', ''],
      [2, '一、本部门职责', '（1）负责…\n（2）负责…'],
      [1, '第四部分 名词解释', '一、基本支出：指为保障机构正常运转而发生的支出。'],
    ]);
  });

  it('keeps the body copy of a part heading repeated by a text 目录', () => {
    const s = sectionsFromBlocks([p('第一部分 概况'), p('第二部分 表格'), p('第一部分 概况'), p('职责…')]);
    expect(s.map((x) => [x.heading, x.text])).toEqual([
      ['第二部分 表格', ''],
      ['第一部分 概况', '职责…'],
    ]);
  });
});
