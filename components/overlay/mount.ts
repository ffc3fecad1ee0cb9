/**
 * The one mount helper for overlay surfaces: a shadow-rooted host element with our styles inside it and a Preact
 * render target, plus `render()` and `destroy()`. The host is `all: initial` so the page's styles never reach in and
 * ours never leak out; nothing else of the page is touched. Used by the content scripts and the PDF viewer alike.
 */
import { type ComponentChild, render as preactRender } from 'preact';

export interface ShadowMount {
  host: HTMLElement;
  root: ShadowRoot;
  render(node: ComponentChild): void;
  destroy(): void;
}

export interface MountOptions {
  /** Element to append the host to (the page's documentElement for page-wide layers, a pdf.js page div, …). */
  parent: Element;
  /** Custom-element-style tag of the host, e.g. `budget-lens-overlay` (names the surface in the DOM inspector). */
  tag: string;
  css: string;
  /** Inline style of the host itself (its position in the parent). */
  hostStyle?: string;
  /** Put the host right after this element (a control beside a link) instead of at the end of `parent`. */
  after?: Element;
}

const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(doc: Document, css: string): CSSStyleSheet | null {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (!View || !('adoptedStyleSheets' in View.Document.prototype)) return null;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new View.CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Gives the root the shared sheet; false when it cannot take one. */
function adopt(root: ShadowRoot, sheet: CSSStyleSheet | null): boolean {
  if (!sheet) return false;
  try {
    root.adoptedStyleSheets = [sheet];
    return true;
  } catch {
    // Firefox 140 ESR refuses it from a content script ("Accessing from Xray wrapper is not supported"); 153 takes it.
    return false;
  }
}

export function mountShadow({ parent, tag, css, hostStyle, after }: MountOptions): ShadowMount {
  const doc = parent.ownerDocument;
  const host = doc.createElement(tag);
  host.setAttribute('data-budget-lens', '');
  if (hostStyle) host.setAttribute('style', hostStyle);
  const root = host.attachShadow({ mode: 'open' });
  // One parsed stylesheet shared by every surface (a PDF has a layer per page); a <style> where that is unsupported.
  if (!adopt(root, sheetFor(doc, css))) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  const container = doc.createElement('div');
  container.className = 'bl-root';
  root.append(container);
  return {
    host,
    root,
    // The host joins the page with its first content, not before: a caller that measures the page first (badge
    // placement) then reads a layout the page has already computed, instead of forcing a new one for an empty host.
    render: (node) => {
      preactRender(node, container);
      if (!host.isConnected) after ? after.after(host) : parent.append(host);
    },
    destroy: () => {
      preactRender(null, container);
      host.remove();
    },
  };
}
