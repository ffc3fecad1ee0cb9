/**
 * Stage 1 (extract) output contract: what every extractor (HTML DOM, PDF via pdf.js) produces.
 * Later stages (recognise, model, checks) consume only these types; they never touch the DOM or pdf.js.
 * Everything here is plain JSON (no class instances), so it can cross message channels and be snapshotted.
 */

/** Where a value lives on screen. Serialisable; `lib/locate` turns it back into a live node or a PDF rect. */
export type Anchor = HtmlAnchor | PdfAnchor;

/**
 * A cell in an HTML page: the n-th `<table>` element of the document (document order, 0-based),
 * the n-th `<tr>` of that table element, the n-th `<td>/<th>` of that row (source element indices, not grid columns).
 */
export interface HtmlAnchor {
  kind: 'html';
  table: number;
  row: number;
  cell: number;
}

/**
 * A rectangle on a PDF page. `page` is 1-based. `bbox` is [x0, y0, x1, y1] in PDF user space
 * (points, origin bottom-left of the page's view box, y up), x0 < x1 and y0 < y1.
 */
export interface PdfAnchor {
  kind: 'pdf';
  page: number;
  bbox: [number, number, number, number];
}

/** A narrative block anchor in HTML: the n-th block element (p, h1–h6, li, div with direct text) in document order. */
export interface HtmlBlockAnchor {
  kind: 'html-block';
  block: number;
}

/** One cell of a logical table after merged cells are expanded. */
export interface GridCell {
  /** Normalised text: NFKC, radicals mapped, whitespace runs collapsed to one space, trimmed. '' when empty or covered by a merge. */
  text: string;
  /** Where the cell's source lives; absent for positions covered by a merged cell. */
  anchor?: Anchor;
  /** Merge extent when this is the top-left cell of a merged region (>1 only). */
  rowSpan?: number;
  colSpan?: number;
}

/** A table as extracted: rectangular (every row has the same number of cells), continuation pieces already joined. */
export interface RawTable {
  /** Title line(s) preceding the table, e.g. '2025年预算收支总表', or null when none was found. */
  title: string | null;
  /** Meta lines preceding the table between title and grid: '部门名称：…', '单位：万元' (as printed, normalised). */
  meta: string[];
  /** Notes printed right after the table (e.g. '注：本表无数据'). */
  notes: string[];
  rows: GridCell[][];
  /** Where the table came from: HTML `<table>` indices joined into it, or PDF pages it spans. */
  origin: { kind: 'html'; tables: number[] } | { kind: 'pdf'; pages: number[] };
}

/** A block of narrative text in reading order (headings and paragraphs outside tables). */
export interface TextBlock {
  text: string;
  /** 'heading' for h1–h6 or a line that reads as a numbered heading; 'paragraph' otherwise. */
  role: 'heading' | 'paragraph';
  anchor?: Anchor | HtmlBlockAnchor;
  /**
   * PDF only: the block's printed lines, top to bottom, each with its place in `text` (`text.slice(start, end)` is the
   * line's text) and its box on the anchor's page (PDF user space). A statement in the block is located by its offsets.
   */
  lines?: TextLineBox[];
}

export interface TextLineBox {
  start: number;
  end: number;
  bbox: [number, number, number, number];
  /**
   * The pieces of text the PDF set along the line (a font change starts a new one), each with its place in the block's
   * text and its x-range (user space), left to right; absent when they could not be matched to the line's text.
   */
  runs?: { start: number; end: number; x0: number; x1: number }[];
}

export interface SourceInfo {
  kind: 'html' | 'pdf';
  /** URL or file path the document was read from. */
  uri: string;
  /** Document title (HTML <title> or PDF info Title), normalised. */
  title?: string;
  /** PDF only: page count. */
  pages?: number;
  /** PDF only: producer/creator metadata, for diagnostics. */
  producer?: string;
}

/** The whole extraction result. */
export interface ExtractedDocument {
  source: SourceInfo;
  tables: RawTable[];
  /** Narrative text outside tables, in reading order. */
  blocks: TextBlock[];
  /**
   * PDF only: the pages with nothing on them but page furniture (page numbers, running headers, watermark) — no other
   * text, no path, shading, form or image — each as its whole box. Absent where operator lists were not read.
   */
  blankPages?: PdfAnchor[];
  /** Problems that did not stop extraction (a table that could not be read, a page skipped), human readable. */
  warnings: string[];
}

/**
 * The shape of an extraction, for a boundary (a message from another context): the pipeline reads every table on its
 * own terms, and one it cannot read is named in the analysis (lib/overlay/analyse), so the tables are not walked here.
 */
export function isExtraction(x: unknown): x is ExtractedDocument {
  const d = x as Partial<ExtractedDocument> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.source?.uri === 'string' &&
    (d.source.kind === 'html' || d.source.kind === 'pdf') &&
    Array.isArray(d.tables) &&
    Array.isArray(d.blocks) &&
    Array.isArray(d.warnings)
  );
}
