import { describe, expect, it } from 'vitest';
import type { TextLineBox } from '../extract/types';
import { statementBoxes, statementLocator } from './pdf-statement';

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

  it("follows the PDF's own pieces of text where the line has them: their edges, not the widths' estimate", () => {
    // 收入 at 100–124, 1,261.62 set wide (two runs, 124–190 and 190–206), 万元 at 206–230.
    const t = '收入1,261.62万元';
    const withRuns: TextLineBox[] = [
      {
        start: 0,
        end: t.length,
        bbox: [100, 700, 230, 712],
        runs: [
          { start: 0, end: 2, x0: 100, x1: 124 },
          { start: 2, end: 8, x0: 124, x1: 190 },
          { start: 8, end: 10, x0: 190, x1: 206 },
          { start: 10, end: 12, x0: 206, x1: 230 },
        ],
      },
    ];
    expect(statementBoxes(t, withRuns, 2, 10)).toEqual([[124, 700, 206, 712]]);
    expect(statementBoxes(t, withRuns, 10, 12)).toEqual([[206, 700, 230, 712]]);
    // Inside a piece, by the widths: 1,261 is five half-width characters of the first number piece's six.
    expect(statementBoxes(t, withRuns, 2, 7)[0]?.[2]).toBeCloseTo(124 + (66 * 2.5) / 3);
  });

  it('gives nothing for a statement the lines do not cover', () => {
    expect(statementBoxes(text, lines, text.length, text.length + 5)).toEqual([]);
    expect(statementBoxes(text, [], 0, 4)).toEqual([]);
  });
});

describe('statementLocator', () => {
  const block = {
    text,
    role: 'paragraph' as const,
    anchor: { kind: 'pdf' as const, page: 3, bbox: [100, 680, 400, 712] as [number, number, number, number] },
    lines,
  };
  const locate = statementLocator([block, { text: 'x', role: 'paragraph', anchor: { kind: 'html-block', block: 1 } }]);

  it("finds a statement's lines through its block (the statement's anchor is its block's), on the block's page", () => {
    const boxes = locate({ anchor: { ...block.anchor }, start: 0, end: text.length });
    expect(boxes?.map((b) => [b.page, b.bbox[1]])).toEqual([
      [3, 700],
      [3, 680],
    ]);
  });

  it('gives nothing when the block, its lines or the offsets are not known', () => {
    expect(locate({ anchor: { ...block.anchor, page: 4 }, start: 0, end: 4 })).toBeNull();
    expect(locate({ anchor: block.anchor })).toBeNull();
    expect(locate({ anchor: { kind: 'html-block', block: 1 }, start: 0, end: 1 })).toBeNull();
    expect(statementLocator([{ ...block, lines: undefined }])({ anchor: block.anchor, start: 0, end: 4 })).toBeNull();
  });
});
