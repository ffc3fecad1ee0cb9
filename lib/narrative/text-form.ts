/**
 * Narrative (stage 5): the text whose form the text rules inspect (lib/checks/rules/text-*). Extraction splits a
 * printed paragraph into several blocks — at a wide line gap, a short line, a page break — so a block's end is no
 * paragraph's end; a heading's start is. The text is therefore read as runs: every stretch of blocks between two
 * headings joined into one text (a sentence or a quotation continued over a page break is whole), each run knowing
 * the blocks around it; each heading is a run of its own. Unlike passages.ts it drops no line (a numbered list item
 * is text here). It reads form only: what the words say is claims.ts's business.
 */
import type { PdfAnchor, TextBlock } from '../extract/types';
import type { BudgetDocument } from '../model/budget-document';
import { headingLevel } from '../recognise/sections';
import type { ClaimPlace } from './claims';
import { locate, type Passage } from './passages';
import { sourcesOf } from './sources';

/** A run of text; its `text` reads fullwidth ASCII forms as ASCII (foldWidth), its pieces give each block's place. */
export interface TextRun extends Passage {
  /** A heading standing alone, not running text. */
  heading: boolean;
  /** The block right before the run and right after it (null at the start or end of the document). */
  before: TextBlock | null;
  after: TextBlock | null;
}

/** A block ending on one of these marks is set apart from the next by a line break in the run's text. */
const CLOSED_RE = /[。；;！!？?：:）)]\s*$/u;

function isHeadingBlock(b: TextBlock): boolean {
  return b.role === 'heading' || headingLevel(b) !== null;
}

const cache = new WeakMap<BudgetDocument, TextRun[]>();

/** The runs of the document's narrative blocks, in reading order; none when the pipeline attached no blocks. */
export function textRunsOf(doc: BudgetDocument): TextRun[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const runs = textRuns(sourcesOf(doc)?.blocks ?? []);
  cache.set(doc, runs);
  return runs;
}

export function textRuns(blocks: readonly TextBlock[]): TextRun[] {
  const out: TextRun[] = [];
  let part: string | null = null;
  let section: string | null = null;
  let cur: TextRun | null = null;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k] as TextBlock;
    const before = blocks[k - 1] ?? null;
    const heading = isHeadingBlock(b);
    if (heading) {
      if (cur) cur.after = b;
      cur = null;
      if (headingLevel(b) === 1) {
        part = b.text.trim();
        section = null;
      } else section = b.text.trim();
    }
    const run: TextRun = cur ?? { heading, section, part, text: '', pieces: [], before, after: null };
    if (run !== cur) out.push(run);
    if (run.text !== '' && CLOSED_RE.test(run.text)) run.text += '\n';
    run.pieces.push({ start: run.text.length, length: b.text.length, anchor: b.anchor ?? null, blockOffset: 0 });
    run.text += foldWidth(b.text);
    if (heading) run.after = blocks[k + 1] ?? null;
    else cur = run;
  }
  return out;
}

/**
 * Fullwidth forms of ASCII (`，` `（` `Ｘ`) as ASCII, one character for one so offsets stay: extraction's NFKC does the
 * same, and the rules read one form whatever text they are given.
 */
export function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Sentence ends: a full stop, a question or an exclamation mark (a semicolon only separates clauses). */
const SENTENCE_END = new Set(['。', '！', '!', '？', '?']);

/** The sentence around offset `at` of a run: [start, end), the end past its full stop. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = Math.min(at, text.length);
  while (start > 0 && !SENTENCE_END.has(text[start - 1] as string)) start--;
  let end = Math.max(at, start);
  while (end < text.length && !SENTENCE_END.has(text[end] as string)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/**
 * Where a defect at offset `at` of a run is shown: its sentence, cut to the block the defect lies in (a sentence may
 * run over a page break, and the reader should see the defect's page).
 */
export function formPlace(run: TextRun, at: number): ClaimPlace {
  const pos = Math.max(0, Math.min(at, run.text.length - 1));
  const s = sentenceAround(run.text, pos);
  const piece = [...run.pieces].reverse().find((p) => p.start <= pos) ?? run.pieces[0];
  let from = Math.max(s.start, piece?.start ?? 0);
  let to = Math.min(s.end, piece ? piece.start + piece.length : s.end);
  while (from < to && /\s/u.test(run.text[from] as string)) from++;
  while (to > from && /\s/u.test(run.text[to - 1] as string)) to--;
  const loc = locate(run, from, to);
  return {
    text: run.text.slice(from, to),
    section: run.section,
    part: run.part,
    anchor: loc.anchor,
    start: loc.start,
    end: loc.end,
    sentence: run.text.slice(s.start, s.end).trim(),
  };
}

/** The printed characters at [at, end) with a few around them, for a message (one line, an ellipsis where cut). */
export function excerpt(text: string, at: number, end: number, before = 10, after = 6): string {
  const head =
    text
      .slice(Math.max(0, at - before), at)
      .split('\n')
      .pop() ?? '';
  const tail = text.slice(end, end + after).split('\n')[0] ?? '';
  const from = at - head.length;
  const to = end + tail.length;
  const lead = from > 0 && text[from - 1] !== '\n' ? '…' : '';
  const trail = to < text.length && text[to] !== '\n' ? '…' : '';
  return `${lead}${head}${text.slice(at, end)}${tail}${trail}`;
}

/**
 * How a reason is introduced (`原因是`, `原因为`, `原因在于`, `原因如下`, `原因：`); a bare `原因` is a noun (`说明变动原因。`).
 * Shared so that a reason left empty (`原因：。`) is reported once, as such, not also as a punctuation slip.
 */
export const REASON_INTRO_RE = /原因(?:主要)?(?:是|为|在于|如下)[:：]?|原因[:：]/gu;

/** The first item of a numbered list: a sentence ending before it may be leading into it. */
const FIRST_ITEM_RE = /^\s*(?:一[、.．]|[（(]\s*[一1]\s*[)）]|1\s*[、.．)）]|①)/u;

/**
 * Whether the text before a block must have ended there: the block is a heading standing on its own line (no clause
 * punctuation inside: a numbered line that is really a list item mid-sentence carries commas) and not the first item
 * of a list the sentence might lead into.
 */
export function endsTheTextBefore(b: TextBlock | null): boolean {
  return (
    b !== null && isHeadingBlock(b) && b.text.length <= 40 && !/[,，;；。]/u.test(b.text) && !FIRST_ITEM_RE.test(b.text)
  );
}

/**
 * Whether a table is printed between the end of a run and the block after it (a PDF's tables are not among the
 * blocks, so text ending on `见下表，` or `原因是` may go on in a table). HTML blocks do not say where tables stand;
 * there only a table's title among the blocks tells (see `isTableTitle`).
 */
export function tableBetween(doc: BudgetDocument, run: TextRun, after: TextBlock | null): boolean {
  const a = run.pieces.at(-1)?.anchor;
  if (a?.kind !== 'pdf') return false;
  const b = after?.anchor?.kind === 'pdf' ? after.anchor : null;
  const below = (c: PdfAnchor) => c.page > a.page || (c.page === a.page && c.bbox[3] <= a.bbox[1] + 1);
  const above = (c: PdfAnchor) => !b || c.page < b.page || (c.page === b.page && c.bbox[1] >= b.bbox[3] - 1);
  return (sourcesOf(doc)?.grids ?? []).some((rows) =>
    rows.some((row) => row.some((c) => c.anchor?.kind === 'pdf' && below(c.anchor) && above(c.anchor))),
  );
}

/** A table's title standing as a heading (HTML pages set them so): `2025年预算收支总表`, `…预算表(不含上年结转)`. */
export function isTableTitle(b: TextBlock | null): boolean {
  return b !== null && /表\s*(?:[(（][^)）]{0,24}[)）]?)?$/u.test(b.text.trim());
}
