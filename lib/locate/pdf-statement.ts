/**
 * Locate (PDF statements): from a statement's offsets in its narrative block's text to boxes on the page, one per
 * printed line it touches, using the block's line boxes (`TextBlock.lines`, PDF user space). Within a line the
 * characters are taken at the widths disclosures are set in: a CJK character or CJK punctuation a full em, a digit,
 * latin letter, space or ASCII mark half of one. The extracted text has CJK punctuation as ASCII (NFKC turns ，into ,),
 * so a comma, colon, semicolon or bracket beside a CJK character counts as the full-width mark it was printed as.
 * Pure.
 */
import type { TextLineBox } from '../extract/types';

type Bbox = [number, number, number, number];

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/u;
const CJK_MARK = /[,;:!?()]/u;

function width(text: string, i: number): number {
  const c = text[i] ?? '';
  if (CJK.test(c)) return 1;
  if (CJK_MARK.test(c) && (CJK.test(text[i - 1] ?? '') || CJK.test(text[i + 1] ?? ''))) return 1;
  return 0.5;
}

/** The statement's box on each line it touches, top to bottom; [] when the lines do not cover it. */
export function statementBoxes(text: string, lines: readonly TextLineBox[], start: number, end: number): Bbox[] {
  const out: Bbox[] = [];
  for (const l of lines) {
    const from = Math.max(start, l.start);
    const to = Math.min(end, l.end);
    if (from >= to) continue;
    let before = 0;
    let inside = 0;
    let total = 0;
    for (let i = l.start; i < l.end; i++) {
      const w = width(text, i);
      total += w;
      if (i < from) before += w;
      else if (i < to) inside += w;
    }
    const [x0, y0, x1, y1] = l.bbox;
    const per = total > 0 ? (x1 - x0) / total : 0;
    out.push([x0 + before * per, y0, x0 + (before + inside) * per, y1]);
  }
  return out;
}
