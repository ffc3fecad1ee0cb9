/**
 * Locate (PDF): maps a PDF anchor's bbox (PDF user space, points, y up) to a page-relative box in fractions of the
 * page's rendered size. Fractions keep a findings layer aligned while pdf.js scales the page with CSS during a zoom,
 * before it re-renders. Pure: the page viewport is passed in (only the two members used are declared here).
 */

/** The part of pdf.js's PageViewport this module uses. */
export interface ViewportLike {
  width: number;
  height: number;
  /** [x0, y0, x1, y1] in PDF user space → the same corners in viewport CSS pixels (y down; order not guaranteed). */
  convertToViewportRectangle(rect: number[]): number[];
}

/** A box relative to the page: every field a fraction of the page's width (left, width) or height (top, height). */
export interface FractionBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function bboxToPageFractions(
  bbox: readonly [number, number, number, number],
  viewport: ViewportLike,
): FractionBox {
  const [a = 0, b = 0, c = 0, d = 0] = viewport.convertToViewportRectangle([...bbox]);
  const x0 = Math.min(a, c);
  const x1 = Math.max(a, c);
  const y0 = Math.min(b, d);
  const y1 = Math.max(b, d);
  const w = viewport.width || 1;
  const h = viewport.height || 1;
  return { left: x0 / w, top: y0 / h, width: (x1 - x0) / w, height: (y1 - y0) / h };
}

/** Back to CSS pixels for a page rendered at `width` × `height`. */
export function fractionsToPixels(f: FractionBox, width: number, height: number) {
  return { left: f.left * width, top: f.top * height, width: f.width * width, height: f.height * height };
}
