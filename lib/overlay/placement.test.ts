import { describe, expect, it } from 'vitest';
import {
  BADGE_GAP,
  isAdjacent,
  placeBadge,
  placeBadgeBeside,
  placeCard,
  placeChip,
  placeClaimBadges,
  placeLineBadges,
  unionRect,
} from './placement';

const badge = { width: 16, height: 16 };

describe('placeBadge', () => {
  it('puts the badge just left of a right-aligned number, vertically centred on it', () => {
    const cell = { left: 100, top: 50, width: 120, height: 22 };
    const text = { left: 180, top: 53, width: 36, height: 16 };
    const p = placeBadge(cell, badge, text);
    expect(p).toEqual({ left: 180 - BADGE_GAP - 16, top: 53 });
    // Inside the cell, not over the digits.
    expect(p.left).toBeGreaterThanOrEqual(cell.left);
    expect(p.left + 16).toBeLessThanOrEqual(text.left);
  });

  it('puts it right of left-aligned text when there is no room on the left', () => {
    const cell = { left: 100, top: 50, width: 120, height: 22 };
    const text = { left: 104, top: 53, width: 30, height: 16 };
    const p = placeBadge(cell, badge, text);
    expect(p.left).toBe(134 + BADGE_GAP);
    expect(p.left + 16).toBeLessThanOrEqual(cell.left + cell.width);
  });

  it('reaches at most half over the left border of a narrow cell, still left of the digits', () => {
    const cell = { left: 100, top: 50, width: 60, height: 20 };
    const text = { left: 110, top: 52, width: 46, height: 16 };
    const p = placeBadge(cell, badge, text);
    expect(p).toEqual({ left: 110 - BADGE_GAP - 16, top: 52 });
    expect(p.left).toBeGreaterThanOrEqual(cell.left - 8);
  });

  it('sits on the top-left corner of a cell filled by its text', () => {
    const cell = { left: 100, top: 50, width: 40, height: 20 };
    const text = { left: 102, top: 52, width: 36, height: 16 };
    const p = placeBadge(cell, badge, text);
    expect(p).toEqual({ left: 92, top: 42 });
    expect(isAdjacent({ ...p, ...badge }, cell)).toBe(true);
  });

  it('beside a PDF bbox (the number itself) it goes left of the box', () => {
    const box = { left: 300, top: 200, width: 40, height: 10 };
    const p = placeBadgeBeside(box, badge);
    expect(p.left + 16).toBeLessThanOrEqual(box.left);
    expect(p.top).toBe(197);
    expect(isAdjacent({ ...p, ...badge }, box)).toBe(true);
  });

  it('puts the badge of an empty cell inside it, at its right end, where an amount would stand', () => {
    const cell = { left: 100, top: 50, width: 120, height: 22 };
    const p = placeBadge(cell, badge, null, true);
    expect(p).toEqual({ left: 220 - BADGE_GAP - 16, top: 53 });
    expect(isAdjacent({ ...p, ...badge }, cell)).toBe(true);
    // A cell narrower than the badge: from its left edge.
    expect(placeBadge({ ...cell, width: 10 }, badge, null, true).left).toBe(100);
  });

  it('keeps off the digits while the text of a cell that has some is not known: astride its corner', () => {
    const cell = { left: 100, top: 50, width: 120, height: 22 };
    expect(placeBadge(cell, badge)).toEqual({ left: 92, top: 42 });
    // An empty text box is no text.
    expect(placeBadge(cell, badge, { left: 150, top: 50, width: 0, height: 0 })).toEqual(placeBadge(cell, badge));
  });
});

describe('placeChip', () => {
  it('sits above the table when there is room, inside its top edge otherwise', () => {
    expect(placeChip({ left: 10, top: 100, width: 500, height: 300 }, { width: 200, height: 20 })).toEqual({
      left: 10,
      top: 100 - 20 - BADGE_GAP,
      rightAligned: false,
    });
    expect(placeChip({ left: 10, top: 5, width: 500, height: 300 }, { width: 200, height: 20 }).top).toBe(
      5 + BADGE_GAP,
    );
  });

  it('keeps clear of the lines printed just above the table (单位, 部门名称)', () => {
    const table = { left: 10, top: 100, width: 500, height: 300 };
    const chip = { width: 200, height: 20 };
    const unitLeft = { left: 10, top: 80, width: 90, height: 16 };
    const unitRight = { left: 420, top: 80, width: 90, height: 16 };
    expect(placeChip(table, chip, [unitRight])).toEqual({ left: 10, top: 78, rightAligned: false });
    // Over on the right, the chip's right edge is level with the table's.
    expect(placeChip(table, chip, [unitLeft])).toEqual({ left: 510, top: 78, rightAligned: true });
    expect(placeChip(table, chip, [unitLeft, unitRight])).toMatchObject({ left: 10, top: 100 + BADGE_GAP });
    // A line further up is no obstacle.
    expect(placeChip(table, chip, [{ left: 10, top: 40, width: 400, height: 16 }])).toMatchObject({
      left: 10,
      top: 78,
    });
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 400, height: 200 };
  it('opens below the badge when it fits', () => {
    expect(placeCard({ left: 100, top: 100, width: 16, height: 16 }, card, viewport)).toEqual({ left: 100, top: 124 });
  });
  it('opens above near the bottom of the viewport', () => {
    expect(placeCard({ left: 100, top: 700, width: 16, height: 16 }, card, viewport).top).toBe(700 - 8 - 200);
  });
  it('stays inside the viewport horizontally', () => {
    expect(placeCard({ left: 900, top: 100, width: 16, height: 16 }, card, viewport).left).toBe(1000 - 8 - 400);
    expect(placeCard({ left: -50, top: 100, width: 16, height: 16 }, card, viewport).left).toBe(8);
  });
  it('clamps a card taller than the room on both sides to the top margin', () => {
    expect(placeCard({ left: 0, top: 300, width: 16, height: 16 }, { width: 400, height: 700 }, viewport).top).toBe(92);
  });
});

describe('unionRect / isAdjacent', () => {
  it('unions', () => {
    expect(
      unionRect([
        { left: 0, top: 0, width: 10, height: 10 },
        { left: 20, top: 5, width: 10, height: 20 },
      ]),
    ).toEqual({ left: 0, top: 0, width: 30, height: 25 });
    expect(unionRect([])).toBeNull();
  });
  it('tells adjacency with slack', () => {
    const a = { left: 0, top: 0, width: 10, height: 10 };
    expect(isAdjacent(a, { left: 13, top: 0, width: 5, height: 5 })).toBe(true);
    expect(isAdjacent(a, { left: 20, top: 0, width: 5, height: 5 })).toBe(false);
  });
});

describe('placeClaimBadges', () => {
  const block = { left: 100, top: 500, width: 600, height: 60 };
  const size = { width: 16, height: 16 };
  const line = (top: number, right: number) => ({ left: 100, top, width: right - 100, height: 20 });

  it('puts each badge in the left margin, level with the line where its claim ends', () => {
    const [a, b] = placeClaimBadges(block, [line(500, 300), line(540, 200)], size);
    expect(a).toEqual({ left: 100 - 18, top: 502 });
    expect(b).toEqual({ left: 100 - 18, top: 542 });
  });

  it('lines up claims ending on the same line side by side, in reading order, none over another', () => {
    const [a, b, c] = placeClaimBadges(block, [line(500, 200), line(500, 400), line(520, 150)], size);
    expect(a?.left).toBe(100 - 36);
    expect(b?.left).toBe(100 - 18);
    expect(a?.top).toBe(b?.top);
    expect(c).toEqual({ left: 100 - 18, top: 522 });
  });

  it('without a margin, sits just after the claim, raised above the middle of its line', () => {
    const flush = { ...block, left: 4 };
    const [a] = placeClaimBadges(flush, [{ left: 4, top: 500, width: 200, height: 20 }], size);
    expect(a).toEqual({ left: 206, top: 492 });
  });

  it('falls back to the paragraph’s first line when the claim’s line is unknown', () => {
    expect(placeClaimBadges(block, [null], size)).toEqual([{ left: 82, top: 500 }]);
  });
});

describe('placeLineBadges', () => {
  const size = { width: 16, height: 16 };
  const line = { left: 100, top: 500, width: 600, height: 20 };
  const part = (left: number, width: number) => ({ left, top: 500, width, height: 20 });

  it('groups statements by the line they are level with, side by side in reading order in its margin', () => {
    const points = placeLineBadges(
      [
        { key: 'later', line, box: part(400, 50) },
        { key: 'first', line: { ...line, top: 500.4 }, box: part(150, 50) },
        { key: 'below', line: { ...line, top: 540 }, box: { ...part(100, 50), top: 540 } },
      ],
      size,
    );
    expect(points.get('first')).toEqual({ left: 100 - 36, top: 502 });
    expect(points.get('later')).toEqual({ left: 100 - 18, top: 502 });
    expect(points.get('below')).toEqual({ left: 100 - 18, top: 542 });
  });

  it("takes the margin from the line's or its statements' leftmost edge", () => {
    const points = placeLineBadges([{ key: 'a', line: { ...line, left: 300 }, box: part(120, 50) }], size);
    expect(points.get('a')?.left).toBe(120 - 18);
  });
});
