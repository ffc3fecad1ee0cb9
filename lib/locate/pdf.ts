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

/** A text run as pdf.js' getTextContent reports it (only the fields used here). */
export interface TextRunLike {
  str: string;
  /** [a, b, c, d, e, f]: text space → user space; (e, f) is the run's baseline origin. */
  transform: number[];
  /** Advance width in user space. */
  width: number;
  height: number;
}

type Box = readonly [number, number, number, number];

/**
 * The extent of the printed text inside a cell's box (PDF user space): the union of the horizontal runs on the box's
 * lines, clipped to the box. Lets a badge sit beside the digits rather than beside the cell (amounts are right-aligned,
 * codes left-aligned). Null when no run falls inside.
 */
export function textExtentInBox(runs: readonly TextRunLike[], box: Box): [number, number, number, number] | null {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const r of runs) {
    if (!r.str.trim()) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = r.transform;
    // Horizontal runs only (rotated text is not an amount in a table).
    if (Math.abs(b) > Math.abs(a) * 0.1) continue;
    const h = r.height || Math.abs(a);
    // Descenders take about a fifth of the font size below the baseline.
    const bottom = f - h * 0.2;
    const top = f + h * 0.8;
    const my = (bottom + top) / 2;
    if (my < box[1] || my > box[3]) continue;
    // pdf.js may join a number and the next cell's text into one run: keep the part inside the box.
    const left = Math.max(e, box[0]);
    const right = Math.min(e + r.width, box[2]);
    if (right - left < Math.min(1, r.width / 2)) continue;
    x0 = Math.min(x0, left);
    x1 = Math.max(x1, right);
    y0 = Math.min(y0, bottom);
    y1 = Math.max(y1, top);
  }
  return x0 <= x1 ? [x0, y0, x1, y1] : null;
}
