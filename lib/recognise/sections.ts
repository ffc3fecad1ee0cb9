/**
 * Recognise (stage 3): the narrative's sections (第X部分 / 一、二、…) with their text and the anchor of the heading,
 * from ExtractedDocument.blocks in reading order. It only segments; reading claims out of the text is the narrative
 * stage's job.
 */
import type { TextBlock } from '../extract/types';
import type { Section } from '../model/budget-document';
import { fold } from './fold';

const PART_RE = /^第[一二三四五六七八九十]+部分/u;
const NUMBERED_RE = /^[一二三四五六七八九十]+[、.．]/u;
const MAX_HEADING_CHARS = 40;

export function headingLevel(block: TextBlock): 1 | 2 | null {
  const t = fold(block.text);
  if (PART_RE.test(t) && t.length <= MAX_HEADING_CHARS) return 1;
  // `一、基本支出：指…` in 名词解释 is a definition paragraph, not a heading.
  if (NUMBERED_RE.test(t) && !/[:：].{2,}/u.test(t) && (t.length <= MAX_HEADING_CHARS || block.role === 'heading'))
    return 2;
  return null;
}

export function sectionsFromBlocks(blocks: readonly TextBlock[]): Section[] {
  const out: Section[] = [];
  let current: Section | null = null;
  const body: string[] = [];
  const flush = () => {
    if (current) {
      current.text = body.join('\n');
      out.push(current);
    }
    body.length = 0;
  };
  for (const b of blocks) {
    const level = headingLevel(b);
    if (level !== null) {
      flush();
      current = { heading: b.text, level, text: '', anchor: b.anchor ?? null };
    } else if (current) {
      body.push(b.text);
    }
  }
  flush();
  // A 目录 printed as text repeats the part headings before the parts themselves: keep the last of each part.
  const lastPart = new Map<string, number>();
  out.forEach((sec, i) => {
    if (sec.level === 1) lastPart.set(fold(sec.heading), i);
  });
  return out.filter((sec, i) => sec.level !== 1 || lastPart.get(fold(sec.heading)) === i);
}
