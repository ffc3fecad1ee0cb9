/**
 * Locate (PDF): maps a PDF anchor's bbox (PDF user space, points, y up) to a page-relative box in fractions of the
 * page's rendered size. Fractions keep a findings layer aligned while pdf.js scales the page with CSS during a zoom,
 * before it re-renders. Pure: the page viewport is passed in (only the two members used are declared here).
 */

/** The part of pdf.js's PageViewport this module uses. */
export interface ViewportLike {
  width: number;
  height: number;
  /** A point in PDF user space → viewport CSS pixels (y down). pdf.js 6 dropped convertToViewportRectangle. */
  convertToViewportPoint(x: number, y: number): number[];
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
  // Both corners through the viewport transform (which flips y and may rotate), then normalised.
  const [a = 0, b = 0] = viewport.convertToViewportPoint(bbox[0], bbox[1]);
  const [c = 0, d = 0] = viewport.convertToViewportPoint(bbox[2], bbox[3]);
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
