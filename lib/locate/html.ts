/**
 * Locate (HTML): turns the serialisable anchors of the extract stage back into live elements of a page, with the very
 * enumerations the HTML extractor used (`htmlTableElements`, `tableRowElements`, `rowCellElements`,
 * `htmlBlockElements`), so an anchor always lands on the element it was read from. Reads the DOM only: it never
 * modifies the page, never measures layout, and takes the root as a parameter (no `document` global).
 */
import { htmlBlockElements, htmlTableElements, rowCellElements, tableRowElements } from '../extract/html';
import type { HtmlAnchor, HtmlBlockAnchor } from '../extract/types';

export interface HtmlLocator {
  /** The n-th `<table>` element of the root (document order), or null. */
  table(index: number): Element | null;
  /** The td/th an html anchor names, or null when the page changed under it. */
  cell(anchor: HtmlAnchor): Element | null;
  /** The narrative block element an html-block anchor names, or null. */
  block(anchor: HtmlBlockAnchor): Element | null;
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
  };
}
