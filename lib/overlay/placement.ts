/**
 * Overlay view logic: where a badge, a table chip and a card go, from rectangles measured by the caller (CSS pixels,
 * any one coordinate space, y down). Pure geometry so it can be tested without a browser; it never measures or
 * touches the DOM. Badges sit just left of the number (amounts are right-aligned, so a cell's free space is on the
 * left) and never on top of its digits.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  left: number;
  top: number;
}

/** Gap between a badge and the text it annotates (px). */
export const BADGE_GAP = 2;

/**
 * A badge for a cell. `text` is the box of the cell's text when known (a Range's rect in a page, the bbox in a PDF);
 * the badge goes just left of it (right-aligned amounts), else just right of it (left-aligned codes and names),
 * vertically centred. When the cell has room on neither side, the badge straddles the cell's left border so it
 * still reads as belonging to that cell without covering a digit; so it does while the text's box is not known. An
 * `empty` cell (nothing printed in it) has the badge inside, at its right end.
 */
export function placeBadge(cell: Rect, badge: Size, text?: Rect | null, empty = false): Point {
  // An empty cell (an amount not filled in, read as zero): inside it, where a right-aligned amount would stand.
  if (empty)
    return {
      left: Math.max(cell.left, cell.left + cell.width - BADGE_GAP - badge.width),
      top: cell.top + (cell.height - badge.height) / 2,
    };
  const t = text && text.width > 0 ? text : cell;
  const top = t.top + (t.height - badge.height) / 2;
  const left = t.left - BADGE_GAP - badge.width;
  if (left >= cell.left) return { left, top };
  const right = t.left + t.width + BADGE_GAP;
  if (t !== cell && right + badge.width <= cell.left + cell.width) return { left: right, top };
  // A narrow cell: still left of the digits, half over the cell's left border at most.
  if (left >= cell.left - badge.width / 2) return { left, top };
  return { left: cell.left - badge.width / 2, top: cell.top - badge.height / 2 };
}

/**
 * A badge beside a box that is the number itself (a PDF anchor's bbox): just left of it, vertically centred, outside
 * the box so no digit is covered.
 */
export function placeBadgeBeside(box: Rect, badge: Size): Point {
  return { left: box.left - BADGE_GAP - badge.width, top: box.top + (box.height - badge.height) / 2 };
}

/**
 * Badges for statements in running text (narrative claims), one per claim: in the paragraph's left margin, level with
 * the line where the claim ends, so no word of the paragraph is covered. Several claims ending on the same line
 * stand side by side, further into the margin, in reading order. Where the paragraph has no margin (it starts at
 * the page's edge), the badge goes just after the claim's last character, raised above the line's middle.
 * `lines[i]` is the box of claim i's last line (null when unknown: then level with the paragraph's first line).
 */
export function placeClaimBadges(block: Rect, lines: readonly (Rect | null)[], badge: Size, minLeft = 0): Point[] {
  const boxes = lines.map(
    (line) => line ?? { left: block.left, top: block.top, width: 0, height: Math.min(block.height, badge.height) },
  );
  const tops = boxes.map((l) => l.top + (l.height - badge.height) / 2);
  const perRow = new Map<number, number>();
  for (const top of tops) perRow.set(Math.round(top), (perRow.get(Math.round(top)) ?? 0) + 1);
  const placed = new Map<number, number>();
  return boxes.map((l, i) => {
    const top = tops[i] as number;
    const row = Math.round(top);
    const count = perRow.get(row) ?? 1;
    const j = placed.get(row) ?? 0;
    placed.set(row, j + 1);
    const left = block.left - (count - j) * (BADGE_GAP + badge.width);
    if (left >= minLeft) return { left, top };
    return { left: l.left + l.width + BADGE_GAP, top: l.top - badge.height / 2 };
  });
}

/**
 * Badges for statements whose printed lines are known as boxes (a PDF page): `line` is the line a statement's badge
 * is level with (the first claim's line stands for all that share its middle), `box` the statement's part of it.
 * Those on one line go side by side in the line's left margin in reading order (placeClaimBadges).
 */
export function placeLineBadges(
  claims: readonly { key: string; line: Rect; box: Rect }[],
  badge: Size,
): Map<string, Point> {
  const lines = new Map<number, { line: Rect; claims: { key: string; box: Rect }[] }>();
  for (const { key, line, box } of claims) {
    const middle = Math.round(line.top + line.height / 2);
    const entry = lines.get(middle) ?? { line, claims: [] };
    entry.claims.push({ key, box });
    lines.set(middle, entry);
  }
  const out = new Map<string, Point>();
  for (const { line, claims: onLine } of lines.values()) {
    onLine.sort((a, b) => a.box.left - b.box.left);
    const block = { ...line, left: Math.min(line.left, ...onLine.map((c) => c.box.left)) };
    const points = placeClaimBadges(
      block,
      onLine.map((c) => c.box),
      badge,
    );
    onLine.forEach((c, i) => {
      const p = points[i];
      if (p) out.set(c.key, p);
    });
  }
  return out;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * A table's chip: above its top-left corner, or above its top-right corner when text printed just above the table
 * (a `单位：万元` or `部门名称` line: `obstacles`, the boxes of those lines) is in the way; inside the table's top edge
 * when neither fits.
 */
export function placeChip(
  table: Rect,
  chip: Size,
  obstacles: readonly Rect[] = [],
  minTop = 0,
): Point & { rightAligned: boolean } {
  const above = table.top - chip.height - BADGE_GAP;
  const right = table.left + table.width;
  if (above >= minTop) {
    const clear = (left: number) =>
      !obstacles.some((o) => overlaps({ left, top: above, width: chip.width, height: chip.height }, o));
    if (clear(table.left)) return { left: table.left, top: above, rightAligned: false };
    // `left` is then the chip's right edge (the caller aligns it so), level with the table's right border.
    if (clear(right - chip.width)) return { left: right, top: above, rightAligned: true };
  }
  return { left: table.left, top: table.top + BADGE_GAP, rightAligned: false };
}

/**
 * A card opened from a badge: below it when it fits in the viewport, else above, else clamped to the viewport's top;
 * horizontally aligned with the badge and kept inside the viewport (`margin` px from its edges).
 */
export function placeCard(anchor: Rect, card: Size, viewport: Size, margin = 8): Point {
  const below = anchor.top + anchor.height + margin;
  const above = anchor.top - margin - card.height;
  let top: number;
  if (below + card.height <= viewport.height - margin) top = below;
  else if (above >= margin) top = above;
  else top = Math.max(margin, viewport.height - margin - card.height);
  const maxLeft = Math.max(margin, viewport.width - margin - card.width);
  const left = Math.min(Math.max(margin, anchor.left), maxLeft);
  return { left, top };
}

/** True when two rectangles overlap or touch within `slack` px (tests and e2e use it: badge beside its cell). */
export function isAdjacent(a: Rect, b: Rect, slack = 4): boolean {
  return (
    a.left <= b.left + b.width + slack &&
    b.left <= a.left + a.width + slack &&
    a.top <= b.top + b.height + slack &&
    b.top <= a.top + a.height + slack
  );
}

/** The union of rectangles (a highlight around the involved cells), or null for none. */
export function unionRect(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  let l = Number.POSITIVE_INFINITY;
  let t = Number.POSITIVE_INFINITY;
  let r = Number.NEGATIVE_INFINITY;
  let b = Number.NEGATIVE_INFINITY;
  for (const x of rects) {
    l = Math.min(l, x.left);
    t = Math.min(t, x.top);
    r = Math.max(r, x.left + x.width);
    b = Math.max(b, x.top + x.height);
  }
  return { left: l, top: t, width: r - l, height: b - t };
}

/**
 * A per-capita chip beside its numerator cell: inside the cell on the side away from the digits (numbers are usually
 * right-aligned), clear of a check badge when there is room for both, and only under the cell when it cannot fit
 * inside at all (under a cell it may cover the next row, so that is the last resort).
 */
export function placeMetricChip(cell: Rect, chip: Size, text?: Rect | null): Point {
  const pad = 2;
  const textLeft = text ? text.left : cell.left + cell.width;
  const room = textLeft - cell.left - pad * 2;
  const inside = { left: cell.left + pad, top: cell.top + Math.max(0, (cell.height - chip.height) / 2) };
  if (room >= chip.width && cell.height >= chip.height - 2) return inside;
  return { left: Math.max(0, cell.left + cell.width - chip.width), top: cell.top + cell.height - 1 };
}

/** Width a chip's text needs (CJK counted double) in CSS pixels at the overlay's 11px font, plus padding and border. */
export function metricChipSize(text: string): Size {
  let units = 0;
  for (const ch of text) units += /[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1;
  return { width: Math.ceil(units * 5.6) + 10, height: 16 };
}
