/**
 * Locate (PDF statements): from a statement's offsets in its narrative block's text to boxes on the page, one per
 * printed line it touches, using the block's line boxes (`TextBlock.lines`, PDF user space) and, where known, the
 * pieces of text the PDF set along each line (`runs`, often a word or a few characters each). Within a piece the
 * characters are taken at the widths disclosures are set in: a CJK character or CJK punctuation a full em, a digit,
 * latin letter, space or ASCII mark half of one. The extracted text has CJK punctuation as ASCII (NFKC turns ，into ,),
 * so a comma, colon, semicolon or bracket beside a CJK character counts as the full-width mark it was printed as.
 * Pure.
 */
import type { Anchor, HtmlBlockAnchor, PdfAnchor, TextBlock, TextLineBox } from '../extract/types';

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
    const [x0, y0, x1, y1] = l.bbox;
    // The printed pieces of the line when known (the characters set within each), else the whole line as one piece.
    const pieces = l.runs && l.runs.length > 0 ? l.runs : [{ start: l.start, end: l.end, x0, x1 }];
    const left = edge(text, pieces, from, 'left');
    const right = edge(text, pieces, to - 1, 'right');
    if (left !== null && right !== null && left < right) out.push([left, y0, right, y1]);
  }
  return out;
}

type Piece = NonNullable<TextLineBox['runs']>[number];

/**
 * The x of a character's left or right edge, by the widths within its piece; a character between pieces (a space)
 * takes the next piece's start or the previous piece's end.
 */
function edge(text: string, pieces: readonly Piece[], at: number, side: 'left' | 'right'): number | null {
  const i = pieces.findIndex((p) => at < p.end);
  const piece = pieces[i];
  if (!piece) return pieces.at(-1)?.x1 ?? null;
  if (at < piece.start) return side === 'left' ? piece.x0 : (pieces[i - 1]?.x1 ?? piece.x0);
  let before = 0;
  let total = 0;
  for (let k = piece.start; k < piece.end; k++) {
    const w = width(text, k);
    total += w;
    if (k < at || (side === 'right' && k === at)) before += w;
  }
  return total > 0 ? piece.x0 + (before / total) * (piece.x1 - piece.x0) : piece.x0;
}

/** A narrative block's identity on the page: a statement's anchor is its block's. */
function blockKey(a: PdfAnchor): string {
  return `${a.page}:${a.bbox.join(',')}`;
}

/**
 * Locates statements through the extraction's narrative blocks: a statement's own boxes, one per printed line it
 * touches; null when its block's lines are not known (then the statement's whole box stands for it).
 */
export function statementLocator(
  blocks: readonly TextBlock[],
): (claim: { anchor?: Anchor | HtmlBlockAnchor | null; start?: number; end?: number }) => PdfAnchor[] | null {
  const byKey = new Map(blocks.flatMap((b) => (b.anchor?.kind === 'pdf' ? [[blockKey(b.anchor), b]] : [])));
  return ({ anchor, start, end }) => {
    if (anchor?.kind !== 'pdf' || start === undefined || end === undefined) return null;
    const block = byKey.get(blockKey(anchor));
    if (!block?.lines) return null;
    const boxes = statementBoxes(block.text, block.lines, start, end);
    return boxes.length > 0 ? boxes.map((bbox) => ({ kind: 'pdf', page: anchor.page, bbox })) : null;
  };
}
