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
  boldHolders,
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
import { drain, type Steps, spend, unbounded, type Work } from './steps';

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
function blockItem(el: Element, block: number, bold: Set<Element>): WalkItem | null {
  const lines = readableText(el, true)
    .split('\n')
    .map(normalizeText)
    .filter((l) => l !== '');
  if (lines.length === 0) return null;
  const text = lines.join(' ');
  const emphasised = text.length <= MAX_TITLE_CHARS && isEmphasised(el, text, bold.has(el));
  return { kind: 'block', el, text, lines, block, heading: isHeadingElement(el), emphasised };
}

/**
 * Blocks and data tables in document order, pausing as `work` runs out (each element visited is work). Walked with
 * an explicit stack rather than recursion, so a nesting bomb (tens of thousands of nested elements) neither
 * overflows the call stack nor escapes the step budget.
 */
export function* walkSteps(root: ParentNode, tables: readonly Element[], work: Work): Steps<WalkItem[]> {
  const items: WalkItem[] = [];
  const layout = layoutTables(tables);
  const bold = boldHolders(root);
  if (spend(work, tables.length + bold.size)) yield;
  let block = 0;
  const push = (item: WalkItem | null) => {
    if (!item) return;
    items.push(item);
    if (item.kind === 'block') block++;
  };
  // A block root (an element passed in) has its own text too.
  if (isElement(root as Node) && BLOCK_TAGS.has(tagOf(root as Element))) push(blockItem(root as Element, block, bold));
  const stack: { nodes: Node[]; next: number }[] = [{ nodes: childNodes(root as Node), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { nodes: Node[]; next: number };
    const child = top.nodes[top.next++];
    if (child === undefined) {
      stack.pop();
      continue;
    }
    if (!isElement(child)) continue;
    if (spend(work)) yield;
    if (isSkipped(child) || isChrome(child)) continue;
    const tag = tagOf(child);
    if (tag === 'table' && !layout.has(child)) {
      items.push({ kind: 'table', el: child });
      continue;
    }
    if (tag !== 'table' && BLOCK_TAGS.has(tag)) {
      push(blockItem(child, block, bold));
      // Reading a block's own text walks its inline children.
      if (spend(work, child.childElementCount)) yield;
    }
    stack.push({ nodes: childNodes(child), next: 0 });
  }
  return items;
}

/** Blocks and data tables in document order, in one go. `tables` is `htmlTableElements(root)` when the caller has it. */
export function walkDocument(root: ParentNode, tables: readonly Element[] = htmlTableElements(root)): WalkItem[] {
  return drain(walkSteps(root, tables, unbounded()));
}

/** The elements behind `HtmlBlockAnchor.block` indices, in the same order as `ExtractedDocument.blocks`. */
export function htmlBlockElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const item of walkDocument(root)) if (item.kind === 'block') out.push(item.el);
  return out;
}
