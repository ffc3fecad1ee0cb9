/**
 * Stage 1 (extract, HTML): a page's DOM → ExtractedDocument (data tables as rectangular grids with anchors, their
 * titles/meta/notes, continuation pieces joined, narrative blocks). Works on a linkedom document in Node and on the
 * live `document` in a content script: it takes the root as a parameter, uses standard DOM reads only, never
 * modifies the page and never throws on odd markup (problems become `warnings`). It does not recognise table kinds,
 * units or amounts — later stages do, from the text it returns.
 */
import { normalizeText, squash } from '../normalize';
import type { ExtractedDocument, GridCell, RawTable, TextBlock } from '../types';
import { type WalkItem, walkSteps } from './blocks';
import { htmlTableElements, readableText, tagOf } from './dom';
import { tableGridSteps } from './grid';
import {
  continuedTitle,
  endsWithPartialUnit,
  isHeadingTitle,
  isLabelLine,
  isMetaLine,
  isNoteContinuation,
  isNoteLine,
  isNumberedHeading,
  isPageFurniture,
  isPeriodLine,
  isTitleLine,
  isUnitTail,
  splitTitleMeta,
} from './lines';
import { drain, type Steps, spend, stepped, unbounded, type Work } from './steps';

/** How far back from a table we look for its title and meta lines, and forward for notes. */
const MAX_CONTEXT_LINES = 8;
const MAX_NOTE_LINES = 6;
/** How many leading rows a repeated header may have. */
const MAX_HEADER_ROWS = 6;

type BlockItem = Extract<WalkItem, { kind: 'block' }>;

interface Piece {
  index: number;
  rows: GridCell[][];
  width: number;
  title: string | null;
  /** The title came from inside the grid or a caption, i.e. the piece starts a new table. */
  ownTitle: boolean;
  meta: string[];
  notes: string[];
  before: BlockItem[];
  after: BlockItem[];
}

function squashRow(row: GridCell[]): string[] {
  return row.map((c) => squash(c.text));
}

function sameRow(a: GridCell[] | undefined, b: GridCell[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  const sa = squashRow(a);
  const sb = squashRow(b);
  return sa.every((s, i) => s === sb[i]) && sa.some((s) => s !== '');
}

/** One printed line of a block (blocks split at `<br>`), with its block's styling. */
interface Line {
  text: string;
  heading: boolean;
  emphasised: boolean;
}

function linesOf(blocks: BlockItem[]): Line[] {
  return blocks.flatMap((b) => b.lines.map((text) => ({ text, heading: b.heading, emphasised: b.emphasised })));
}

/** Title and meta from the lines right before a table, walking back: meta, labels and period lines, then a title. */
function contextBefore(blocks: BlockItem[]): { title: string | null; meta: string[] } {
  const before = linesOf(blocks.slice(-MAX_CONTEXT_LINES));
  const meta: string[] = [];
  const stop = Math.max(0, before.length - MAX_CONTEXT_LINES);
  for (let j = before.length - 1; j >= stop; j--) {
    const item = before[j] as Line;
    const t = item.text;
    const both = splitTitleMeta(t);
    if (both) {
      meta.unshift(both.meta);
      return { title: both.title, meta };
    }
    const setApart = item.heading || item.emphasised;
    // A bare number label (`公开01表`) printed between the title and the grid is not the title.
    const label = isLabelLine(t);
    if (!label && (isTitleLine(t) || (setApart && !isMetaLine(t) && !isPeriodLine(t) && isHeadingTitle(t)))) {
      return { title: t, meta };
    }
    if (isMetaLine(t)) {
      meta.unshift(t);
      continue;
    }
    const prev = before[j - 1];
    if (prev && isUnitTail(t) && isMetaLine(prev.text) && endsWithPartialUnit(prev.text)) {
      meta.unshift(t);
      continue;
    }
    // Page numbers sit between a table's title and its grid when the title ends a page.
    if (isLabelLine(t) || isPeriodLine(t) || isPageFurniture(t)) continue;
    break;
  }
  return { title: null, meta };
}

function notesAfter(blocks: BlockItem[]): string[] {
  const notes: string[] = [];
  for (const item of linesOf(blocks.slice(0, MAX_NOTE_LINES)).slice(0, MAX_NOTE_LINES)) {
    if (notes.length === 0 ? isNoteLine(item.text) : isNoteContinuation(item.text)) notes.push(item.text);
    else break;
  }
  return notes;
}

function nonEmpty(row: GridCell[]): string[] {
  return row.map((c) => c.text).filter((t) => t !== '');
}

/**
 * Excel/Word pastes often carry the title and `单位：` rows inside the grid (a full-width title cell, a row of
 * meta cells), and a `注：` row at the bottom. Lift such leading rows into title/meta and a trailing run that starts
 * with a note line into notes; always keep at least one row.
 */
function liftInGridContext(piece: Piece): void {
  while (piece.rows.length > 1) {
    const texts = nonEmpty(piece.rows[0] as GridCell[]);
    if (texts.length === 0) break;
    const only = texts.length === 1 ? (texts[0] as string) : null;
    const both = only === null ? null : splitTitleMeta(only);
    if (both && piece.title === null) {
      piece.title = both.title;
      piece.ownTitle = true;
      piece.meta.push(both.meta);
    } else if (only !== null && isTitleLine(only) && !isMetaLine(only)) {
      if (piece.title !== null && squash(piece.title) !== squash(only)) break;
      piece.title = only;
      piece.ownTitle = true;
    } else if (texts.every((t) => isMetaLine(t) || isUnitTail(t)) && texts.some(isMetaLine)) {
      piece.meta.push(...texts);
    } else break;
    piece.rows.shift();
  }
  // Bottom-up run of single-text rows that read as notes; it must start (top-down) with a real note line, so
  // enumerated data rows (`1.…`) are never taken on their own.
  const run: string[] = [];
  for (let r = piece.rows.length - 1; r >= 1; r--) {
    const texts = nonEmpty(piece.rows[r] as GridCell[]);
    const t = texts.length === 1 ? (texts[0] as string) : null;
    if (t === null || !(isNoteLine(t) || isNoteContinuation(t))) break;
    run.unshift(t);
  }
  const start = run.findIndex((t) => isNoteLine(t));
  if (start < 0) return;
  const taken = run.slice(start);
  piece.rows.splice(piece.rows.length - taken.length, taken.length);
  piece.notes.unshift(...taken);
}

/**
 * Only page furniture (page numbers, `续表`) between two pieces, besides the second piece's own title and meta lines
 * (judged by the caller): the second may continue the first.
 */
function onlyFurniture(piece: Piece): boolean {
  const own = new Set([...piece.meta, ...(piece.title === null ? [] : [piece.title])].map(squash));
  const title = piece.title === null ? '' : squash(piece.title);
  return linesOf(piece.before).every((l) => {
    const s = squash(l.text);
    if (isPageFurniture(l.text) || isLabelLine(l.text) || own.has(s)) return true;
    // A title and its meta printed on one line.
    return title !== '' && s.startsWith(title) && own.has(s.slice(title.length));
  });
}

/** How many leading rows of `piece` repeat the first piece's header rows. */
function repeatedHeaderRows(piece: Piece, first: Piece): number {
  let k = 0;
  const limit = Math.min(MAX_HEADER_ROWS, piece.rows.length - 1, first.rows.length);
  while (k < limit && sameRow(piece.rows[k], first.rows[k])) k++;
  return k;
}

/**
 * Whether `piece` continues the table that `first` starts. An untitled piece after nothing but page furniture does.
 * Converted documents also repeat the title with a 续 mark (`…总表（续）`) or the `单位：` line on every page: a
 * piece with such a title, or with only meta lines the first piece already has, continues it too (a new table
 * brings a title or meta of its own). A title repeated without a 续 mark is a new table (several 绩效目标表 share
 * one title).
 */
function continuesTable(piece: Piece, first: Piece, prev: Piece): boolean {
  if (prev.notes.length > 0 || piece.width !== first.width || !onlyFurniture(piece)) return false;
  const base = piece.title === null ? null : continuedTitle(piece.title);
  const marked = base !== null && first.title !== null && squash(base) === squash(first.title);
  if (piece.title !== null && !marked) return false;
  if (piece.meta.length === 0) return true;
  const known = new Set(first.meta.map(squash));
  return piece.meta.every((m) => known.has(squash(m)));
}

function* joinPieces(pieces: Piece[], work: Work): Steps<{ table: RawTable; pieces: Piece[] }[]> {
  const out: { table: RawTable; pieces: Piece[] }[] = [];
  for (const piece of pieces) {
    if (spend(work, 1 + piece.before.length)) yield;
    const last = out[out.length - 1];
    const first = last?.pieces[0];
    const prev = last?.pieces[last.pieces.length - 1];
    const continues = first !== undefined && prev !== undefined && continuesTable(piece, first, prev);
    if (continues && last && first) {
      // A loop, not push(...rows): spreading a long table's rows would overflow the call's argument limit.
      for (let r = repeatedHeaderRows(piece, first); r < piece.rows.length; r++)
        last.table.rows.push(piece.rows[r] as GridCell[]);
      if (spend(work, Math.ceil(piece.rows.length / 64))) yield;
      last.table.notes.push(...piece.notes);
      if (last.table.origin.kind === 'html') last.table.origin.tables.push(piece.index);
      last.pieces.push(piece);
      continue;
    }
    out.push({
      table: {
        title: piece.title,
        meta: piece.meta,
        notes: piece.notes.slice(),
        rows: piece.rows,
        origin: { kind: 'html', tables: [piece.index] },
      },
      pieces: [piece],
    });
  }
  return out;
}

function captionText(table: Element): string | null {
  // By sibling pointers: copying `children` of a 50,000-row table (rows straight under <table>) is a long step.
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (tagOf(child) === 'caption') {
      const t = normalizeText(readableText(child, false));
      return t === '' ? null : t;
    }
  }
  return null;
}

function documentTitle(root: ParentNode): string | undefined {
  const el = root.querySelector('title');
  if (!el) return undefined;
  const t = normalizeText(el.textContent ?? '');
  return t === '' ? undefined : t;
}

/** Word HTML and editor pages make headings out of short centred or bold paragraphs rather than h1–h6. */
function isStyledHeading(item: BlockItem): boolean {
  return (
    item.emphasised &&
    item.text.length <= 40 &&
    !/[。；;,]/u.test(item.text) &&
    !isMetaLine(item.text) &&
    !isPageFurniture(item.text)
  );
}

/** Reads every data table and narrative block of an HTML page, in one go. Never throws. */
export function extractHtml(root: Document | ParentNode, uri: string): ExtractedDocument {
  return drain(extractHtmlSteps(root, uri, unbounded()));
}

/**
 * `extractHtml` in steps of bounded work (see steps.ts): the content script runs them in time slices so that reading a
 * long page never blocks the page's thread for long. The result is the same as `extractHtml`'s. Never throws; a page
 * changed by its own scripts between steps is read as it stands at each step.
 */
export function* extractHtmlSteps(
  root: Document | ParentNode,
  uri: string,
  work: Work = stepped(),
): Steps<ExtractedDocument> {
  const warnings: string[] = [];
  const source: ExtractedDocument['source'] = { kind: 'html', uri };
  let items: WalkItem[] = [];
  let tableIndex = new Map<Element, number>();
  try {
    source.title = documentTitle(root);
    const tables = htmlTableElements(root);
    tableIndex = new Map(tables.map((el, i) => [el, i]));
    items = yield* walkSteps(root, tables, work);
  } catch (e) {
    warnings.push(`page could not be walked: ${e instanceof Error ? e.message : String(e)}`);
    return { source, tables: [], blocks: [], warnings };
  }

  const blocks: TextBlock[] = [];
  for (const item of items) {
    if (item.kind !== 'block') continue;
    blocks.push({
      text: item.text,
      role: item.heading || isNumberedHeading(item.text) || isStyledHeading(item) ? 'heading' : 'paragraph',
      anchor: { kind: 'html-block', block: item.block },
    });
    if (spend(work)) yield;
  }

  const pieces: Piece[] = [];
  let before: BlockItem[] = [];
  let open: Piece | null = null;
  for (const item of items) {
    if (item.kind === 'block') {
      before.push(item);
      open?.after.push(item);
      continue;
    }
    const index = tableIndex.get(item.el) ?? -1;
    const label = `table ${index} (<table> #${index + 1} in the page)`;
    try {
      const grid = yield* tableGridSteps(item.el, index, work);
      // Empty tables (spacers, placeholders) are skipped as if absent: the lines around them still belong to the
      // tables before and after.
      if (grid.rows.length === 0) {
        warnings.push(`${label}: no rows; skipped`);
        continue;
      }
      if (grid.rows.every((row) => row.every((c) => c.text === ''))) {
        warnings.push(`${label}: ${grid.rows.length} rows but no text in any cell; skipped`);
        continue;
      }
      const context = contextBefore(before);
      const caption = captionText(item.el);
      const piece: Piece = {
        index,
        rows: grid.rows,
        width: grid.width,
        title: caption ?? context.title,
        ownTitle: caption !== null,
        meta: context.meta,
        notes: [],
        before,
        after: [],
      };
      liftInGridContext(piece);
      pieces.push(piece);
      open = piece;
    } catch (e) {
      warnings.push(`${label}: could not be read (${e instanceof Error ? e.message : String(e)}); skipped`);
      open = null;
    }
    before = [];
  }
  for (const piece of pieces) {
    piece.notes.push(...notesAfter(piece.after));
    if (spend(work)) yield;
  }

  const tables = (yield* joinPieces(pieces, work)).map((j) => j.table);
  return { source, tables, blocks, warnings };
}
