/**
 * Stage 1 (extract): page furniture — page numbers and running headers/footers — recognised by pattern and by
 * repetition across pages, so they stay out of tables and narrative. It must not drop body text: only lines in the
 * top/bottom margin band are candidates, except a line that is nothing but a decorated page number ('- 4 -').
 */
import type { Line } from './text-lines';

/** How a table's title ends (…绩效目标表, …预算表（含转移支付项目）). */
const TABLE_TITLE_END = /表\s*(?:[（(][^)）]{0,24}[)）])?$/u;

/** Share of the page height, at top and bottom, where furniture lives. */
const BAND = 0.08;

const PAGE_NUMBER =
  /^(?:[-–—－\s]*\d(?:\s?\d){0,3}[-–—－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/iu;

/**
 * A page number that cannot be anything else, wherever it stands ('- 4 -', '— 12 —', '第 4 页'): word processors
 * that export a document with its page breaks leave these mid-page, often between two halves of one table.
 */
const DECORATED_PAGE_NUMBER =
  /^(?:[-–—－]\s*\d(?:\s?\d){0,3}\s*[-–—－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?)$/u;

export function isDecoratedPageNumber(text: string): boolean {
  return DECORATED_PAGE_NUMBER.test(text.trim());
}

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

function inBand(line: Line, height: number): boolean {
  return line.box[1] > height * (1 - BAND) || line.box[3] < height * BAND;
}

function key(line: Line, height: number): string {
  const band = line.box[1] > height / 2 ? 'top' : 'bottom';
  return `${band}:${line.text.replace(/\d+/gu, '#').replace(/\s+/gu, '')}`;
}

/**
 * How far a line stands from the edge of its band (the top edge for a header, the bottom for a footer): a running
 * header keeps its distance from the top on portrait and landscape pages alike, which differ in height.
 */
function edgeDistance(line: Line, height: number): number {
  return line.box[1] > height / 2 ? height - line.box[3] : line.box[1];
}

/** A running header or footer stands at the same height on every page; text merely repeated (a table's meta line
 * that happens to fall near the foot of several pages) does not. Points. */
const SAME_PLACE = 3;

/** Returns the set of lines that are page furniture across the document. */
export function findFurniture(pages: PageLines[]): Set<Line> {
  const out = new Set<Line>();
  const seen = new Map<string, Array<{ page: number; y: number }>>();
  for (const p of pages) {
    for (const l of p.lines) {
      if (!inBand(l, p.height)) continue;
      const k = key(l, p.height);
      const list = seen.get(k) ?? [];
      list.push({ page: p.page, y: edgeDistance(l, p.height) });
      seen.set(k, list);
    }
  }
  const repeatMin = Math.max(3, Math.ceil(pages.length * 0.3));
  const repeated = (l: Line, height: number): boolean => {
    const places = seen.get(key(l, height)) ?? [];
    const y = edgeDistance(l, height);
    const pagesThere = new Set(places.filter((q) => Math.abs(q.y - y) <= SAME_PLACE).map((q) => q.page));
    return pagesThere.size >= repeatMin;
  };
  for (const l of numberedPages(pages)) out.add(l);
  for (const p of pages) {
    for (const l of p.lines) {
      if (isDecoratedPageNumber(l.text)) out.add(l);
      if (!inBand(l, p.height)) continue;
      // A table's title printed again at the top of each page it runs over is the table's, not a running header.
      if (PAGE_NUMBER.test(l.text) || (repeated(l, p.height) && !TABLE_TITLE_END.test(l.text))) out.add(l);
    }
  }
  return out;
}

/**
 * Page numbers printed away from the margin band (a landscape table page numbered beside the table's foot): the lowest
 * or highest free line of a page that is only a number, where the number runs with the page number (printed = page −
 * offset) on at least three pages. The sequence is what confirms them; a lone figure at a page's foot is kept.
 */
function numberedPages(pages: PageLines[]): Line[] {
  const byOffset = new Map<number, Line[]>();
  for (const p of pages) {
    if (p.lines.length === 0) continue;
    let top = p.lines[0]!;
    let bottom = p.lines[0]!;
    for (const l of p.lines) {
      if (l.box[3] > top.box[3]) top = l;
      if (l.box[1] < bottom.box[1]) bottom = l;
    }
    for (const l of top === bottom ? [top] : [top, bottom]) {
      const digits = /^[-–—－\s]*(\d(?:\s?\d){0,3})[-–—－\s]*$/u.exec(l.text)?.[1];
      if (!digits) continue;
      const offset = p.page - Number(digits.replace(/\s/gu, ''));
      const list = byOffset.get(offset) ?? [];
      list.push(l);
      byOffset.set(offset, list);
    }
  }
  const out: Line[] = [];
  for (const list of byOffset.values()) if (list.length >= 3) out.push(...list);
  return out;
}
