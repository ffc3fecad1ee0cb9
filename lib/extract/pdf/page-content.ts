/**
 * Stage 1 (extract): reads one pdf.js page into positioned text runs and straight ruling segments, both in the page's
 * upright display frame (geometry.ts). Watermark text (drawn at a slant) is dropped here. It interprets only the
 * operators that draw straight lines and thin rectangles; it must not guess at tables or reading order.
 */
import { normalizeChars } from '../normalize';
import { apply, type Box, IDENTITY, type Matrix, multiply, type PageFrame, pageFrame } from './geometry';
import { DRAW_OPS, OPS, type PDFPageProxy, type PdfjsOperatorList, type PdfjsTextItem } from './pdfjs-types';
import { type FontInfo, runsFromOperatorList } from './text-from-ops';

/** A run of glyphs on one baseline, display frame (points, y up). */
export interface Run {
  text: string;
  x0: number;
  x1: number;
  /** Baseline y for horizontal runs. */
  y: number;
  /** Font size (em height) in points. */
  size: number;
  /** True for text running top-to-bottom (rotated ±90° relative to the page). */
  vertical: boolean;
  box: Box;
}

/** A straight ruling: 'h' lies at y=c from x=a to x=b; 'v' at x=c from y=a to y=b (a < b), display frame. */
export interface Segment {
  o: 'h' | 'v';
  c: number;
  a: number;
  b: number;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  frame: PageFrame;
  runs: Run[];
  /** null when the operator list was not read (a page with no table-like text). */
  segments: Segment[] | null;
  /** Whether the operator list draws anything but text (drawsBesideText); null when it was not read. */
  drawsBesideText: boolean | null;
  /** Count of slanted text runs dropped as watermark. */
  watermarkRuns: number;
  /** Slanted text seen (normalised, deduplicated), for the warning. */
  watermarkText: string[];
}

/** Watermarks are typically set at 30–60°; anything more than this off the axes is treated as one. */
const SLANT_DEGREES = 8;

export async function readTextRuns(
  page: PDFPageProxy,
  frame: PageFrame,
): Promise<{ runs: Run[]; watermarkRuns: number; watermarkText: string[] }> {
  const content = await page.getTextContent();
  const runs: Run[] = [];
  let watermarkRuns = 0;
  const watermark = new Set<string>();
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as PdfjsTextItem;
    if (!item.str?.trim()) continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const len = item.width;
    const norm = Math.hypot(a, b);
    const dir: [number, number] = norm > 0 ? [a / norm, b / norm] : [1, 0];
    const made = makeRun(item.str, frame, [e, f], [e + dir[0] * len, f + dir[1] * len], size);
    if (made.watermark) {
      watermarkRuns++;
      watermark.add(made.run.text.trim());
    } else runs.push(made.run);
  }
  return { runs, watermarkRuns, watermarkText: [...watermark].filter(Boolean) };
}

/**
 * A run from its start and end points on the baseline (user space) and its font size (points). Runs slanted off
 * the page axes are reported as watermark.
 */
export function makeRun(
  raw: string,
  frame: PageFrame,
  start: [number, number],
  end: [number, number],
  size: number,
): { run: Run; watermark: boolean } {
  const [px, py] = frame.toDisplay(start[0], start[1]);
  const [qx, qy] = frame.toDisplay(end[0], end[1]);
  const text = normalizeChars(raw);
  let len = Math.hypot(qx - px, qy - py);
  const angle = len > 0 ? (Math.atan2(qy - py, qx - px) * 180) / Math.PI : 0;
  const off = Math.abs(angle - Math.round(angle / 90) * 90);
  const quarter = ((Math.round(angle / 90) % 4) + 4) % 4;
  if (len === 0) len = size * 0.5 * [...text].length;
  let box: Box;
  if (quarter === 0) box = [px, py - 0.2 * size, px + len, py + 0.85 * size];
  else if (quarter === 2) box = [px - len, py - 0.85 * size, px, py + 0.2 * size];
  else if (quarter === 1) box = [px - 0.85 * size, py, px + 0.2 * size, py + len];
  else box = [px - 0.2 * size, py - len, px + 0.85 * size, py];
  const horizontal = quarter === 0 || quarter === 2;
  return {
    run: { text, x0: box[0], x1: box[2], y: horizontal ? py : (box[1] + box[3]) / 2, size, vertical: !horizontal, box },
    watermark: off > SLANT_DEGREES,
  };
}

const STROKES = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);

/** Thin filled rectangles up to this thickness (points) are rulings; thicker fills are cell backgrounds. */
const MAX_RULE_THICKNESS = 3;
/** A segment counts as horizontal/vertical when it deviates less than this (points) from the axis. */
const AXIS_TOLERANCE = 0.8;

/**
 * Straight rulings from an operator list: stroked lines/rectangle edges and thin filled rectangles, with the current
 * transformation matrix tracked through save/restore/transform and form XObjects.
 */
export function segmentsFromOperatorList(ops: PdfjsOperatorList, frame: PageFrame): Segment[] {
  const out: Segment[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.transform: {
        const m = toMatrix(argsArray[i]);
        if (m) ctm = multiply(m, ctm);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        stack.push(ctm);
        const args = argsArray[i] as unknown[] | null;
        const m = toMatrix(args?.[0]);
        if (m) ctm = multiply(m, ctm);
        break;
      }
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.constructPath: {
        const args = argsArray[i] as [number, [ArrayLike<number> | null] | null, unknown] | null;
        if (!args) break;
        const paint = args[0];
        const buf = args[1]?.[0];
        if (!buf || paint === OPS.endPath) break;
        const stroke = STROKES.has(paint);
        const fill = FILLS.has(paint) || paint === OPS.fillStroke || paint === OPS.eoFillStroke;
        if (!stroke && !fill) break;
        addPathSegments(buf, ctm, frame, stroke, out);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/**
 * Below this size (points, on both axes) the unit square an image is painted into is too small to see; a transform
 * reaching it may place an image.
 */
const MIN_IMAGE_SIZE = 2;

/**
 * Whether a page's operator list puts anything but text on the page: a painted path, a shading, a form XObject, an
 * annotation's appearance (its text is not read as the page's) or a transform that may place an image. Image
 * operators themselves are not looked at: Node opens documents with images dropped undecoded (open-node.ts), leaving
 * only the transform that placed them, while the viewer keeps them; judging by the transform gives both the same answer.
 */
export function drawsBesideText(ops: PdfjsOperatorList): boolean {
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    switch (fnArray[i]) {
      case OPS.shadingFill:
      case OPS.paintFormXObjectBegin:
      case OPS.beginAnnotation:
        return true;
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.transform: {
        const m = toMatrix(argsArray[i]);
        if (!m) break;
        ctm = multiply(m, ctm);
        if (Math.hypot(ctm[0], ctm[1]) >= MIN_IMAGE_SIZE && Math.hypot(ctm[2], ctm[3]) >= MIN_IMAGE_SIZE) return true;
        break;
      }
      case OPS.constructPath: {
        const paint = (argsArray[i] as [number] | null)?.[0];
        if (STROKES.has(paint as number) || FILLS.has(paint as number)) return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

function toMatrix(v: unknown): Matrix | null {
  if (!v || typeof v !== 'object' || !('length' in v)) return null;
  const a = v as ArrayLike<number>;
  if (a.length < 6) return null;
  return [a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!];
}

function addPathSegments(buf: ArrayLike<number>, ctm: Matrix, frame: PageFrame, stroke: boolean, out: Segment[]) {
  let sub: Array<[number, number]> = [];
  let curved = false;
  const flush = () => {
    if (sub.length >= 2 && !curved) {
      if (stroke) strokeSegments(sub, out);
      else fillSegments(sub, out);
    }
    sub = [];
    curved = false;
  };
  const point = (x: number, y: number): [number, number] => {
    const [ux, uy] = apply(ctm, x, y);
    return frame.toDisplay(ux, uy);
  };
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === DRAW_OPS.moveTo) {
      flush();
      sub.push(point(buf[k]!, buf[k + 1]!));
      k += 2;
    } else if (op === DRAW_OPS.lineTo) {
      sub.push(point(buf[k]!, buf[k + 1]!));
      k += 2;
    } else if (op === DRAW_OPS.curveTo) {
      curved = true;
      k += 6;
    } else if (op === DRAW_OPS.quadraticCurveTo) {
      curved = true;
      k += 4;
    } else if (op === DRAW_OPS.closePath) {
      const first = sub[0];
      if (first && sub.length > 2) sub.push(first);
    } else {
      break;
    }
  }
  flush();
}

function strokeSegments(pts: Array<[number, number]>, out: Segment[]) {
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1]!;
    const [x1, y1] = pts[i]!;
    if (Math.abs(y1 - y0) < AXIS_TOLERANCE && Math.abs(x1 - x0) >= AXIS_TOLERANCE) {
      out.push({ o: 'h', c: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) });
    } else if (Math.abs(x1 - x0) < AXIS_TOLERANCE && Math.abs(y1 - y0) >= AXIS_TOLERANCE) {
      out.push({ o: 'v', c: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) });
    }
  }
}

/** A filled path that is an axis-aligned thin rectangle is a ruling along its long side. */
function fillSegments(pts: Array<[number, number]>, out: Segment[]) {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < pts.length; i++) {
    const [x, y] = pts[i]!;
    if (i > 0) {
      const [px, py] = pts[i - 1]!;
      if (Math.abs(px - x) > AXIS_TOLERANCE && Math.abs(py - y) > AXIS_TOLERANCE) return; // not axis-aligned
    }
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= MAX_RULE_THICKNESS && w > h && w >= 2) out.push({ o: 'h', c: (y0 + y1) / 2, a: x0, b: x1 });
  else if (w <= MAX_RULE_THICKNESS && h > w && h >= 2) out.push({ o: 'v', c: (x0 + x1) / 2, a: y0, b: y1 });
}

/**
 * Reads a page. With `textFromOps`, the operator list is read once and gives both the rulings and the text (pdf.js
 * parses the content stream once); pages it cannot model fall back to getTextContent. Otherwise the text comes from
 * getTextContent and the operator list is read only when `wantSegments(runs)` says the text may hold a table.
 */
export async function readPage(
  page: PDFPageProxy,
  pageNo: number,
  wantSegments: (runs: Run[], frame: PageFrame) => boolean,
  textFromOps = true,
): Promise<PageContent> {
  const frame = pageFrame(page.view, page.rotate);
  if (textFromOps && page.commonObjs) {
    const ops = await page.getOperatorList();
    const segments = segmentsFromOperatorList(ops, frame);
    const objs = page.commonObjs;
    const text = runsFromOperatorList(ops, frame, (name) => {
      try {
        return objs.has(name) ? (objs.get(name) as FontInfo) : null;
      } catch {
        return null;
      }
    });
    const draws = drawsBesideText(ops);
    if (text) return { page: pageNo, frame, segments, drawsBesideText: draws, ...text };
    const fallback = await readTextRuns(page, frame);
    return { page: pageNo, frame, segments, drawsBesideText: draws, ...fallback };
  }
  const { runs, watermarkRuns, watermarkText } = await readTextRuns(page, frame);
  let segments: Segment[] | null = null;
  let draws: boolean | null = null;
  if (wantSegments(runs, frame)) {
    const ops = await page.getOperatorList();
    segments = segmentsFromOperatorList(ops, frame);
    draws = drawsBesideText(ops);
  }
  return { page: pageNo, frame, runs, segments, drawsBesideText: draws, watermarkRuns, watermarkText };
}
