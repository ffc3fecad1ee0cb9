/**
 * Stage 1 (extract, HTML): the few DOM facts the HTML extractor relies on, using only standard DOM APIs that
 * linkedom (Node) and a live page both provide — no innerText, no layout, no globals (`document`, `Node`).
 * It reads the tree and never modifies it. `lib/locate` must resolve anchors with these same helpers.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Never text: code, styling, templates, embedded documents and form widgets. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'textarea',
  'button',
]);

/**
 * Elements that break lines when rendered: each one with text of its own is a narrative block, and inside a table
 * cell they separate words. `td`/`th`/`caption` only ever count as blocks in layout tables (data tables are not
 * entered by the block walk).
 */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'td',
  'th',
  'ul',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Word HTML hides text with `mso-hide:all`; pasted pages with `display:none`.
const HIDDEN_STYLE_RE = /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/iu;

export function isElement(n: Node): n is Element {
  return n.nodeType === ELEMENT_NODE;
}

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

export function isHeadingElement(el: Element): boolean {
  return HEADING_TAGS.has(tagOf(el));
}

const CENTER_STYLE_RE = /text-align\s*:\s*center/iu;
const BOLD_TAGS = new Set(['b', 'strong']);

/**
 * Set apart like a title: centred (`align=center`, `text-align:center`, `<center>`) or wholly bold. Word HTML and
 * editor pages mark table titles this way instead of using h1–h6. Only meant for short lines. `boldInside` false (the
 * element holds no b/strong, see `boldHolders`) spares the search of its subtree.
 */
export function isEmphasised(el: Element, text: string, boldInside = true): boolean {
  if ((el.getAttribute('align') ?? '').toLowerCase() === 'center') return true;
  if (CENTER_STYLE_RE.test(el.getAttribute('style') ?? '')) return true;
  if (tagOf(el) === 'center' || (el.parentElement && tagOf(el.parentElement) === 'center')) return true;
  if (!boldInside) return false;
  const bold: string[] = [];
  for (const b of Array.from(el.querySelectorAll('b, strong'))) {
    // Only outermost bold runs, so nested <b><strong> is not counted twice.
    let nested = false;
    for (let p = b.parentElement; p && p !== el; p = p.parentElement) if (BOLD_TAGS.has(tagOf(p))) nested = true;
    if (!nested) bold.push(readableText(b, false));
  }
  const squashed = (s: string) => s.replace(/\s+/gu, '');
  return bold.length > 0 && squashed(bold.join('')) === squashed(text);
}

/**
 * The elements that hold a b/strong somewhere inside, from one search of the root. Without it each short block
 * searches its own subtree for bold runs, which is quadratic in the nesting depth (a nesting bomb of 8,000 divs
 * took seconds); marking ancestors stops at one already marked, so this is linear.
 */
export function boldHolders(root: ParentNode): Set<Element> {
  const holders = new Set<Element>();
  for (const b of Array.from(root.querySelectorAll('b, strong'))) {
    for (let p = b.parentElement; p && !holders.has(p); p = p.parentElement) holders.add(p);
  }
  return holders;
}

/** Not rendered, or not content: skipped entirely by both the block walk and cell text. */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(tagOf(el))) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE_RE.test(style);
}

/** Site chrome that is obviously not the document: navigation bars and breadcrumbs. */
export function isChrome(el: Element): boolean {
  return tagOf(el) === 'nav' || (el.getAttribute('role') ?? '').toLowerCase() === 'navigation';
}

/**
 * Child nodes as an array. Elements are walked by nextSibling (cheap in linkedom, whose childNodes is rebuilt on
 * every read); documents through childNodes, because linkedom leaves the doctype's nextSibling undefined, which
 * would end a walk of the document before <html>.
 */
export function childNodes(node: Node): Node[] {
  if (node.nodeType !== ELEMENT_NODE) return Array.from(node.childNodes ?? []);
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  return out;
}

/**
 * The `<tr>` elements that belong to this table (not to nested tables), in document order: direct rows and rows of
 * its own thead/tbody/tfoot. The index in this list is `HtmlAnchor.row`. (Document order, not the DOM `rows`
 * order, which moves thead/tfoot rows; linkedom also does not insert the implied tbody.)
 */
export function tableRowElements(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const tr of childElements(child)) if (tagOf(tr) === 'tr') rows.push(tr);
    }
  }
  return rows;
}

/** The `<td>`/`<th>` children of a row; the index in this list is `HtmlAnchor.cell`. */
export function rowCellElements(tr: Element): Element[] {
  return childElements(tr).filter((c) => {
    const tag = tagOf(c);
    return tag === 'td' || tag === 'th';
  });
}

/** Every `<table>` of the root in document order; the index in this list is `HtmlAnchor.table`. */
export function htmlTableElements(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('table'));
}

/**
 * Text of a node as it reads on screen, without layout: text nodes concatenated, `<br>` and block elements
 * (e.g. Word's `<p class=MsoNormal>` inside a cell) as spaces, hidden and non-content elements dropped.
 * With `stopAtBlocks`, nested blocks and tables are left out (they are blocks of their own), and `<br>` is a
 * newline so a block's lines (`title<br>单位：万元`) can still be told apart.
 */
export function readableText(node: Node, stopAtBlocks: boolean): string {
  // Most cells and paragraphs hold text only: then the text is exactly the node's textContent (comments are not part
  // of it), read in one native call instead of a walk.
  if (node.nodeType === ELEMENT_NODE && (node as Element).childElementCount === 0) return node.textContent ?? '';
  const parts: string[] = [];
  collect(node, stopAtBlocks, (text) => parts.push(text));
  return parts.join('');
}

/** A piece of `readableText`: a text node's whole value, or a separator (`node` null) standing for a break. */
export interface TextPiece {
  text: string;
  node: Node | null;
}

/** `readableText` in pieces, each text node with its own text, so an offset in the text can be found in the DOM. */
export function readableTextPieces(node: Node, stopAtBlocks: boolean): TextPiece[] {
  const pieces: TextPiece[] = [];
  collect(node, stopAtBlocks, (text, from) => pieces.push({ text, node: from }));
  return pieces;
}

function collect(node: Node, stopAtBlocks: boolean, emit: (text: string, from: Node | null) => void): void {
  for (const child of childNodes(node)) {
    const type = child.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      emit(child.nodeValue ?? '', child);
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = child as Element;
    if (isSkipped(el)) continue;
    const tag = tagOf(el);
    if (tag === 'br') {
      emit(stopAtBlocks ? '\n' : ' ', null);
      continue;
    }
    const breaks = BLOCK_TAGS.has(tag) || tag === 'table' || tag === 'tr';
    if (breaks && stopAtBlocks) {
      emit('\n', null);
      continue;
    }
    if (breaks) emit(' ', null);
    collect(el, stopAtBlocks, emit);
    if (breaks) emit(' ', null);
  }
}

/**
 * Tables that hold tables: page layout, not data; their inner tables are read instead. Computed once from the
 * table list (each table marks its table ancestors) rather than a querySelector per table.
 */
export function layoutTables(tables: readonly Element[]): Set<Element> {
  const layout = new Set<Element>();
  for (const table of tables) {
    for (let p = table.parentElement; p; p = p.parentElement) {
      if (tagOf(p) === 'table') layout.add(p);
    }
  }
  return layout;
}
