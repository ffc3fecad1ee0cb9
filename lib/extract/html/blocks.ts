/**
 * Stage 1 (extract, HTML): walks the page once in document order and yields what the extractor needs — narrative
 * blocks and data tables — and nothing else. It defines the block enumeration behind `HtmlBlockAnchor.block`:
 *
 *   Blocks are the elements, in document order (pre-order), that are block-level (p, h1–h6, li, div, section, …,
 *   and the cells of layout tables) and have text of their own — text not inside a nested block or table — after
 *   normalisation. Skipped entirely: script/style/noscript/template and other non-content elements, hidden elements
 *   (`hidden`, `display:none`, `mso-hide:all`), `<nav>`/`role=navigation`, and everything inside data tables.
 *   A data table is a `<table>` that contains no `<table>`; a table that does is layout and is walked through.
 *
 * `htmlBlockElements(root)` returns that list, so `lib/locate` resolves `{ kind: 'html-block', block: n }` the same way.
 * This module reads the DOM only; it does not classify titles or notes (lines.ts) or build grids (grid.ts).
 */
import { normalizeText } from '../normalize';
import {
  BLOCK_TAGS,
  childNodes,
  htmlTableElements,
  isChrome,
  isElement,
  isEmphasised,
  isHeadingElement,
  isSkipped,
  layoutTables,
  readableText,
  tagOf,
} from './dom';

export type WalkItem =
  | {
      kind: 'block';
      el: Element;
      /** Normalised text of the whole block (its lines joined by one space). */
      text: string;
      /** The block's lines as split by `<br>` (and nested blocks), normalised, none empty. */
      lines: string[];
      block: number;
      /** An h1–h6 element. */
      heading: boolean;
      /** A short line set apart like a title (centred or wholly bold); see `isEmphasised`. */
      emphasised: boolean;
    }
  | { kind: 'table'; el: Element };

/** Lines longer than this are paragraphs, never titles; skip the emphasis test for them. */
const MAX_TITLE_CHARS = 100;

/** The block item for an element with text of its own, or null when it has none. */
function blockItem(el: Element, block: number): WalkItem | null {
  const lines = readableText(el, true)
    .split('\n')
    .map(normalizeText)
    .filter((l) => l !== '');
  if (lines.length === 0) return null;
  const text = lines.join(' ');
  const emphasised = text.length <= MAX_TITLE_CHARS && isEmphasised(el, text);
  return { kind: 'block', el, text, lines, block, heading: isHeadingElement(el), emphasised };
}

/** Blocks and data tables in document order. `tables` is `htmlTableElements(root)` when the caller has it. */
export function walkDocument(root: ParentNode, tables: readonly Element[] = htmlTableElements(root)): WalkItem[] {
  const items: WalkItem[] = [];
  const layout = layoutTables(tables);
  let block = 0;
  const visit = (parent: Node): void => {
    for (const child of childNodes(parent)) {
      if (!isElement(child)) continue;
      if (isSkipped(child) || isChrome(child)) continue;
      const tag = tagOf(child);
      if (tag === 'table') {
        if (layout.has(child)) visit(child);
        else items.push({ kind: 'table', el: child });
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        const item = blockItem(child, block);
        if (item) {
          items.push(item);
          block++;
        }
      }
      visit(child);
    }
  };
  // A block root (an element passed in) has its own text too.
  if (isElement(root as Node) && BLOCK_TAGS.has(tagOf(root as Element))) {
    const el = root as Element;
    const item = blockItem(el, block);
    if (item) {
      items.push(item);
      block++;
    }
  }
  visit(root as Node);
  return items;
}

/** The elements behind `HtmlBlockAnchor.block` indices, in the same order as `ExtractedDocument.blocks`. */
export function htmlBlockElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const item of walkDocument(root)) if (item.kind === 'block') out.push(item.el);
  return out;
}
