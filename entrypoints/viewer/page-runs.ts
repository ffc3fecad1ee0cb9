/**
 * The parts of pdf.js' PDFViewer and PDFPageView the viewer's overlay uses, and the pages' text runs it reads from
 * them (PDF user space), once per page, to put badges beside the digits inside a cell's box.
 */
import type { TextRunLike, ViewportLike } from '../../lib/locate/pdf';

export interface PageViewLike {
  div: HTMLDivElement;
  viewport: ViewportLike;
  pdfPage?: { getTextContent(): Promise<{ items: unknown[] }> } | null;
}

export interface ViewerLike {
  pagesCount: number;
  getPageView(index: number): PageViewLike | undefined;
  scrollPageIntoView(params: { pageNumber: number; destArray?: unknown[] }): void;
}

function isRun(x: unknown): x is TextRunLike {
  const r = x as Partial<TextRunLike>;
  return typeof r?.str === 'string' && Array.isArray(r.transform) && typeof r.width === 'number';
}

export class PageRuns {
  private runs = new Map<number, TextRunLike[] | 'pending'>();

  /** The page's text runs, or null while they are being read (`onRead` once they arrive). */
  get(pageNumber: number, view: PageViewLike, onRead: () => void): TextRunLike[] | null {
    const known = this.runs.get(pageNumber);
    if (Array.isArray(known)) return known;
    if (known === 'pending' || !view.pdfPage) return null;
    this.runs.set(pageNumber, 'pending');
    view.pdfPage
      .getTextContent()
      .then((tc) => {
        this.runs.set(pageNumber, tc.items.filter(isRun));
        onRead();
      })
      .catch(() => this.runs.set(pageNumber, []));
    return null;
  }

  clear() {
    this.runs.clear();
  }
}
