import { describe, expect, it } from 'vitest';
import { heading, para } from './testing/blocks-doc';
import { excerpt, foldWidth, formPlace, sentenceAround, textRuns } from './text-form';

describe('textRuns', () => {
  const blocks = [
    heading('一、收入预算情况'),
    para('收入100万元，其中', 3),
    para('财政拨款90万元。', 4),
    para('1.人员经费增加;'),
    heading('二、支出预算情况'),
  ];
  const runs = textRuns(blocks);

  it('joins the blocks between two headings, a line break only after a closing mark, and keeps list items', () => {
    expect(runs.map((r) => [r.heading, r.text])).toEqual([
      [true, '一、收入预算情况'],
      [false, '收入100万元,其中财政拨款90万元。\n1.人员经费增加;'],
      [true, '二、支出预算情况'],
    ]);
  });

  it('knows the blocks around a run and its section', () => {
    const run = runs[1]!;
    expect(run.before).toBe(blocks[0]);
    expect(run.after).toBe(blocks[4]);
    expect(run.section).toBe('一、收入预算情况');
  });

  it('places a defect in the block it is printed in, over its sentence', () => {
    const run = runs[1]!;
    const at = run.text.indexOf('90万元');
    const place = formPlace(run, at);
    expect(place.anchor).toBe(blocks[2]!.anchor);
    expect([place.text, place.start, place.end]).toEqual(['财政拨款90万元。', 0, 9]);
    expect(place.sentence).toBe('收入100万元,其中财政拨款90万元。');
  });
});

describe('text helpers', () => {
  it('sentenceAround cuts after full stops only, the stop going with its sentence', () => {
    const t = '甲,乙;丙。丁。';
    expect(sentenceAround(t, 2)).toEqual({ start: 0, end: 6 });
    expect(sentenceAround(t, 5)).toEqual({ start: 0, end: 6 });
    expect(sentenceAround(t, 6)).toEqual({ start: 6, end: 8 });
  });

  it('excerpt shows the characters with a little context on their line', () => {
    expect(excerpt('第一句。\n主要原因是。下文很长很长', 5, 11, 10, 2)).toBe('主要原因是。下文…');
    expect(excerpt('一二三四五六七八九十十一', 10, 11, 3, 0)).toBe('…八九十十…');
  });

  it('foldWidth reads fullwidth ASCII forms as ASCII, one for one', () => {
    expect(foldWidth('（一）支出，，ＸＸ万元')).toBe('(一)支出,,XX万元');
  });
});
