/**
 * Stage 1 (extract): the part of the pdf.js display API this extractor uses, declared structurally so the same
 * extractor accepts a document opened by the legacy Node build or by the extension's bundled build, and so tests can
 * pass hand-made fakes. It must not import pdf.js at runtime (that would pull a second copy into the viewer bundle).
 */

/** A text run as pdf.js reports it; transform is [a, b, c, d, e, f] from text space to user space. */
export interface PdfjsTextItem {
  str: string;
  dir: string;
  transform: number[];
  /** Advance width in user space units along the run's direction. */
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

export interface PdfjsTextContent {
  /** Text items and marked-content markers (the markers have no `str`). */
  items: Array<PdfjsTextItem | { type: string }>;
  styles: Record<string, { vertical?: boolean; fontFamily?: string; ascent?: number; descent?: number }>;
}

export interface PdfjsOperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export interface PDFPageProxy {
  /** [x0, y0, x1, y1] of the page's view box in user space. */
  readonly view: number[];
  /** Page rotation in degrees, a multiple of 90. */
  readonly rotate: number;
  getTextContent(params?: {
    includeMarkedContent?: boolean;
    disableNormalization?: boolean;
  }): Promise<PdfjsTextContent>;
  getOperatorList(params?: { intent?: string }): Promise<PdfjsOperatorList>;
  cleanup(resetStats?: boolean): boolean;
  /** Fonts and other objects shared by the document, filled while operator lists are built. */
  readonly commonObjs?: { has(id: string): boolean; get(id: string): unknown };
}

export interface PDFDocumentProxy {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PDFPageProxy>;
  getMetadata(): Promise<{ info: object; metadata: unknown }>;
  /** Destroying the loading task frees the document and its worker. */
  readonly loadingTask: { destroy(): Promise<void> };
}

/**
 * Operator codes from pdf.js `OPS` (src/shared/util.js), the ones the ruling-line reader and the blank-page test
 * interpret.
 * Pinned here so this module stays free of a runtime pdf.js import; ops.test.ts checks them against the build.
 */
export const OPS = {
  setLineWidth: 2,
  save: 10,
  restore: 11,
  transform: 12,
  moveTo: 13,
  lineTo: 14,
  closePath: 18,
  rectangle: 19,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  endPath: 28,
  shadingFill: 62,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  beginAnnotation: 80,
  constructPath: 91,
} as const;

/** Path opcodes inside a constructPath buffer (pdf.js `DrawOPS`). */
export const DRAW_OPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
