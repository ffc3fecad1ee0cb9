/**
 * Stage 1 (extract): text runs read from the operator list, so a page's content is parsed once (the operator list
 * carries every shown glyph with its Unicode and advance) instead of twice (operator list + getTextContent). Mirrors
 * the text-state arithmetic of pdf.js' canvas renderer (showText). Returns null for what it does not model
 * (vertical fonts, a font it cannot look up): the caller then falls back to getTextContent for that page.
 * It must not decide lines or tables.
 */
import { apply, IDENTITY, type Matrix, multiply, type PageFrame } from './geometry';
import { makeRun, type Run } from './page-content';
import type { PdfjsOperatorList } from './pdfjs-types';

/** Operator codes for text (pdf.js OPS), pinned like those in pdfjs-types.ts. */
export const TEXT_OPS = {
  save: 10,
  restore: 11,
  transform: 12,
  clip: 29,
  eoClip: 30,
  beginText: 31,
  setCharSpacing: 33,
  setWordSpacing: 34,
  setHScale: 35,
  setLeading: 36,
  setFont: 37,
  setTextRise: 39,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginAnnotation: 80,
  endAnnotation: 81,
  constructPath: 91,
} as const;

/** [x0, y0, x1, y1] in the display frame. */
type Rect = [number, number, number, number];

interface Glyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

/** The font data pdf.js keeps in commonObjs (display side), the two fields used here. */
export interface FontInfo {
  fontMatrix?: number[];
  vertical?: boolean;
}

interface TextState {
  ctm: Matrix;
  font: FontInfo | null;
  fontSize: number;
  fontDirection: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  /** The clipping region's bounding box (display frame); null while nothing clips. */
  clip: Rect | null;
}

/** A kerning jump wider than this share of the font size ends a run (a column gap drawn inside one TJ). */
const GAP_EM = 0.3;

export function runsFromOperatorList(
  ops: PdfjsOperatorList,
  frame: PageFrame,
  lookupFont: (name: string) => FontInfo | null,
): { runs: Run[]; watermarkRuns: number; watermarkText: string[] } | null {
  let st: TextState = {
    ctm: IDENTITY,
    font: null,
    fontSize: 0,
    fontDirection: 1,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    leading: 0,
    rise: 0,
    clip: null,
  };
  const stack: TextState[] = [];
  let pendingClip = false;
  let tm: Matrix = IDENTITY;
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;
  let annotation = 0;
  const runs: Run[] = [];
  let watermarkRuns = 0;
  const watermark = new Set<string>();
  const { fnArray, argsArray } = ops;

  const emit = (text: string, x0: number, x1: number) => {
    if (!text.trim()) return;
    const m = multiply(tm, st.ctm);
    const [sx, sy] = apply(m, x0, y + st.rise);
    const [ex, ey] = apply(m, x1, y + st.rise);
    const [hx, hy] = apply(m, x0, y + st.rise + st.fontSize);
    const made = makeRun(text, frame, [sx, sy], [ex, ey], Math.hypot(hx - sx, hy - sy));
    // Text the page clips away is not printed (a Word page that carries its neighbours' overflow, hidden).
    if (st.clip && !centreInside(made.run.box, st.clip)) return;
    if (made.watermark) {
      watermarkRuns++;
      watermark.add(made.run.text.trim());
    } else runs.push(made.run);
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case TEXT_OPS.save:
        stack.push({ ...st });
        break;
      case TEXT_OPS.restore:
        st = stack.pop() ?? st;
        break;
      case TEXT_OPS.transform: {
        const m = toMatrix(args);
        if (m) st.ctm = multiply(m, st.ctm);
        break;
      }
      case TEXT_OPS.paintFormXObjectBegin: {
        stack.push({ ...st });
        const m = toMatrix(args?.[0]);
        if (m) st.ctm = multiply(m, st.ctm);
        // A form draws nothing outside its bounding box.
        const bbox = args?.[1] as ArrayLike<number> | null | undefined;
        if (bbox && bbox.length >= 4) {
          const corners: Array<[number, number]> = [
            [bbox[0]!, bbox[1]!],
            [bbox[2]!, bbox[1]!],
            [bbox[0]!, bbox[3]!],
            [bbox[2]!, bbox[3]!],
          ];
          st.clip = intersect(st.clip, boundsOf(corners.map(([px, py]) => display(frame, st.ctm, px, py))));
        }
        break;
      }
      case TEXT_OPS.clip:
      case TEXT_OPS.eoClip:
        pendingClip = true;
        break;
      case TEXT_OPS.constructPath: {
        if (!pendingClip) break;
        pendingClip = false;
        const buf = (args?.[1] as [ArrayLike<number> | null] | null | undefined)?.[0];
        const points = buf ? pathPoints(buf) : [];
        if (points.length > 0)
          st.clip = intersect(st.clip, boundsOf(points.map(([px, py]) => display(frame, st.ctm, px, py))));
        break;
      }
      case TEXT_OPS.paintFormXObjectEnd:
        st = stack.pop() ?? st;
        break;
      case TEXT_OPS.beginAnnotation:
        annotation++;
        break;
      case TEXT_OPS.endAnnotation:
        annotation = Math.max(0, annotation - 1);
        break;
      case TEXT_OPS.beginText:
        tm = IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case TEXT_OPS.setTextMatrix: {
        const m = toMatrix(args?.[0]);
        if (m) tm = m;
        x = y = lineX = lineY = 0;
        break;
      }
      case TEXT_OPS.moveText:
        lineX += Number(args?.[0] ?? 0);
        lineY += Number(args?.[1] ?? 0);
        x = lineX;
        y = lineY;
        break;
      case TEXT_OPS.setLeadingMoveText:
        st.leading = Number(args?.[1] ?? 0);
        lineX += Number(args?.[0] ?? 0);
        lineY += Number(args?.[1] ?? 0);
        x = lineX;
        y = lineY;
        break;
      case TEXT_OPS.nextLine:
        lineY += st.leading;
        x = lineX;
        y = lineY;
        break;
      case TEXT_OPS.setLeading:
        st.leading = -Number(args?.[0] ?? 0);
        break;
      case TEXT_OPS.setCharSpacing:
        st.charSpacing = Number(args?.[0] ?? 0);
        break;
      case TEXT_OPS.setWordSpacing:
        st.wordSpacing = Number(args?.[0] ?? 0);
        break;
      case TEXT_OPS.setHScale:
        st.hScale = Number(args?.[0] ?? 100) / 100;
        break;
      case TEXT_OPS.setTextRise:
        st.rise = Number(args?.[0] ?? 0);
        break;
      case TEXT_OPS.setFont: {
        const font = lookupFont(String(args?.[0]));
        if (!font) return null;
        if (font.vertical) return null;
        let size = Number(args?.[1] ?? 0);
        st.fontDirection = size < 0 ? -1 : 1;
        size = Math.abs(size);
        st.font = font;
        st.fontSize = size;
        break;
      }
      case TEXT_OPS.showText: {
        const glyphs = (args?.[0] ?? []) as Array<Glyph | number | null>;
        if (!st.font) return null;
        const fm = st.font.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0];
        const advanceScale = st.fontSize * (fm[0] ?? 0.001);
        const hs = st.hScale * st.fontDirection;
        let adv = 0;
        let text = '';
        let runStart = 0;
        const flush = (end: number) => {
          if (annotation === 0 && text) emit(text, x + runStart * hs, x + end * hs);
          text = '';
        };
        for (const g of glyphs) {
          if (g === null) continue;
          if (typeof g === 'number') {
            const jump = (-g * st.fontSize) / 1000;
            if (Math.abs(jump) > GAP_EM * st.fontSize) {
              flush(adv);
              adv += jump;
              runStart = adv;
            } else adv += jump;
            continue;
          }
          const spacing = (g.isSpace ? st.wordSpacing : 0) + st.charSpacing;
          const w = g.width * advanceScale + spacing * st.fontDirection;
          // isSpace only selects word spacing (a Type3 font may put a real glyph on code 32); blank Unicode is a space.
          if (!g.unicode?.trim()) {
            flush(adv);
            adv += w;
            runStart = adv;
            continue;
          }
          if (!text) runStart = adv;
          text += g.unicode;
          adv += w;
        }
        flush(adv);
        x += adv * hs;
        break;
      }
      default:
        break;
    }
  }
  return { runs, watermarkRuns, watermarkText: [...watermark].filter(Boolean) };
}

function display(frame: PageFrame, ctm: Matrix, px: number, py: number): [number, number] {
  const [ux, uy] = apply(ctm, px, py);
  return frame.toDisplay(ux, uy);
}

function boundsOf(points: ReadonlyArray<[number, number]>): Rect {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function intersect(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/** Slack for text that touches its clip's edge (a cell's clip drawn tight around its text). */
const CLIP_SLACK = 2;

function centreInside(box: readonly number[], clip: Rect): boolean {
  const cx = (box[0]! + box[2]!) / 2;
  const cy = (box[1]! + box[3]!) / 2;
  return (
    cx >= clip[0] - CLIP_SLACK && cx <= clip[2] + CLIP_SLACK && cy >= clip[1] - CLIP_SLACK && cy <= clip[3] + CLIP_SLACK
  );
}

/** Every point of a constructPath buffer (pdf.js DrawOPS: moveTo, lineTo, curveTo, quadraticCurveTo, closePath). */
function pathPoints(buf: ArrayLike<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const arity = [2, 2, 6, 4, 0];
  for (let k = 0; k < buf.length; ) {
    const n = arity[buf[k++]!];
    if (n === undefined) break;
    for (let j = 0; j < n; j += 2) out.push([buf[k + j]!, buf[k + j + 1]!]);
    k += n;
  }
  return out;
}

function toMatrix(v: unknown): Matrix | null {
  if (!v || typeof v !== 'object' || !('length' in v)) return null;
  const a = v as ArrayLike<number>;
  if (a.length < 6) return null;
  return [a[0]!, a[1]!, a[2]!, a[3]!, a[4]!, a[5]!];
}
