/**
 * Stage 1 (extract): page furniture — page numbers and running headers/footers — recognised by pattern and by
 * repetition across pages, so they stay out of tables and narrative. It must not drop body text: only lines in the
 * top/bottom margin band are candidates, except a line that is nothing but a decorated page number ('- 4 -').
 */
import type { Line } from './text-lines';

/** Share of the page height, at top and bottom, where furniture lives. */
const BAND = 0.08;

const PAGE_NUMBER =
  /^(?:[-–—－\s]*\d{1,4}[-–—－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/iu;

/**
 * A page number that cannot be anything else, wherever it stands ('- 4 -', '— 12 —', '第 4 页'): word processors
 * that export a document with its page breaks leave these mid-page, often between two halves of one table.
 */
const DECORATED_PAGE_NUMBER = /^(?:[-–—－]\s*\d{1,4}\s*[-–—－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?)$/u;

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
      list.push({ page: p.page, y: l.box[1] });
      seen.set(k, list);
    }
  }
  const repeatMin = Math.max(3, Math.ceil(pages.length * 0.3));
  const repeated = (l: Line, height: number): boolean => {
    const places = seen.get(key(l, height)) ?? [];
    const pagesThere = new Set(places.filter((q) => Math.abs(q.y - l.box[1]) <= SAME_PLACE).map((q) => q.page));
    return pagesThere.size >= repeatMin;
  };
  for (const p of pages) {
    for (const l of p.lines) {
      if (isDecoratedPageNumber(l.text)) out.add(l);
      if (!inBand(l, p.height)) continue;
      if (PAGE_NUMBER.test(l.text) || repeated(l, p.height)) out.add(l);
    }
  }
  return out;
}
