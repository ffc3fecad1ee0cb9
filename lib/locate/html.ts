/**
 * Locate (HTML): turns the serialisable anchors of the extract stage back into live elements of a page, with the very
 * enumerations the HTML extractor used (`htmlTableElements`, `tableRowElements`, `rowCellElements`,
 * `htmlBlockElements`), so an anchor always lands on the element it was read from. Reads the DOM only: it never
 * modifies the page, never measures layout, and takes the root as a parameter (no `document` global).
 */
import { htmlBlockElements, htmlTableElements, rowCellElements, tableRowElements } from '../extract/html';
import { readableTextPieces } from '../extract/html/dom';
import type { HtmlAnchor, HtmlBlockAnchor } from '../extract/types';
import { blockTextPoints, blockTextRange, type DomPoint } from './block-text';

export interface HtmlLocator {
  /** The n-th `<table>` element of the root (document order), or null. */
  table(index: number): Element | null;
  /** The td/th an html anchor names, or null when the page changed under it. */
  cell(anchor: HtmlAnchor): Element | null;
  /** The narrative block element an html-block anchor names, or null. */
  block(anchor: HtmlBlockAnchor): Element | null;
  /**
   * Where [start, end) of a block's text (a claim's offsets) lies in the page's text nodes, for a DOM Range; null when
   * the block is gone or its text no longer reads as the extractor read it.
   */
  blockSpan(anchor: HtmlBlockAnchor, start: number, end: number): { start: DomPoint; end: DomPoint } | null;
}

/**
 * A locator over one root. Element lists are read lazily and cached, so resolving hundreds of anchors walks the
 * page once; make a new locator after the page's content changes.
 */
export function createHtmlLocator(root: ParentNode): HtmlLocator {
  let tables: Element[] | null = null;
  let blocks: Element[] | null = null;
  const rows = new Map<Element, Element[]>();
  const cells = new Map<Element, Element[]>();
  const mappedBlocks = new Map<Element, ReturnType<typeof blockTextPoints>>();
  const tableAt = (index: number): Element | null => {
    tables ??= htmlTableElements(root);
    return tables[index] ?? null;
  };
  return {
    table: tableAt,
    cell(anchor) {
      const table = tableAt(anchor.table);
      if (!table) return null;
      let trs = rows.get(table);
      if (!trs) {
        trs = tableRowElements(table);
        rows.set(table, trs);
      }
      const tr = trs[anchor.row];
      if (!tr) return null;
      let tds = cells.get(tr);
      if (!tds) {
        tds = rowCellElements(tr);
        cells.set(tr, tds);
      }
      return tds[anchor.cell] ?? null;
    },
    block(anchor) {
      blocks ??= htmlBlockElements(root);
      return blocks[anchor.block] ?? null;
    },
    blockSpan(anchor, start, end) {
      const el = this.block(anchor);
      if (!el) return null;
      // A paragraph often holds several claims: its text is replayed once.
      let mapped = mappedBlocks.get(el);
      if (mapped === undefined) {
        mapped = blockTextPoints(readableTextPieces(el, true));
        mappedBlocks.set(el, mapped);
      }
      return blockTextRange(mapped, start, end);
    },
  };
}
