/**
 * The overlay in the viewer: the PDF adapter of the one overlay controller (components/overlay/controller.tsx), over
 * the pdf.js viewer. One findings layer per page, mounted in the page's div when pdf.js renders it (pdf.js clears
 * unknown children when it resets a page for a zoom, so the layer is rebuilt on every `pagerendered`); the cards and
 * the summary panel in one fixed panel. Positions are fractions of the page (lib/overlay/pdf-geometry.ts).
 */

import {
  type BadgeSpot,
  type OverlayAdapter,
  OverlayController,
  type OverlaySettings,
} from '../../components/overlay/controller';
import { mountShadow, type ShadowMount } from '../../components/overlay/mount';
import type { CellRef, Severity } from '../../lib/checks/finding';
import type { PdfAnchor, TextBlock } from '../../lib/extract/types';
import type { Lang, Translate } from '../../lib/i18n/strings';
import { anchorOfCell, firstAnchorOfTable } from '../../lib/locate/cells';
import { statementLocator } from '../../lib/locate/pdf-statement';
import type { Analysis } from '../../lib/overlay/analyse';
import { anchorOfMark, type Mark, type Touched } from '../../lib/overlay/card-state';
import type { MetricChipModel } from '../../lib/overlay/metrics-view';
import { marksByPage, PdfPageGeometry, pagesOf, pct } from '../../lib/overlay/pdf-geometry';
import { BADGE_GAP, metricChipSize, placeBadge, placeLineBadges, placeMetricChip } from '../../lib/overlay/placement';
import type { ClaimMark, OverlayModel, TableChip } from '../../lib/overlay/view-model';
import { PageRuns, type ViewerLike } from './page-runs';

export interface PdfOverlayOptions extends OverlaySettings {
  css: string;
  viewer: ViewerLike;
}

const BADGE = { width: 16, height: 16 };
const CHIP_HEIGHT = 20;

export class PdfOverlay implements OverlayAdapter<PdfPageGeometry> {
  /** Below the viewer's toolbar. */
  readonly cardFallback = { left: 8, top: 52 };
  private readonly panel: ShadowMount;
  private readonly core: OverlayController<PdfPageGeometry>;
  private readonly layers = new Map<number, ShadowMount>();
  /** The model's badges by page (1-based), with their anchors. */
  private byPage = {
    model: null as OverlayModel | null,
    pages: new Map<number, { mark: Mark; anchor: PdfAnchor }[]>(),
  };
  private readonly runs = new PageRuns();
  /** A statement's own line boxes, from the extraction's narrative blocks. */
  private statementAnchors = statementLocator([]);

  constructor(private opts: PdfOverlayOptions) {
    this.panel = mountShadow({
      parent: opts.doc.body,
      tag: 'budget-lens-panel',
      css: opts.css,
      hostStyle: 'position:fixed;top:0;left:0;width:0;height:0;overflow:visible;z-index:20;',
    });
    this.core = new OverlayController(this, opts);
    this.drawPanel();
  }

  get panelRoot() {
    return this.panel.root;
  }

  /** A new document is being read: forget the old one's marks. */
  reset() {
    for (const m of this.layers.values()) m.destroy();
    this.layers.clear();
    this.runs.clear();
    this.statementAnchors = statementLocator([]);
    this.core.reset();
  }

  /** Pages read so far while the document is analysed (shown in the panel). */
  setProgress(page: number, pages: number) {
    this.core.setProgress(page, pages);
  }

  /** The analysis, and the extraction's narrative blocks it was made from (they locate statements on the page). */
  setAnalysis(analysis: Analysis, blocks: readonly TextBlock[] = []) {
    this.statementAnchors = statementLocator(blocks);
    this.core.setAnalysis(analysis);
  }

  setSettings(t: Translate, lang: Lang, show: readonly Severity[]) {
    this.core.setSettings(t, lang, show);
  }

  /** The viewer scrolled: an open card follows its badge. */
  onScroll() {
    this.core.onScroll();
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
    if (!view || !this.core.model) return;
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
    if (this.core.cardOpen) this.core.schedule();
  }

  /** The panel first: whatever happens on a page, the reader gets the summary. */
  draw(touched: Touched | 'all', panel: boolean) {
    if (touched === 'all') {
      this.drawPanel();
      for (let n = 1; n <= this.opts.viewer.pagesCount; n++) this.pageRendered(n);
      return;
    }
    for (const n of pagesOf(touched, this.core.report?.tables ?? [])) this.drawPage(n);
    if (panel) this.drawPanel();
  }

  private drawPanel() {
    this.panel.render(this.core.panelView());
    this.core.settle(this.panel.root, () => this.panel.render(this.core.panelView()));
  }

  private drawPage(pageNumber: number) {
    const layer = this.layers.get(pageNumber);
    const view = this.opts.viewer.getPageView(pageNumber - 1);
    if (!layer || !view || !this.core.model) return;
    const node = this.core.layerView(
      new PdfPageGeometry(
        pageNumber,
        view.viewport,
        this.runs.get(pageNumber, view, () => this.drawPage(pageNumber)),
      ),
    );
    if (node) layer.render(node);
  }

  header() {
    return <strong class="bl-panel__brand">{this.opts.t('brand')}</strong>;
  }

  badgeRoots() {
    return [...this.layers.values()].map((l) => l.root);
  }

  badges(g: PdfPageGeometry, model: OverlayModel): BadgeSpot[] {
    const tables = this.core.report?.tables ?? [];
    if (this.byPage.model !== model) this.byPage = { model, pages: marksByPage(model, tables) };
    const placed = this.byPage.pages.get(g.page) ?? [];
    // Statements in running text: in the margin left of their line (as on an HTML page), those ending on one line
    // side by side; a badge over the text would cover the words before the statement.
    const claimPoints = placeLineBadges(
      placed.flatMap(({ mark, anchor }) => {
        if ('cell' in mark) return [];
        // Level with the line where the statement ends, as on an HTML page.
        const own = this.statementAnchors(mark.claim)?.at(-1);
        if (!own) return [{ key: mark.key, ...g.firstLine(anchor.bbox, 1.5 * BADGE.height) }];
        const box = g.rect(own.bbox);
        return [{ key: mark.key, line: { ...box, left: g.rect(anchor.bbox).left }, box }];
      }),
      BADGE,
    );
    return placed.map(({ mark, anchor }) => {
      const text = 'cell' in mark ? g.textRect(anchor.bbox) : null;
      const empty = 'cell' in mark && tables[mark.cell.table]?.grid[mark.cell.row]?.[mark.cell.col] === '';
      // Placed in the current page pixels, stored as fractions so a CSS zoom keeps it on its cell.
      const p = claimPoints.get(mark.key) ?? placeBadge(g.rect(anchor.bbox), BADGE, text, empty);
      return { mark, ...g.spot(p) };
    });
  }

  chip(g: PdfPageGeometry, chip: TableChip) {
    const a = firstAnchorOfTable(this.core.report?.tables[chip.table] ?? { anchors: [] });
    if (a?.kind !== 'pdf' || a.page !== g.page) return null;
    const f = g.fractions(a.bbox);
    return { left: pct(f.left), top: `max(0px, calc(${pct(f.top)} - ${CHIP_HEIGHT + BADGE_GAP}px))` };
  }

  metricChip(g: PdfPageGeometry, chip: MetricChipModel) {
    const a = this.cellAnchor(chip.cell);
    if (a?.page !== g.page) return null;
    return g.spot(placeMetricChip(g.rect(a.bbox), metricChipSize(chip.text), g.textRect(a.bbox)));
  }

  cellBox(g: PdfPageGeometry, cell: CellRef) {
    const a = this.cellAnchor(cell);
    return a?.page === g.page ? g.outline(a.bbox) : null;
  }

  /** Its own line boxes, or its whole box when its block's lines are not known. */
  statementBoxes(g: PdfPageGeometry, mark: ClaimMark) {
    return (this.statementAnchors(mark.claim) ?? [mark.claim.anchor]).map((a) =>
      a?.kind === 'pdf' && a.page === g.page ? g.outline(a.bbox) : null,
    );
  }

  scrollToMark(mark: Mark) {
    const a = anchorOfMark(this.core.report?.tables ?? [], mark);
    if (a?.kind === 'pdf') this.scrollToAnchor(a);
  }

  revealTerms(terms: CellRef[]) {
    const a = terms[0] && this.cellAnchor(terms[0]);
    if (a) this.scrollToAnchor(a);
  }

  private scrollToAnchor(a: PdfAnchor) {
    // XYZ destination in PDF user space: the box's left edge, a little above its top.
    this.opts.viewer.scrollPageIntoView({
      pageNumber: a.page,
      destArray: [null, { name: 'XYZ' }, Math.max(0, a.bbox[0] - 40), a.bbox[3] + 120, null],
    });
  }

  private cellAnchor(ref: CellRef): PdfAnchor | null {
    const report = this.core.report;
    const a = report ? anchorOfCell(report.tables, ref) : null;
    return a?.kind === 'pdf' ? a : null;
  }
}
