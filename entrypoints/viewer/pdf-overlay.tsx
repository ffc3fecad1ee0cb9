/**
 * Viewer's overlay controller (PDF): the same badges, chips, cards and summary panel as on HTML pages, over the pdf.js
 * viewer. One findings layer per page, mounted in the page's div when pdf.js renders it (pdf.js clears unknown
 * children when it resets a page for a zoom, so the layer is rebuilt on every `pagerendered`). Positions are
 * fractions of the page (lib/locate/pdf.ts), so a layer stays on the numbers while pdf.js scales the page with CSS
 * before it re-renders. Wiring and view state only; placement and words come from lib/overlay.
 */

import type { BadgeView } from '../../components/overlay/Badge';
import { BadgeLayer, type BoxView, type ChipView } from '../../components/overlay/BadgeLayer';
import { cardPoint, cardSizeChange } from '../../components/overlay/card-place';
import { downloadText } from '../../components/overlay/download';
import { FindingCard } from '../../components/overlay/FindingCard';
import { MetricCard } from '../../components/overlay/MetricCard';
import { MetricChip, type MetricChipView } from '../../components/overlay/MetricChip';
import { mountShadow, type ShadowMount } from '../../components/overlay/mount';
import { OverlaySummary } from '../../components/overlay/OverlaySummary';
import type { CellRef, ClaimRef, Severity } from '../../lib/checks/finding';
import type { PdfAnchor, TextBlock } from '../../lib/extract/types';
import type { ExecutionComparison } from '../../lib/history/execution';
import type { Lang, Translate } from '../../lib/i18n/strings';
import { anchorOfCell, firstAnchorOfTable } from '../../lib/locate/cells';
import {
  bboxToPageFractions,
  type FractionBox,
  type TextRunLike,
  textExtentInBox,
  type ViewportLike,
} from '../../lib/locate/pdf';
import { statementBoxes } from '../../lib/locate/pdf-statement';
import type { Analysis } from '../../lib/overlay/analyse';
import { type AskExecution, askExecutionFor } from '../../lib/overlay/execution';
import { type ExportKind, exportFile } from '../../lib/overlay/exports';
import { metricById, metricChips } from '../../lib/overlay/metrics-view';
import {
  BADGE_GAP,
  metricChipSize,
  placeBadge,
  placeClaimBadges,
  placeMetricChip,
  type Rect,
} from '../../lib/overlay/placement';
import { badgeLabel, cellWhere, chipCounts } from '../../lib/overlay/texts';
import {
  buildOverlayModel,
  type CellMark,
  type ClaimMark,
  markOfFinding,
  type OverlayModel,
} from '../../lib/overlay/view-model';

/** The part of pdf.js' PDFPageView used here. */
interface PageViewLike {
  div: HTMLDivElement;
  viewport: ViewportLike;
  pdfPage?: { getTextContent(): Promise<{ items: unknown[] }> } | null;
}

function isRun(x: unknown): x is TextRunLike {
  const r = x as Partial<TextRunLike>;
  return typeof r?.str === 'string' && Array.isArray(r.transform) && typeof r.width === 'number';
}

/** The part of pdf.js' PDFViewer used here. */
export interface ViewerLike {
  pagesCount: number;
  getPageView(index: number): PageViewLike | undefined;
  scrollPageIntoView(params: { pageNumber: number; destArray?: unknown[] }): void;
}

export interface PdfOverlayOptions {
  doc: Document;
  css: string;
  t: Translate;
  lang: Lang;
  show: readonly Severity[];
  viewer: ViewerLike;
  /** Address of the history page for an organisation. */
  historyHref: (organisation: string) => string;
  /** Opens an extension page (the history page in a new tab, the options page). */
  openPage: (page: 'history' | 'options', organisation?: string) => void;
  /** The 决算 against its year's 预算 in the reader's history (null when that budget was never opened). */
  execution?: AskExecution;
}

interface Placed {
  mark: CellMark | ClaimMark;
  anchor: PdfAnchor;
}

const BADGE = 16;
const CHIP_HEIGHT = 20;
const CARD_ESTIMATE = { width: 420, height: 240 };

function pct(x: number): string {
  return `${(x * 100).toFixed(4)}%`;
}

export class PdfOverlay {
  private readonly panel: ShadowMount;
  private readonly layers = new Map<number, ShadowMount>();
  private analysis: Analysis | null = null;
  private model: OverlayModel | null = null;
  /** Badges grouped by page (1-based). */
  private byPage = new Map<number, Placed[]>();
  private collapsed = true;
  private execution: ExecutionComparison | null = null;
  private progress: string | undefined;
  private open: { key: string; focus: number } | null = null;
  /** The statement badge under the pointer or focus: its statement is marked on the page. */
  private preview: string | null = null;
  /** Key of the per-capita chip whose card is open (`metric:<id>`). */
  private openMetric: string | null = null;
  private cardSize = CARD_ESTIMATE;
  private frame = 0;
  /** Each page's text runs (PDF user space), read once, to put badges beside the digits inside a cell's box. */
  private runs = new Map<number, TextRunLike[] | 'pending'>();
  /** The narrative blocks by their anchor (`blockKey`): their printed lines locate a statement inside them. */
  private blocks = new Map<string, TextBlock>();

  constructor(private opts: PdfOverlayOptions) {
    this.panel = mountShadow({
      parent: opts.doc.body,
      tag: 'budget-lens-panel',
      css: opts.css,
      hostStyle: 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:20;',
    });
    this.drawPanel();
  }

  /** A new document is being read: forget the old one's marks. */
  reset() {
    for (const m of this.layers.values()) m.destroy();
    this.layers.clear();
    this.analysis = null;
    this.model = null;
    this.byPage.clear();
    this.runs.clear();
    this.blocks.clear();
    this.preview = null;
    this.open = null;
    this.openMetric = null;
    this.drawPanel();
  }

  /** The page's text runs, or null while they are being read (the page is drawn again when they arrive). */
  private pageRuns(pageNumber: number, view: PageViewLike): TextRunLike[] | null {
    const known = this.runs.get(pageNumber);
    if (Array.isArray(known)) return known;
    if (known === 'pending' || !view.pdfPage) return null;
    this.runs.set(pageNumber, 'pending');
    view.pdfPage
      .getTextContent()
      .then((tc) => {
        this.runs.set(pageNumber, tc.items.filter(isRun));
        this.drawPage(pageNumber);
      })
      .catch(() => this.runs.set(pageNumber, []));
    return null;
  }

  /** Pages read so far while the document is analysed (shown in the panel). */
  setProgress(page: number, pages: number) {
    this.progress = `${page} / ${pages}`;
    this.drawPanel();
  }

  /** The analysis, and the extraction's narrative blocks it was made from (they locate statements on the page). */
  setAnalysis(analysis: Analysis, blocks: readonly TextBlock[] = []) {
    this.analysis = analysis;
    this.execution = null;
    askExecutionFor(
      this.opts.execution,
      analysis,
      () => this.analysis,
      (e) => {
        this.execution = e;
        this.drawPanel();
      },
    );
    this.blocks = new Map(blocks.flatMap((b) => (b.anchor?.kind === 'pdf' ? [[blockKey(b.anchor), b]] : [])));
    this.preview = null;
    this.progress = undefined;
    this.open = null;
    this.openMetric = null;
    this.rebuildModel();
    // The panel first: whatever happens on a page, the reader gets the summary.
    this.drawPanel();
    for (let n = 1; n <= this.opts.viewer.pagesCount; n++) this.pageRendered(n);
  }

  setSettings(t: Translate, lang: Lang, show: readonly Severity[]) {
    Object.assign(this.opts, { t, lang, show });
    this.open = null;
    this.openMetric = null;
    this.rebuildModel();
    for (const n of this.layers.keys()) this.drawPage(n);
    this.drawPanel();
  }

  /** pdf.js drew a page (first time, or again after a zoom cleared it): (re)build its findings layer. */
  pageRendered(pageNumber: number) {
    try {
      this.buildPage(pageNumber);
    } catch (e) {
      // One page's layer failing must not take the viewer or the other pages down.
      console.warn(`BudgetLens: findings layer for page ${pageNumber} failed`, e);
    }
  }

  private buildPage(pageNumber: number) {
    const view = this.opts.viewer.getPageView(pageNumber - 1);
    if (!view || !this.model) return;
    let layer = this.layers.get(pageNumber);
    if (!layer?.host.isConnected || layer.host.parentElement !== view.div) {
      layer?.destroy();
      // Only pages that have a canvas or text layer were rendered; others wait for their own pagerendered.
      if (!view.div.querySelector('canvas, .textLayer')) return;
      layer = mountShadow({
        parent: view.div,
        tag: 'budget-lens-page-layer',
        css: this.opts.css,
        hostStyle: 'position:absolute;inset:0;z-index:6;pointer-events:none;',
      });
      this.layers.set(pageNumber, layer);
    }
    this.drawPage(pageNumber);
    if (this.open || this.openMetric) this.schedulePanel();
  }

  /** The viewer scrolled: an open card follows its badge. */
  onScroll() {
    if (this.open || this.openMetric) this.schedulePanel();
  }

  private schedulePanel() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.drawPanel();
    });
  }

  private rebuildModel() {
    const a = this.analysis;
    this.byPage.clear();
    this.model = a?.report
      ? buildOverlayModel(a.report.tables, a.report.findings, a.report.verified, this.opts.show)
      : null;
    const report = a?.report;
    if (!this.model || !report) return;
    for (const mark of [...this.model.marks, ...this.model.claimMarks]) {
      const anchor = 'cell' in mark ? anchorOfCell(report.tables, mark.cell) : mark.claim.anchor;
      if (anchor?.kind !== 'pdf') continue;
      const list = this.byPage.get(anchor.page) ?? [];
      list.push({ mark, anchor });
      this.byPage.set(anchor.page, list);
    }
  }

  /**
   * The statement's own boxes, one per printed line it touches (from its block's lines and its offsets); null when its
   * block's lines are not known (then the statement's whole box stands for it).
   */
  private statementAnchors(mark: ClaimMark): PdfAnchor[] | null {
    const { anchor, start, end } = mark.claim;
    if (anchor?.kind !== 'pdf' || start === undefined || end === undefined) return null;
    const block = this.blocks.get(blockKey(anchor));
    if (!block?.lines) return null;
    const boxes = statementBoxes(block.text, block.lines, start, end);
    return boxes.length > 0 ? boxes.map((bbox) => ({ kind: 'pdf', page: anchor.page, bbox })) : null;
  }

  private cellAnchor(ref: CellRef): PdfAnchor | null {
    const report = this.analysis?.report;
    const a = report ? anchorOfCell(report.tables, ref) : null;
    return a?.kind === 'pdf' ? a : null;
  }

  private openMark(): CellMark | ClaimMark | null {
    const model = this.model;
    if (!model || !this.open) return null;
    const key = this.open.key;
    return model.marks.find((m) => m.key === key) ?? model.claimMarks.find((m) => m.key === key) ?? null;
  }

  private drawPage(pageNumber: number) {
    const layer = this.layers.get(pageNumber);
    const view = this.opts.viewer.getPageView(pageNumber - 1);
    const model = this.model;
    const report = this.analysis?.report;
    if (!layer || !view || !model || !report) return;
    const { t, lang } = this.opts;
    const frac = (a: PdfAnchor): FractionBox => bboxToPageFractions(a.bbox, view.viewport);
    const vw = view.viewport.width || 1;
    const vh = view.viewport.height || 1;
    const px = (f: FractionBox): Rect => ({
      left: f.left * vw,
      top: f.top * vh,
      width: f.width * vw,
      height: f.height * vh,
    });
    const runs = this.pageRuns(pageNumber, view);
    const size = { width: BADGE, height: BADGE };
    const placed = this.byPage.get(pageNumber) ?? [];
    // Statements in running text: in the margin left of their line (as on an HTML page), those ending on one line
    // side by side; a badge over the text would cover the words before the statement.
    const claimPoints = new Map<string, { left: number; top: number }>();
    const lines = new Map<number, { line: Rect; claims: { key: string; box: Rect }[] }>();
    for (const { mark, anchor } of placed) {
      if ('cell' in mark) continue;
      // Level with the line where the statement ends, as on an HTML page.
      const own = this.statementAnchors(mark)?.at(-1);
      if (own) {
        const box = px(frac(own));
        const key = Math.round(box.top + box.height / 2);
        const entry = lines.get(key) ?? { line: { ...box, left: px(frac(anchor)).left }, claims: [] };
        entry.claims.push({ key: mark.key, box });
        lines.set(key, entry);
        continue;
      }
      // Its lines unknown, a statement's box may span lines (a sentence wrapped in the paragraph): level with the first.
      const whole = px(frac(anchor));
      const box = { ...whole, height: Math.min(whole.height, 1.5 * BADGE) };
      // The same strip in PDF user space (y up: the first line is at the top, bbox[3]); the page's runs on it.
      const [, y0, , y1] = anchor.bbox;
      const stripBottom = y1 - (y1 - y0) * (box.height / (whole.height || 1));
      const extent = runs
        ? textExtentInBox(runs, [Number.NEGATIVE_INFINITY, stripBottom, Number.POSITIVE_INFINITY, y1])
        : null;
      const line = extent ? px(bboxToPageFractions(extent, view.viewport)) : box;
      const key = Math.round(line.top + line.height / 2);
      const entry = lines.get(key) ?? { line, claims: [] };
      entry.claims.push({ key: mark.key, box });
      lines.set(key, entry);
    }
    for (const { line, claims } of lines.values()) {
      claims.sort((a, b) => a.box.left - b.box.left);
      const block = { ...line, left: Math.min(line.left, ...claims.map((c) => c.box.left)) };
      const points = placeClaimBadges(
        block,
        claims.map((c) => c.box),
        size,
      );
      claims.forEach((c, i) => {
        const p = points[i];
        if (p) claimPoints.set(c.key, p);
      });
    }
    const badges: BadgeView[] = placed.map(({ mark, anchor }) => {
      const cell = px(frac(anchor));
      const ext = runs && 'cell' in mark ? textExtentInBox(runs, anchor.bbox) : null;
      const text = ext ? px(bboxToPageFractions(ext, view.viewport)) : null;
      // Placed in the current page pixels, stored as fractions so a CSS zoom keeps it on its cell.
      const empty = 'cell' in mark && report.tables[mark.cell.table]?.grid[mark.cell.row]?.[mark.cell.col] === '';
      const p = claimPoints.get(mark.key) ?? placeBadge(cell, size, text, empty);
      return {
        key: mark.key,
        level: mark.level,
        count: mark.findings.length + mark.verified,
        left: pct(p.left / vw),
        top: pct(p.top / vh),
        label: badgeLabel(mark, model, report.tables, t, lang),
        anchor: `pdf:${anchor.page}`,
        text: 'cell' in mark ? report.tables[mark.cell.table]?.grid[mark.cell.row]?.[mark.cell.col] : undefined,
      };
    });
    const chips: ChipView[] = [];
    for (const chip of model.chips) {
      const a = firstAnchorOfTable(report.tables[chip.table] ?? { anchors: [] });
      if (a?.kind !== 'pdf' || a.page !== pageNumber) continue;
      const f = frac(a);
      chips.push({
        key: `chip:${chip.table}`,
        table: chip.table,
        left: pct(f.left),
        top: `max(0px, calc(${pct(f.top)} - ${CHIP_HEIGHT + BADGE_GAP}px))`,
        level: chip.worst,
        ...chipCounts(chip, t, lang),
      });
    }
    const metricChipViews: MetricChipView[] = [];
    for (const chip of metricChips(report.metrics, lang)) {
      const a = this.cellAnchor(chip.cell);
      if (a?.page !== pageNumber) continue;
      const cell = px(frac(a));
      const ext = runs ? textExtentInBox(runs, a.bbox) : null;
      const text = ext ? px(bboxToPageFractions(ext, view.viewport)) : null;
      const p = placeMetricChip(cell, metricChipSize(chip.text), text);
      metricChipViews.push({
        key: chip.key,
        metricId: chip.metricId,
        left: pct(p.left / vw),
        top: pct(p.top / vh),
        text: chip.text,
        label: chip.label,
        anchor: `pdf:${a.page}`,
      });
    }
    const highlights = this.highlightsOn(pageNumber, frac);
    layer.render(
      <>
        <BadgeLayer
          label={t('overlayLabel')}
          badges={badges}
          chips={chips}
          highlights={highlights}
          activeKey={this.open?.key ?? null}
          onOpen={(key) => this.openKey(key)}
          onPreview={(key) => this.setPreview(key)}
        />
        {metricChipViews.length > 0 ? (
          <section class="bl-layer" aria-label={t('perCapitaTitle')}>
            {metricChipViews.map((c) => (
              <MetricChip
                key={c.key}
                chip={c}
                active={c.key === this.openMetric}
                onOpen={(k) => this.openMetricCard(k)}
              />
            ))}
          </section>
        ) : null}
      </>,
    );
  }

  /**
   * What is outlined on a page: with a card open, its statement and cells (the metric's cells for a metric card); and
   * the statement of the badge under the pointer or focus.
   */
  private highlightsOn(pageNumber: number, frac: (a: PdfAnchor) => FractionBox): BoxView[] {
    const model = this.model;
    if (!model) return [];
    const boxes: BoxView[] = [];
    const add = (key: string, a: ClaimRef['anchor'] | undefined, role: BoxView['role']) => {
      if (a?.kind !== 'pdf' || a.page !== pageNumber) return;
      const f = frac(a);
      boxes.push({
        key,
        left: `calc(${pct(f.left)} - 2px)`,
        top: `calc(${pct(f.top)} - 2px)`,
        width: `calc(${pct(f.width)} + 4px)`,
        height: `calc(${pct(f.height)} + 4px)`,
        role,
      });
    };
    const mark = this.openMark();
    if (mark) {
      const fi = mark.findings[this.open?.focus ?? 0];
      const finding = fi !== undefined ? model.findings[fi] : undefined;
      const cells = finding ? finding.cells : 'cell' in mark ? [mark.cell] : [];
      // A statement is what is checked (stated); the cells it is checked against are the terms.
      if (!('cell' in mark)) for (const [i, a] of this.statementBoxesOf(mark).entries()) add(`claim:${i}`, a, 'stated');
      for (const [i, c] of cells.entries())
        add(`${c.table}:${c.row}:${c.col}:${i}`, this.cellAnchor(c), i === 0 && 'cell' in mark ? 'stated' : 'term');
    }
    const preview = this.preview !== this.open?.key ? model.claimMarks.find((m) => m.key === this.preview) : undefined;
    if (preview) for (const [i, a] of this.statementBoxesOf(preview).entries()) add(`preview:${i}`, a, 'preview');
    for (const [i, c] of (this.openedMetric()?.numerator.cells ?? []).entries())
      add(`metric:${c.table}:${c.row}:${c.col}:${i}`, this.cellAnchor(c), 'stated');
    return boxes;
  }

  /** Where a statement is marked: its own line boxes, or its whole box. */
  private statementBoxesOf(mark: ClaimMark): ClaimRef['anchor'][] {
    return this.statementAnchors(mark) ?? [mark.claim.anchor];
  }

  /** Shows or hides the statement of the badge under the pointer or focus (statement badges only). */
  private setPreview(key: string | null) {
    const model = this.model;
    if (key === this.preview || !model) return;
    const pages = (k: string | null) => this.pagesOf(model.claimMarks.find((m) => m.key === k) ?? null);
    const before = pages(this.preview);
    this.preview = key !== null && model.claimMarks.some((m) => m.key === key) ? key : null;
    this.redrawPages([...new Set([...before, ...pages(this.preview)])]);
  }

  private openedMetric() {
    const report = this.analysis?.report;
    const id = this.openMetric?.replace(/^metric:/u, '');
    return report && id ? metricById(report.metrics, id) : null;
  }

  private metricPages(): number[] {
    const m = this.openedMetric();
    return (m?.numerator.cells ?? []).flatMap((c) => {
      const a = this.cellAnchor(c);
      return a ? [a.page] : [];
    });
  }

  private openMetricCard(key: string) {
    const before = [...this.metricPages(), ...this.pagesOf(this.openMark())];
    this.open = null;
    this.openMetric = this.openMetric === key ? null : key;
    this.redrawPages([...before, ...this.metricPages()]);
    this.drawPanel();
  }

  private closeMetricCard() {
    const key = this.openMetric;
    const pages = this.metricPages();
    this.openMetric = null;
    this.redrawPages(pages);
    this.drawPanel();
    if (key) this.badgeElement(key)?.focus();
  }

  private metricCard() {
    const m = this.openedMetric();
    const key = this.openMetric;
    if (!m || !key) return null;
    const p = cardPoint(this.badgeElement(key), this.cardSize, { left: 8, top: 52 });
    return (
      <MetricCard
        t={this.opts.t}
        lang={this.opts.lang}
        metric={m}
        left={p.left}
        top={p.top}
        onClose={() => this.closeMetricCard()}
      />
    );
  }

  private badgeElement(key: string): HTMLElement | null {
    for (const layer of this.layers.values()) {
      const el = layer.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      if (el) return el;
    }
    return null;
  }

  private pagesOf(mark: CellMark | ClaimMark | null): number[] {
    const model = this.model;
    if (!mark || !model) return [];
    const pages = new Set<number>();
    for (const fi of mark.findings)
      for (const c of model.findings[fi]?.cells ?? []) {
        const a = this.cellAnchor(c);
        if (a) pages.add(a.page);
      }
    for (const [page, list] of this.byPage) if (list.some((p) => p.mark === mark)) pages.add(page);
    return [...pages];
  }

  private redrawPages(pages: number[]) {
    for (const n of pages) this.drawPage(n);
  }

  private openKey(key: string, focus = 0) {
    const before = [...this.pagesOf(this.openMark()), ...this.metricPages()];
    this.openMetric = null;
    this.open = this.open?.key === key && this.open.focus === focus ? null : { key, focus };
    this.redrawPages([...before, ...this.pagesOf(this.openMark())]);
    this.drawPanel();
  }

  private closeCard() {
    const key = this.open?.key;
    const pages = this.pagesOf(this.openMark());
    this.open = null;
    this.redrawPages(pages);
    this.drawPanel();
    if (key) this.badgeElement(key)?.focus();
  }

  private scrollToAnchor(a: PdfAnchor) {
    // XYZ destination in PDF user space: the box's left edge, a little above its top.
    this.opts.viewer.scrollPageIntoView({
      pageNumber: a.page,
      destArray: [null, { name: 'XYZ' }, Math.max(0, a.bbox[0] - 40), a.bbox[3] + 120, null],
    });
  }

  private jump(index: number) {
    const model = this.model;
    if (!model) return;
    const mark = markOfFinding(model, index);
    if (!mark) return;
    const anchor = 'cell' in mark ? this.cellAnchor(mark.cell) : mark.claim.anchor;
    if (anchor?.kind === 'pdf') this.scrollToAnchor(anchor);
    const before = [...this.pagesOf(this.openMark()), ...this.metricPages()];
    this.openMetric = null;
    this.open = { key: mark.key, focus: Math.max(0, mark.findings.indexOf(index)) };
    this.redrawPages([...before, ...this.pagesOf(mark)]);
    this.drawPanel();
  }

  private showCells(focus: number) {
    const model = this.model;
    const mark = this.openMark();
    if (!model || !mark || !this.open) return;
    this.open = { key: this.open.key, focus };
    const fi = mark.findings[focus];
    const term = (fi !== undefined ? model.findings[fi]?.cells : [])?.slice(1).map((c) => this.cellAnchor(c))[0];
    if (term) this.scrollToAnchor(term);
    this.redrawPages(this.pagesOf(mark));
    this.drawPanel();
  }

  private exportFile(what: ExportKind, table?: number) {
    const a = this.analysis;
    const file = a?.report ? exportFile(a.report, what, table) : null;
    if (file) downloadText(this.panel.root, file.name, file.text, file.type);
  }

  private card() {
    const model = this.model;
    const report = this.analysis?.report;
    const mark = this.openMark();
    if (!model || !report || !mark) return null;
    const p = cardPoint(this.badgeElement(mark.key), this.cardSize, { left: 8, top: 52 });
    const { t, lang } = this.opts;
    const title = 'cell' in mark ? cellWhere(report.tables, mark.cell, lang) : (mark.claim.section ?? mark.claim.text);
    return (
      <FindingCard
        t={t}
        lang={lang}
        title={title}
        findings={mark.findings.flatMap((i) => model.findings[i] ?? [])}
        verified={mark.verified}
        left={p.left}
        top={p.top}
        onClose={() => this.closeCard()}
        onShowCells={(i) => this.showCells(i)}
      />
    );
  }

  private drawPanel() {
    this.panel.render(this.panelView());
    if (!this.open && !this.openMetric) return;
    // Place the card a second time now that it is laid out (its height depends on its content).
    const size = cardSizeChange(this.panel.root, this.cardSize);
    if (!size) return;
    this.cardSize = size;
    this.panel.render(this.panelView());
  }

  private panelView() {
    const { t, lang } = this.opts;
    const a = this.analysis;
    const model = this.model;
    const _report = a?.report ?? null;
    return (
      <>
        {this.card()}
        {this.metricCard()}
        <OverlaySummary
          t={t}
          lang={lang}
          header={<strong class="bl-panel__brand">{t('brand')}</strong>}
          progress={this.progress}
          collapsed={this.collapsed}
          onToggle={() => {
            this.collapsed = !this.collapsed;
            this.drawPanel();
          }}
          analysis={a}
          model={model}
          onJump={(i) => this.jump(i)}
          onExport={(what, table) => this.exportFile(what, table)}
          historyHref={this.opts.historyHref}
          openPage={this.opts.openPage}
          execution={this.execution}
        />
      </>
    );
  }
}

/** A narrative block's identity on the page: a statement's anchor is its block's. */
function blockKey(a: PdfAnchor): string {
  return `${a.page}:${a.bbox.join(',')}`;
}
