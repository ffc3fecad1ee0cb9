/**
 * Narrative (stage 5): the 情况说明 text cut into passages — the paragraphs of one section joined back together
 * (a PDF page break splits `0万` / `元`), each remembering which block every character came from, so a claim found
 * in the passage can be anchored in its block with offsets. It reads blocks or, failing that, the model's sections;
 * it does not look for numbers.
 */
import type { TextBlock } from '../extract/types';
import type { BudgetDocument, Section } from '../model/budget-document';
import { headingLevel } from '../recognise/sections';

export type BlockAnchor = Section['anchor'];

/** A piece of a passage taken from one block. */
export interface PassagePiece {
  /** Offset of the piece in the passage text. */
  start: number;
  /** Length of the piece. */
  length: number;
  anchor: BlockAnchor;
  /** Offset of the piece's first character in its block's text (0 unless the block was split). */
  blockOffset: number;
}

export interface Passage {
  /** The section heading (一、收入预算情况说明 …) the passage sits under; null before the first heading. */
  section: string | null;
  /** The part heading (第一部分 概况 / 第三部分 …情况说明). */
  part: string | null;
  text: string;
  pieces: PassagePiece[];
}

const END_PUNCT_RE = /[。；;！!？?：:）)]\s*$/u;
/** What makes a short numbered line an item rather than a heading: an amount, or the end of a sentence. */
const STATEMENT_RE = /\d\s*(万元|元|亿元|%|％)|[。；;]\s*$/u;
const SUB_HEADING_RE = /^\s*[（(][一二三四五六七八九十]+[)）]|^\s*\d+[、.．](?!\d)\s*\S{0,30}$/u;

interface Unit {
  text: string;
  anchor: BlockAnchor;
  blockOffset: number;
  level: 1 | 2 | null;
}

function toPassages(units: readonly Unit[]): Passage[] {
  const out: Passage[] = [];
  let part: string | null = null;
  let section: string | null = null;
  let cur: Passage | null = null;
  const flush = () => {
    if (cur && cur.text.trim() !== '') out.push(cur);
    cur = null;
  };
  for (const u of units) {
    if (u.level !== null) {
      flush();
      if (u.level === 1) {
        part = u.text.trim();
        section = null;
      } else section = u.text.trim();
      continue;
    }
    if (u.text.trim() === '') continue;
    // A (一)/1、 sub-heading starts a new passage, so a list never runs into the next sub-section.
    // A short numbered item that states an amount (1.“住房保障支出”科目2,180万元。) is read, as a passage of its own.
    if (SUB_HEADING_RE.test(u.text) && u.text.length <= 40) {
      flush();
      if (!STATEMENT_RE.test(u.text)) continue;
    }
    const p: Passage = cur ?? { section, part, text: '', pieces: [] };
    cur = p;
    // A paragraph that ends mid-sentence continues in the next block (page or line break): join without a break.
    const sep = p.text === '' || !END_PUNCT_RE.test(p.text) ? '' : '\n';
    p.text += sep;
    p.pieces.push({ start: p.text.length, length: u.text.length, anchor: u.anchor, blockOffset: u.blockOffset });
    p.text += u.text;
  }
  flush();
  return out;
}

/** Passages from the extracted narrative blocks (exact anchors and offsets). */
export function passagesFromBlocks(blocks: readonly TextBlock[]): Passage[] {
  return toPassages(
    blocks.map((b) => ({
      text: b.text,
      anchor: (b.anchor ?? null) as BlockAnchor,
      blockOffset: 0,
      level: headingLevel(b),
    })),
  );
}

/** Passages from the model's sections when blocks are not at hand (anchor = the section heading). */
export function passagesFromSections(sections: readonly Section[]): Passage[] {
  const units: Unit[] = [];
  for (const s of sections) {
    units.push({ text: s.heading, anchor: s.anchor, blockOffset: 0, level: s.level === 1 ? 1 : 2 });
    let offset = 0;
    for (const line of s.text.split('\n')) {
      units.push({ text: line, anchor: s.anchor, blockOffset: offset, level: null });
      offset += line.length + 1;
    }
  }
  return toPassages(units);
}

/** Passages of a document: from blocks when the pipeline attached them, else from the model's sections. */
export function passagesOf(doc: BudgetDocument, blocks?: readonly TextBlock[] | null): Passage[] {
  return blocks && blocks.length > 0 ? passagesFromBlocks(blocks) : passagesFromSections(doc.document.sections);
}

/** Where passage offsets [start, end) fall: the block anchor and offsets inside that block. */
export function locate(p: Passage, start: number, end: number): { anchor: BlockAnchor; start: number; end: number } {
  const piece = [...p.pieces].reverse().find((q) => q.start <= start) ?? p.pieces[0];
  if (!piece) return { anchor: null, start, end };
  const s = Math.max(0, start - piece.start);
  const e = Math.min(piece.length, Math.max(s, end - piece.start));
  return { anchor: piece.anchor, start: s + piece.blockOffset, end: e + piece.blockOffset };
}
