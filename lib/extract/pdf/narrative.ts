/**
 * Stage 1 (extract): narrative blocks from the lines left outside tables — headings on their own, wrapped lines
 * joined into paragraphs, each with a page + bbox anchor. It must not read amounts or claims (a later stage does).
 */

import { normalizeText } from '../normalize';
import type { TextBlock, TextLineBox } from '../types';
import { type Box, type PageFrame, unionBox } from './geometry';
import { HEADING } from './table-context';
import { joinPieces, type Line } from './text-lines';

/** Section headings of a disclosure: 一、… / （一）… / 第X部分 …. */
export const SECTION_HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百\d]+部分)/u;

export interface PageFreeLines {
  page: number;
  frame: PageFrame;
  lines: Line[];
}

/**
 * Where each run of a line sits in the line's text (offset `start` in the block) and across the page: its normalised
 * text is looked for, in order, in the line's text (which joined them, with spaces at gaps). Null when a run's text
 * is not where expected (the caller then keeps the line's box alone).
 */
function runsOnLine(l: Line, start: number, frame: PageFrame): NonNullable<TextLineBox['runs']> | null {
  const out: NonNullable<TextLineBox['runs']> = [];
  let at = 0;
  for (const r of l.runs) {
    const t = normalizeText(r.text);
    if (t === '') continue;
    while (l.text[at] === ' ') at++;
    if (!l.text.startsWith(t, at)) return null;
    const [x0, , x1] = frame.boxToUser([r.x0, l.box[1], r.x1, l.box[3]]);
    out.push({ start: start + at, end: start + at + t.length, x0: Math.min(x0, x1), x1: Math.max(x0, x1) });
    at += t.length;
  }
  return at === l.text.length ? out : null;
}

export function narrativeBlocks(pages: PageFreeLines[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const p of pages) {
    if (p.lines.length === 0) continue;
    const left = Math.min(...p.lines.map((l) => l.box[0]));
    const right = Math.max(...p.lines.map((l) => l.box[2]));
    let text = '';
    let box: Box | null = null;
    let lines: TextLineBox[] = [];
    let prev: Line | null = null;
    const flush = (role: TextBlock['role']) => {
      if (text && box)
        blocks.push({ text, role, anchor: { kind: 'pdf', page: p.page, bbox: p.frame.boxToUser(box) }, lines });
      text = '';
      box = null;
      lines = [];
    };
    const append = (l: Line) => {
      text = joinPieces(text, l.text);
      box = unionBox(box, l.box);
      const start = text.length - l.text.length;
      const runs = runsOnLine(l, start, p.frame);
      lines.push({ start, end: text.length, bbox: p.frame.boxToUser(l.box), ...(runs ? { runs } : {}) });
    };
    for (const l of p.lines) {
      // A numbered line is a heading when it stands alone: short, not a sentence, not running on to the margin.
      const numbered = SECTION_HEADING.test(l.text);
      if (
        numbered &&
        l.text.length <= 40 &&
        !/[。；;，,]$/u.test(l.text) &&
        (l.box[2] < right - 2 * l.size || l.text.length <= 20)
      ) {
        flush('paragraph');
        append(l);
        flush('heading');
        prev = null;
        continue;
      }
      const startsNew =
        !prev ||
        numbered ||
        HEADING.test(l.text) ||
        prev.box[1] - l.box[3] > 0.9 * l.size ||
        l.box[0] > left + 1.5 * l.size ||
        prev.box[2] < right - 3 * prev.size ||
        Math.abs(prev.size - l.size) > 1;
      if (startsNew) flush('paragraph');
      append(l);
      prev = l;
    }
    flush('paragraph');
  }
  return blocks;
}
