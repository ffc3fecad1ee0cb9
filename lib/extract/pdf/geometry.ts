/**
 * Stage 1 (extract): 2-D affine matrices and the page frame. pdf.js reports text and paths in PDF user space; layout
 * analysis works in an upright "display" frame (page rotation undone, origin at the view box's bottom-left, y up),
 * and anchors go back to user space. Pure arithmetic; it must not know about tables or text.
 */

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f (PDF convention). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 then m2 (apply m1 first), i.e. the PDF `cm` concatenation m1 × m2. */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[1] * m2[2],
    m1[0] * m2[1] + m1[1] * m2[3],
    m1[2] * m2[0] + m1[3] * m2[2],
    m1[2] * m2[1] + m1[3] * m2[3],
    m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
    m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export type Box = [number, number, number, number];

/**
 * The upright frame of one page. `rotate` is the page's /Rotate (clockwise degrees). width/height are the displayed
 * size. toDisplay/toUser convert points; boxToUser converts a display box into a user-space anchor box.
 */
export interface PageFrame {
  width: number;
  height: number;
  rotate: number;
  toDisplay(x: number, y: number): [number, number];
  boxToUser(b: Box): Box;
}

export function pageFrame(view: number[], rotate: number): PageFrame {
  const [vx0 = 0, vy0 = 0, vx1 = 612, vy1 = 792] = view;
  const w = vx1 - vx0;
  const h = vy1 - vy0;
  const r = (((Math.round(rotate / 90) * 90) % 360) + 360) % 360;
  // Points are returned relative to the view box origin: that is the anchor contract (types.ts PdfAnchor).
  const toDisplay = (x: number, y: number): [number, number] => {
    const ux = x - vx0;
    const uy = y - vy0;
    if (r === 90) return [uy, w - ux];
    if (r === 180) return [w - ux, h - uy];
    if (r === 270) return [h - uy, ux];
    return [ux, uy];
  };
  const toUserRel = (dx: number, dy: number): [number, number] => {
    if (r === 90) return [w - dy, dx];
    if (r === 180) return [w - dx, h - dy];
    if (r === 270) return [dy, h - dx];
    return [dx, dy];
  };
  return {
    width: r === 90 || r === 270 ? h : w,
    height: r === 90 || r === 270 ? w : h,
    rotate: r,
    toDisplay,
    boxToUser(b) {
      const [ax, ay] = toUserRel(b[0], b[1]);
      const [bx, by] = toUserRel(b[2], b[3]);
      return [round2(Math.min(ax, bx)), round2(Math.min(ay, by)), round2(Math.max(ax, bx)), round2(Math.max(ay, by))];
    },
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

export function unionBox(a: Box | null, b: Box): Box {
  if (!a) return [b[0], b[1], b[2], b[3]];
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
