import { describe, expect, it } from 'vitest';
import type { Run } from './page-content';
import { findFurniture, isDecoratedPageNumber } from './page-furniture';
import { makeLine } from './text-lines';

function line(text: string, x: number, y: number, size = 10) {
  const x1 = x + size * text.length;
  const run: Run = { text, x0: x, x1, y, size, vertical: false, box: [x, y - 0.2 * size, x1, y + 0.8 * size] };
  return makeLine([run]);
}

describe('page furniture', () => {
  it('knows a decorated page number, never a bare amount or a sentence', () => {
    expect(isDecoratedPageNumber('- 4 -')).toBe(true);
    expect(isDecoratedPageNumber('— 12 —')).toBe(true);
    expect(isDecoratedPageNumber('第 3 页')).toBe(true);
    expect(isDecoratedPageNumber('4')).toBe(false);
    expect(isDecoratedPageNumber('-4')).toBe(false);
    expect(isDecoratedPageNumber('第4页说明如下')).toBe(false);
  });

  it('drops a decorated page number mid-page, and running lines only where they repeat at the same height', () => {
    const mid = line('- 4 -', 280, 400);
    const pages = [1, 2, 3, 4].map((page) => ({
      page,
      height: 842,
      lines: [
        line('示例县财政局', 24, 820),
        // A table's meta line that falls in the bottom band at a different height on each page.
        line('单位：万元', 24, 20 + 9 * page),
        ...(page === 2 ? [mid] : []),
      ],
    }));
    const furniture = findFurniture(pages);
    expect(furniture.has(mid)).toBe(true);
    for (const p of pages) {
      expect(furniture.has(p.lines[0]!)).toBe(true);
      expect(furniture.has(p.lines[1]!)).toBe(false);
    }
  });
});
