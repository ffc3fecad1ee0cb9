/**
 * The host page as the page overlay needs it: the report's anchors as the page's elements (lib/locate/html), and their
 * layout in document coordinates (what its one surface, laid over the page at the document's origin, positions in):
 * an element's box, the box of its text, a statement's lines, the text lines printed just above a table. Reads and
 * measures only: never modifies the page.
 */
import type { CellRef } from '../../lib/checks/finding';
import type { DomPoint } from '../../lib/locate/block-text';
import { type AnchoredTable, anchorOfCell, firstAnchorOfTable } from '../../lib/locate/cells';
import { createHtmlLocator, type HtmlLocator } from '../../lib/locate/html';
import type { Rect } from '../../lib/overlay/placement';
import type { ClaimMark } from '../../lib/overlay/view-model';

/** A report's anchors in the page as it is now (make a new one after the page's content changed). */
export class PageAnchors {
  private readonly locator: HtmlLocator;

  constructor(
    private readonly doc: Document,
    private readonly tables: readonly AnchoredTable[],
  ) {
    this.locator = createHtmlLocator(doc);
  }

  cell(ref: CellRef): Element | null {
    const anchor = anchorOfCell(this.tables, ref);
    return anchor?.kind === 'html' ? this.locator.cell(anchor) : null;
  }

  claim(mark: ClaimMark): Element | null {
    const a = mark.claim.anchor;
    return a?.kind === 'html-block' ? this.locator.block(a) : null;
  }

  /** The <table> element a report table was read from (its first anchored cell's table). */
  table(t: number): Element | null {
    const a = firstAnchorOfTable(this.tables[t] ?? { anchors: [] });
    return a?.kind === 'html' ? this.locator.table(a.table) : null;
  }

  /** The boxes of a claim's text, line by line; empty when it cannot be found in the page. */
  claimLines(mark: ClaimMark): Rect[] {
    const { anchor, start, end } = mark.claim;
    if (anchor?.kind !== 'html-block' || start === undefined || end === undefined) return [];
    const span = this.locator.blockSpan(anchor, start, end);
    return span ? spanLines(this.doc, span) : [];
  }
}

/** A viewport rect (getBoundingClientRect, a Range's client rects) in document coordinates. */
function toDoc(doc: Document, r: DOMRect): Rect {
  const win = doc.defaultView;
  return { left: r.left + (win?.scrollX ?? 0), top: r.top + (win?.scrollY ?? 0), width: r.width, height: r.height };
}

function lineRects(doc: Document, range: Range): Rect[] {
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => toDoc(doc, r));
}

/** Rect of an element; null when it is not rendered. */
export function docRect(el: Element): Rect | null {
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? null : toDoc(el.ownerDocument, r);
}

/** The box of the element's text (where the digits are); null when it shows none. */
export function textRect(el: Element): Rect | null {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const r = range.getBoundingClientRect();
  range.detach();
  return r.width === 0 ? null : toDoc(el.ownerDocument, r);
}

/** The boxes of a text span, line by line; empty when the page changed under it since it was read. */
function spanLines(doc: Document, span: { start: DomPoint; end: DomPoint }): Rect[] {
  const range = doc.createRange();
  try {
    range.setStart(span.start.node, span.start.offset);
    range.setEnd(span.end.node, span.end.offset);
  } catch {
    return [];
  }
  return lineRects(doc, range);
}

/**
 * Boxes of the text lines printed just above a table (its 单位 / 部门名称 lines) down from `reach`: what its chip must
 * not cover. Looks at the elements before the table, and before its wrapper when it has none of its own.
 */
export function linesAbove(table: Element, rect: Rect, reach: number): Rect[] {
  const doc = table.ownerDocument;
  const out: Rect[] = [];
  let el: Element | null = table;
  for (let hops = 0; el && hops < 4; hops++) {
    const prev: Element | null = el.previousElementSibling;
    if (!prev) {
      el = el.parentElement;
      continue;
    }
    el = prev;
    const range = doc.createRange();
    range.selectNodeContents(prev);
    out.push(...lineRects(doc, range).filter((r) => r.top + r.height > reach && r.top < rect.top));
    const box = toDoc(doc, prev.getBoundingClientRect());
    if (box.top + box.height < reach) break;
  }
  return out;
}

/** Which tables and boxes are drawn: right after an analysis, those within a screen of the viewport. */
export interface Near {
  table(t: number): boolean;
  box(r: Rect): boolean;
}

export function nearViewport(win: Window, tableRect: (t: number) => Rect | null): Near {
  const top = win.scrollY - win.innerHeight;
  const bottom = win.scrollY + 2 * win.innerHeight;
  const box = (r: Rect) => r.top < bottom && r.top + r.height > top;
  const seen = new Map<number, boolean>();
  const table = (t: number) => {
    let near = seen.get(t);
    if (near === undefined) {
      const r = tableRect(t);
      near = !!r && box(r);
      seen.set(t, near);
    }
    return near;
  };
  return { table, box };
}
