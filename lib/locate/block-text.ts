/**
 * Locate (HTML): from an offset in a narrative block's text (as the extractor built it: lines normalised and joined)
 * back to the text node and offset in the page that produced that character, so a claim's badge can sit beside the
 * sentence instead of at the paragraph's start. Replays the extractor's own walk (`readableTextPieces`) and its
 * normalisation one character at a time; when that replay does not reproduce the block's text exactly (a
 * normalisation that does not work character by character), it answers null and the caller falls back to the block.
 * Reads the DOM only.
 */

import type { TextPiece } from '../extract/html/dom';
import { normalizeChars, normalizeText } from '../extract/normalize';

export interface DomPoint {
  node: Node;
  /** UTF-16 offset in the node's text. */
  offset: number;
}

const WHITESPACE_RE = /^\s+$/u;

/**
 * For every UTF-16 index of the block's text, the page position of the character it came from (a joining space
 * points at the character before it). Null when the replay disagrees with the extractor's text.
 */
export function blockTextPoints(pieces: readonly TextPiece[]): { text: string; points: DomPoint[] } | null {
  let text = '';
  const points: DomPoint[] = [];
  let line = '';
  let linePoints: DomPoint[] = [];
  let pendingSpace: DomPoint | null = null;
  const endLine = () => {
    if (line !== '') {
      if (text !== '') {
        text += ' ';
        points.push(points[points.length - 1] as DomPoint);
      }
      text += line;
      points.push(...linePoints);
    }
    line = '';
    linePoints = [];
    pendingSpace = null;
  };
  for (const piece of pieces) {
    if (!piece.node) {
      if (piece.text === '\n') endLine();
      else if (line !== '') pendingSpace ??= linePoints[linePoints.length - 1] ?? null;
      continue;
    }
    const node = piece.node;
    let offset = 0;
    for (const ch of piece.text) {
      const here: DomPoint = { node, offset };
      offset += ch.length;
      if (ch === '\n') {
        endLine();
        continue;
      }
      const n = normalizeChars(ch);
      if (n === '') continue;
      if (WHITESPACE_RE.test(n)) {
        if (line !== '') pendingSpace ??= here;
        continue;
      }
      if (pendingSpace) {
        line += ' ';
        linePoints.push(pendingSpace);
        pendingSpace = null;
      }
      line += n;
      for (let i = 0; i < n.length; i++) linePoints.push(here);
    }
  }
  endLine();
  const expected = pieces
    .map((p) => p.text)
    .join('')
    .split('\n')
    .map(normalizeText)
    .filter((l) => l !== '')
    .join(' ');
  return text === expected ? { text, points } : null;
}

/**
 * The page range of [start, end) of the block's text (`mapped`: its blockTextPoints): from the first character's
 * position to just after the last one's. Null when the offsets fall outside the text or the text could not be replayed.
 */
export function blockTextRange(
  mapped: { text: string; points: DomPoint[] } | null,
  start: number,
  end: number,
): { start: DomPoint; end: DomPoint } | null {
  if (!(start >= 0 && end > start)) return null;
  if (!mapped || end > mapped.text.length) return null;
  const first = mapped.points[start];
  const last = mapped.points[end - 1];
  if (!first || !last) return null;
  const lastChar = last.node.nodeValue?.codePointAt(last.offset) ?? 0;
  return { start: first, end: { node: last.node, offset: last.offset + (lastChar > 0xffff ? 2 : 1) } };
}
