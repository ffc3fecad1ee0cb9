/**
 * Stage 1 (extract) for PDFs: an opened pdf.js document → ExtractedDocument (types.ts), the same contract the HTML
 * extractor fills. Runs unchanged in Node (open-node.ts) and in the extension's viewer page (which opens the document
 * with its bundled worker). It must not open files, fetch, or touch the DOM; it only reads the document it is given.
 *
 * Per page: text runs (getTextContent), and rulings (getOperatorList) only when the text looks tabular — the operator
 * list is the expensive part. Ruling networks become lattice tables; leftover aligned lines become stream tables;
 * the rest is page furniture (dropped), table context (title/meta/notes) or narrative blocks.
 */
import { normalizeText } from '../normalize';
import type { ExtractedDocument, PdfAnchor, RawTable, SourceInfo } from '../types';
import { joinContinuations, type PlacedPiece } from './continuation';
import { PdfInputError } from './errors';
import type { Box, PageFrame } from './geometry';
import { latticeTable } from './lattice';
import { narrativeBlocks, type PageFreeLines } from './narrative';
import { type PageContent, type Run, readPage } from './page-content';
import { findFurniture } from './page-furniture';
import type { PDFDocumentProxy } from './pdfjs-types';
import { rulingNetworks } from './rulings';
import { streamTables } from './stream';
import { contextAbove, notesBelow } from './table-context';
import type { TablePiece } from './table-piece';
import { groupLines, type Line } from './text-lines';

export interface ExtractPdfOptions {
  /** Read rulings on every page, even where the text reads as prose (text-content mode only; default false). */
  alwaysReadRulings?: boolean;
  /**
   * Where text comes from: 'operator-list' (default) parses each page once and takes text and rulings from the
   * operator list; 'text-content' uses getTextContent and reads operator lists only on table-like pages.
   */
  textSource?: 'operator-list' | 'text-content';
  /** Throw PdfInputError('no-text') instead of returning a scanned-document result (default false). */
  requireText?: boolean;
  /** Called after each page is read, for progress display. */
  onPage?: (page: number, pages: number) => void;
}

/** Prefix of the warning that marks a PDF without a text layer (scanned). Test with isScanned(doc). */
export const SCANNED_WARNING = 'no-text:';

/** True when the document had no text layer at all (probably a scan): it then has no tables and no blocks. */
export function isScanned(doc: ExtractedDocument): boolean {
  return doc.source.kind === 'pdf' && doc.warnings.some((w) => w.startsWith(SCANNED_WARNING));
}

interface PageWork {
  content: PageContent;
  pieces: TablePiece[];
  lines: Line[];
}

export async function extractPdf(
  pdf: PDFDocumentProxy,
  uri: string,
  opts: ExtractPdfOptions = {},
): Promise<ExtractedDocument> {
  const numPages = pdf.numPages;
  if (!numPages) throw new PdfInputError('empty', 'document has no pages');
  const warnings: string[] = [];
  const source: SourceInfo = { kind: 'pdf', uri, pages: numPages };
  try {
    const meta = await pdf.getMetadata();
    const info = meta.info as Record<string, unknown>;
    if (typeof info.Title === 'string' && info.Title.trim()) source.title = normalizeText(info.Title);
    const producer = [info.Producer, info.Creator].find((v) => typeof v === 'string' && v.trim());
    if (typeof producer === 'string') source.producer = normalizeText(producer);
  } catch {
    // Metadata is diagnostic only.
  }

  const work: PageWork[] = [];
  const watermark = new Set<string>();
  let watermarkRuns = 0;
  let tableRunsOn = false;
  for (let p = 1; p <= numPages; p++) {
    try {
      const page = await pdf.getPage(p);
      // A table reaching the bottom of the previous page may continue here even if this page's text reads as prose
      // (a cell taller than a page), so its rulings are read regardless.
      const follow = tableRunsOn;
      const content = await readPage(
        page,
        p,
        (runs, frame) => opts.alwaysReadRulings || follow || looksTabular(runs, frame),
        opts.textSource !== 'text-content',
      );
      page.cleanup();
      watermarkRuns += content.watermarkRuns;
      for (const t of content.watermarkText) watermark.add(t);
      const analysed = analysePage(content);
      tableRunsOn = endsWithTable(analysed);
      work.push(analysed);
    } catch (err) {
      warnings.push(
        `第 ${p} 页无法读取 / page ${p} could not be read: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    opts.onPage?.(p, numPages);
  }

  if (work.length === 0) throw new PdfInputError('corrupt', warnings.join('; '));
  const totalRuns = work.reduce((n, w) => n + w.content.runs.length, 0);
  if (totalRuns === 0) {
    if (opts.requireText) throw new PdfInputError('no-text');
    warnings.push(
      `${SCANNED_WARNING} 该 PDF 没有文本层（可能是扫描件），未提取表格 / the PDF has no text layer (probably scanned); no tables extracted`,
    );
    return { source, tables: [], blocks: [], warnings };
  }
  if (watermarkRuns > 0) {
    const sample = [...watermark].slice(0, 3).join('、');
    warnings.push(
      `已忽略 ${watermarkRuns} 处斜向水印文字 / ignored ${watermarkRuns} slanted watermark text runs (${sample})`,
    );
  }

  // Page numbers and running headers, by pattern and repetition across pages.
  const furniture = findFurniture(
    work.map((w) => ({ page: w.content.page, height: w.content.frame.height, lines: w.lines })),
  );
  for (const w of work) w.lines = w.lines.filter((l) => !furniture.has(l));

  // Stream tables among what is left.
  for (const w of work) {
    const { pieces, used } = streamTables(w.lines, w.content.frame, w.content.page);
    if (pieces.length) {
      w.pieces.push(...pieces);
      w.pieces.sort((a, b) => b.box[3] - a.box[3]);
      w.lines = w.lines.filter((l) => !used.has(l));
    }
  }

  const bottomMargin = lowestContent(work);
  const placed: PlacedPiece[] = [];
  const free: PageFreeLines[] = [];
  for (const w of work) {
    const consumed = new Set<Line>();
    const pagePlaced: PlacedPiece[] = [];
    w.pieces.forEach((piece, k) => {
      const prevBottom = k > 0 ? w.pieces[k - 1]!.box[1] : Number.POSITIVE_INFINITY;
      const nextTop = w.pieces[k + 1]?.box[3] ?? Number.NEGATIVE_INFINITY;
      const above = w.lines.filter(
        (l) => l.box[1] >= piece.box[3] - 1 && l.box[3] <= prevBottom + 1 && !consumed.has(l),
      );
      const ctx = contextAbove(above, piece);
      for (const l of ctx.used) consumed.add(l);
      const below = w.lines.filter((l) => l.box[3] <= piece.box[1] + 1 && l.box[1] >= nextTop - 1 && !consumed.has(l));
      const nb = notesBelow(below, piece);
      for (const l of nb.used) consumed.add(l);
      pagePlaced.push({
        piece,
        title: ctx.title,
        meta: ctx.meta,
        notes: nb.notes,
        firstOnPage: false,
        lastOnPage: false,
        follows: false,
        fillsPage: piece.box[1] - bottomMargin < Math.max(48, 3 * piece.size),
      });
    });
    const rest = w.lines.filter((l) => !consumed.has(l));
    pagePlaced.forEach((pp, k) => {
      const prev = pagePlaced[k - 1];
      pp.follows = !!prev && !rest.some((l) => l.box[1] >= pp.piece.box[3] - 1 && l.box[3] <= prev.piece.box[1] + 1);
    });
    for (const pp of pagePlaced) {
      pp.firstOnPage = !rest.some((l) => l.box[1] >= pp.piece.box[3] - 1) && pp === pagePlaced[0];
      pp.lastOnPage = !rest.some((l) => l.box[3] <= pp.piece.box[1] + 1) && pp === pagePlaced[pagePlaced.length - 1];
    }
    placed.push(...pagePlaced);
    free.push({ page: w.content.page, frame: w.content.frame, lines: rest });
  }

  titlesAcrossPageBreak(placed, free);

  const tables: RawTable[] = joinContinuations(placed).map((t) => {
    const first = t.pieces[0]!;
    const lastPiece = t.pieces[t.pieces.length - 1]!;
    return {
      title: first.title,
      meta: first.meta,
      notes: lastPiece.notes,
      rows: t.rows,
      origin: { kind: 'pdf', pages: [...new Set(t.pieces.map((p) => p.piece.page))] },
    };
  });
  if (work.some((w) => w.pieces.some((p) => p.kind === 'stream'))) {
    const pages = work.filter((w) => w.pieces.some((p) => p.kind === 'stream')).map((w) => w.content.page);
    warnings.push(
      `第 ${pages.join('、')} 页的表格没有表格线，按对齐方式读取 / unruled tables read by alignment on pages ${pages.join(', ')}`,
    );
  }

  return { source, tables, blocks: narrativeBlocks(free), blankPages: blankPages(work), warnings };
}

/** Pages whose operator list draws nothing but text, all of it page furniture (already filtered out of `lines`). */
function blankPages(work: PageWork[]): PdfAnchor[] {
  return work
    .filter((w) => w.content.drawsBesideText === false && w.lines.length === 0 && w.pieces.length === 0)
    .map(({ content: { page, frame } }) => ({
      kind: 'pdf',
      page,
      bbox: frame.boxToUser([0, 0, frame.width, frame.height]),
    }));
}

/**
 * A table opening a page without a title of its own may have had its title (and some meta) left at the foot of
 * the previous page by the page break. The free lines at that foot (below everything else on it) are read as if they
 * stood right above the table; what reads as title/meta moves to the table and out of the narrative.
 */
function titlesAcrossPageBreak(placed: PlacedPiece[], free: PageFreeLines[]): void {
  for (const pp of placed) {
    if (pp.title || !pp.firstOnPage) continue;
    const prevPage = free.find((f) => f.page === pp.piece.page - 1);
    if (!prevPage) continue;
    const floor = Math.min(
      Number.POSITIVE_INFINITY,
      ...placed.filter((q) => q.piece.page === prevPage.page).map((q) => q.piece.box[1]),
    );
    const trailing = prevPage.lines.filter((l) => l.box[3] <= floor + 1);
    const lowest = trailing[trailing.length - 1];
    if (!lowest) continue;
    // Shifted so the lowest trailing line sits just above the table; their spacing among themselves is kept.
    const dy = pp.piece.box[3] + 0.5 * pp.piece.size - lowest.box[1];
    const shifted = trailing.map((l) => ({ ...l, box: [l.box[0], l.box[1] + dy, l.box[2], l.box[3] + dy] as Box }));
    const ctx = contextAbove(shifted, pp.piece);
    if (!ctx.title && ctx.meta.length === 0) continue;
    pp.title = ctx.title;
    pp.meta = [...ctx.meta, ...pp.meta];
    const used = new Set(ctx.used.map((l) => trailing[shifted.indexOf(l as (typeof shifted)[number])]));
    prevPage.lines = prevPage.lines.filter((l) => !used.has(l));
  }
}

function analysePage(content: PageContent): PageWork {
  const pieces: TablePiece[] = [];
  let runs: Run[] = content.runs;
  if (content.segments?.length) {
    for (const net of rulingNetworks(content.segments)) {
      const piece = latticeTable(net, runs, content.frame, content.page);
      if (!piece || piece.runs.size === 0) continue;
      pieces.push(piece);
    }
    if (pieces.length) {
      const used = new Set<Run>();
      for (const p of pieces) for (const r of p.runs) used.add(r);
      runs = runs.filter((r) => !used.has(r));
    }
  }
  pieces.sort((a, b) => b.box[3] - a.box[3]);
  return { content, pieces, lines: groupLines(runs) };
}

/**
 * Whether a page's text could hold a table: some lines split into chunks by wide gaps. Pages of prose skip the
 * operator list, which costs about as much as the text itself.
 */
export function looksTabular(runs: Run[], _frame: PageFrame): boolean {
  if (runs.length === 0) return false;
  let multi = 0;
  for (const l of groupLines(runs)) {
    if (l.chunks.length >= 3) return true;
    if (l.chunks.length >= 2) multi++;
    if (multi >= 2) return true;
  }
  return runs.some((r) => r.vertical);
}

/** Whether the page's last content (above the footer band) is a table, which may then continue on the next page. */
function endsWithTable(w: PageWork): boolean {
  const last = w.pieces[w.pieces.length - 1];
  if (!last) return false;
  const band = 0.08 * w.content.frame.height;
  return !w.lines.some((l) => l.box[3] <= last.box[1] + 1 && l.box[1] > band);
}

/** The lowest body content across pages (display y), i.e. where the bottom margin starts. */
function lowestContent(work: PageWork[]): number {
  const bottoms: number[] = [];
  for (const w of work) {
    let b = Number.POSITIVE_INFINITY;
    for (const p of w.pieces) b = Math.min(b, p.box[1]);
    for (const l of w.lines) b = Math.min(b, l.box[1]);
    if (Number.isFinite(b)) bottoms.push(b);
  }
  bottoms.sort((a, b) => a - b);
  return bottoms[Math.floor(bottoms.length * 0.1)] ?? 0;
}
