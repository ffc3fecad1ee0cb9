import { describe, expect, it } from 'vitest';
import type { TextLineBox } from '../extract/types';
import { statementBoxes } from './pdf-statement';

// Two printed lines of 12 pt characters: line 1 is all CJK, line 2 (at y 680) mixes in amounts.
const LINE1 = '本年收入合计二千零六十一万元其中一般公共预';
const LINE2 = '算拨款收入1,261.62万元,占61.19%。';
const text = LINE1 + LINE2;
const lines: TextLineBox[] = [
  { start: 0, end: LINE1.length, bbox: [100, 700, 100 + 12 * LINE1.length, 712] },
  { start: LINE1.length, end: text.length, bbox: [100, 680, 0, 692] },
];
// Line 2's width in ems: 5 CJK + 1,261.62 (8 half) + 万元 + ，(full: beside CJK) + 占 + 61.19% (6 half) + 。.
const LINE2_EMS = 5 + 4 + 2 + 1 + 1 + 3 + 1;
(lines[1] as TextLineBox).bbox[2] = 100 + 12 * LINE2_EMS;

describe('statementBoxes', () => {
  it('gives one box per line the statement touches, from its first character to its last', () => {
    const start = LINE1.indexOf('其中');
    const end = text.indexOf('万元', LINE1.length) + 2;
    const boxes = statementBoxes(text, lines, start, end);
    expect(boxes).toHaveLength(2);
    // On line 1 from 其 (after 14 characters) to the line's end.
    expect(boxes[0]).toEqual([100 + 12 * 14, 700, 100 + 12 * LINE1.length, 712]);
    // On line 2 from its start to the end of 万元: 5 CJK + 8 half-width + 2 CJK = 11 ems.
    expect(boxes[1]?.[0]).toBeCloseTo(100);
    expect(boxes[1]?.[2]).toBeCloseTo(100 + 12 * 11);
    expect([boxes[1]?.[1], boxes[1]?.[3]]).toEqual([680, 692]);
  });

  it('counts a comma beside CJK text full width, and one inside a number half', () => {
    const start = text.indexOf('占');
    const [box] = statementBoxes(text, lines, start, text.length);
    // Everything before 占 on line 2: 5 CJK + 1,261.62 (4 ems) + 万元 (2) + ，(1) = 12 ems.
    expect(box?.[0]).toBeCloseTo(100 + 12 * 12);
    expect(box?.[2]).toBeCloseTo(100 + 12 * LINE2_EMS);
  });

  it('gives nothing for a statement the lines do not cover', () => {
    expect(statementBoxes(text, lines, text.length, text.length + 5)).toEqual([]);
    expect(statementBoxes(text, [], 0, 4)).toEqual([]);
  });
});
