/**
 * Overlay geometry on one PDF page, for the viewer's adapter: an anchor's box (PDF user space) in the page's current
 * CSS pixels, where the printed text is inside a box (the page's text runs), and what is placed there back as
 * percentages of the page, so a layer stays on its numbers while pdf.js scales the page with CSS before it
 * re-renders. Pure: the viewport and the runs are passed in.
 */

import type { CellRef } from '../checks/finding';
import type { PdfAnchor } from '../extract/types';
import { type AnchoredTable, anchorOfCell } from '../locate/cells';
import {
  bboxToPageFractions,
  type FractionBox,
  fractionsToPixels,
  type TextRunLike,
  textExtentInBox,
  type ViewportLike,
} from '../locate/pdf';
import { anchorOfMark, type Mark, type Touched } from './card-state';
import type { Point, Rect } from './placement';
import type { OverlayModel } from './view-model';

type BBox = readonly [number, number, number, number];

export function pct(x: number): string {
  return `${(x * 100).toFixed(4)}%`;
}

export class PdfPageGeometry {
  private readonly width: number;
  private readonly height: number;

  constructor(
    /** 1-based. */
    readonly page: number,
    private readonly viewport: ViewportLike,
    /** The page's text runs; null while they are being read. */
    private readonly runs: readonly TextRunLike[] | null,
  ) {
    this.width = viewport.width || 1;
    this.height = viewport.height || 1;
  }

  fractions(bbox: BBox): FractionBox {
    return bboxToPageFractions(bbox, this.viewport);
  }

  rect(bbox: BBox): Rect {
    return fractionsToPixels(this.fractions(bbox), this.width, this.height);
  }

  /** The box of the text printed inside `bbox` (where the digits are); null when none is, or not known yet. */
  textRect(bbox: BBox): Rect | null {
    const ext = this.runs ? textExtentInBox(this.runs, bbox) : null;
    return ext ? this.rect(ext) : null;
  }

  /** A point placed in the page's pixels, as CSS lengths in fractions of the page. */
  spot(p: Point): { left: string; top: string } {
    return { left: pct(p.left / this.width), top: pct(p.top / this.height) };
  }

  /** An outline 2 px clear of `bbox`. */
  outline(bbox: BBox): { left: string; top: string; width: string; height: string } {
    const f = this.fractions(bbox);
    return {
      left: `calc(${pct(f.left)} - 2px)`,
      top: `calc(${pct(f.top)} - 2px)`,
      width: `calc(${pct(f.width)} + 4px)`,
      height: `calc(${pct(f.height)} + 4px)`,
    };
  }

  /**
   * A statement whose printed lines are unknown: its box may span lines (a sentence wrapped in the paragraph), so its
   * badge is level with the first. `box` is the box's top strip at most `strip` px high, `line` the text on it.
   */
  firstLine(bbox: BBox, strip: number): { line: Rect; box: Rect } {
    const whole = this.rect(bbox);
    const box = { ...whole, height: Math.min(whole.height, strip) };
    // The same strip in PDF user space (y up: the first line is at the top, bbox[3]); the page's runs on it.
    const [, y0, , y1] = bbox;
    const stripBottom = y1 - (y1 - y0) * (box.height / (whole.height || 1));
    const extent = this.runs
      ? textExtentInBox(this.runs, [Number.NEGATIVE_INFINITY, stripBottom, Number.POSITIVE_INFINITY, y1])
      : null;
    return { line: extent ? this.rect(extent) : box, box };
  }
}

/** The model's badges by page (1-based), with their anchors, in the model's order (cells, then statements). */
export function marksByPage(
  model: OverlayModel,
  tables: readonly AnchoredTable[],
): Map<number, { mark: Mark; anchor: PdfAnchor }[]> {
  const pages = new Map<number, { mark: Mark; anchor: PdfAnchor }[]>();
  for (const mark of [...model.marks, ...model.claimMarks]) {
    const anchor = anchorOfMark(tables, mark);
    if (anchor?.kind !== 'pdf') continue;
    const list = pages.get(anchor.page) ?? [];
    list.push({ mark, anchor });
    pages.set(anchor.page, list);
  }
  return pages;
}

/** The pages that show any of these badges or cells (what a change of the card state redraws). */
export function pagesOf({ marks, cells }: Touched, tables: readonly AnchoredTable[]): Set<number> {
  const anchors = [...marks.map((m) => anchorOfMark(tables, m)), ...cells.map((c: CellRef) => anchorOfCell(tables, c))];
  return new Set(anchors.flatMap((a) => (a?.kind === 'pdf' ? [a.page] : [])));
}
