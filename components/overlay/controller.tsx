/**
 * The one overlay controller of the page overlay and the PDF viewer, as Hypothesis keeps one Guest with an
 * integration per document type. It owns the analysis, the model and the card state (lib/overlay/card-state.ts),
 * turns them into the props of the badge layers, the cards and the summary panel, and gives focus back to a badge
 * when its card closes. Where an anchor is on screen, scrolling to it and where the surfaces are mounted belong to
 * the adapter: entrypoints/overlay.content/page-overlay.tsx (HTML cells in the host page) and
 * entrypoints/viewer/pdf-overlay.tsx (pdf.js pages).
 */
import type { ComponentChildren } from 'preact';
import type { CellRef, Severity } from '../../lib/checks/finding';
import type { ExecutionComparison } from '../../lib/history/execution';
import type { Lang, Translate } from '../../lib/i18n/strings';
import { anchorOfCell } from '../../lib/locate/cells';
import type { Analysis } from '../../lib/overlay/analyse';
import {
  anchorName,
  anchorOfMark,
  type CardState,
  cardContent,
  focusFinding,
  jumpTo,
  type Mark,
  NO_CARD,
  openedMetric,
  openMark,
  outlines,
  type Touched,
  toggleCard,
  toggleMetric,
  touched,
  touchedEither,
  UNTOUCHED,
  withPreview,
} from '../../lib/overlay/card-state';
import { type AskExecution, askExecutionFor } from '../../lib/overlay/execution';
import { type ExportKind, exportFile } from '../../lib/overlay/exports';
import { type MetricChipModel, metricChips } from '../../lib/overlay/metrics-view';
import type { Point } from '../../lib/overlay/placement';
import { badgeLabel, chipCounts } from '../../lib/overlay/texts';
import { buildOverlayModel, type ClaimMark, type OverlayModel, type TableChip } from '../../lib/overlay/view-model';
import type { BadgeView } from './Badge';
import { BadgeLayer, type BoxView, type ChipView } from './BadgeLayer';
import { cardPoint, cardSizeChange } from './card-place';
import { downloadText } from './download';
import { FindingCard } from './FindingCard';
import { MetricCard } from './MetricCard';
import { MetricChip, type MetricChipView } from './MetricChip';
import { OverlaySummary } from './OverlaySummary';

/** A position as CSS lengths in the layer (pixels in the page, fractions of a PDF page). */
export interface Spot {
  left: string;
  top: string;
}

export interface BadgeSpot extends Spot {
  mark: Mark;
}

export type Box = Omit<BoxView, 'key' | 'role'>;

/** What differs between a host page and a PDF page: where things are, how to get there, where the surfaces are. */
export interface OverlayAdapter<Layer> {
  /** Where a card goes when the badge that opened it is not on screen (viewport, top-left). */
  readonly cardFallback: Point;
  /** The root the panel is drawn in (a download starts from it). */
  readonly panelRoot: ShadowRoot;
  /** The page's one layer draws its per-capita section even when it has no chip (a PDF page only with chips). */
  readonly alwaysMetricSection?: boolean;
  header(): ComponentChildren;
  /** The roots that hold badges and chips (focus goes back to one when its card closes). */
  badgeRoots(): Iterable<ParentNode>;
  /** Redraws the layers showing any of `touched` (every layer for 'all'), then the panel when `panel`. */
  draw(touched: Touched | 'all', panel: boolean): void;
  /** The badges of a layer, in drawing order. */
  badges(layer: Layer, model: OverlayModel): BadgeSpot[];
  chip(layer: Layer, chip: TableChip): (Spot & { rightAligned?: boolean }) | null;
  metricChip(layer: Layer, chip: MetricChipModel): Spot | null;
  cellBox(layer: Layer, cell: CellRef): Box | null;
  /** A statement's outline, one box per line it is printed on; null for a line on another layer. */
  statementBoxes(layer: Layer, mark: ClaimMark): (Box | null)[];
  scrollToMark(mark: Mark): void;
  /** The open card's finding changed: brings its terms into view (they may sit in another table). */
  revealTerms(terms: CellRef[]): void;
}

export interface OverlaySettings {
  doc: Document;
  t: Translate;
  lang: Lang;
  show: readonly Severity[];
  /** Address of the history page for an organisation (the history link's href). */
  historyHref: (organisation: string) => string;
  /** Opens an extension page (the history page, the options page). */
  openPage: (page: 'history' | 'options', organisation?: string) => void;
  /** The 决算 against its year's 预算 in the reader's history (null when that budget was never opened). */
  execution?: AskExecution;
}

const CARD_ESTIMATE = { width: 420, height: 240 };

export class OverlayController<Layer> {
  analysis: Analysis | null = null;
  model: OverlayModel | null = null;
  private state: CardState = NO_CARD;
  private collapsed = true;
  private execution: ExecutionComparison | null = null;
  private progress: string | undefined;
  private cardSize = CARD_ESTIMATE;
  private frame = 0;

  constructor(
    private readonly adapter: OverlayAdapter<Layer>,
    private readonly opts: OverlaySettings,
  ) {}

  get report() {
    return this.analysis?.report ?? null;
  }

  get cardOpen(): boolean {
    return this.state.open !== null || this.state.openMetric !== null;
  }

  /** New analysis: no card open, the 决算's budget against outturn asked for, everything drawn. */
  setAnalysis(analysis: Analysis) {
    this.analysis = analysis;
    this.execution = null;
    askExecutionFor(
      this.opts.execution,
      analysis,
      () => this.analysis,
      (e) => {
        this.execution = e;
        this.adapter.draw(UNTOUCHED, true);
      },
    );
    this.state = NO_CARD;
    this.progress = undefined;
    this.rebuildModel();
    this.adapter.draw('all', true);
  }

  /** A new document is being read: nothing of the old one is shown. */
  reset() {
    this.analysis = null;
    this.model = null;
    this.state = NO_CARD;
    this.adapter.draw(UNTOUCHED, true);
  }

  /** Pages read so far while the document is analysed (shown in the panel). */
  setProgress(page: number, pages: number) {
    this.progress = `${page} / ${pages}`;
    this.adapter.draw(UNTOUCHED, true);
  }

  setSettings(t: Translate, lang: Lang, show: readonly Severity[]) {
    Object.assign(this.opts, { t, lang, show });
    this.state = { ...this.state, open: null, openMetric: null };
    this.rebuildModel();
    this.adapter.draw('all', true);
  }

  /** Redraws the panel at the next frame, once however often asked (an open card follows its badge). */
  schedule() {
    if (this.frame) return;
    const win = this.opts.doc.defaultView;
    this.frame = win
      ? win.requestAnimationFrame(() => {
          this.frame = 0;
          this.adapter.draw(UNTOUCHED, true);
        })
      : 0;
  }

  /** The document scrolled: an open card (fixed-positioned) follows its badge. */
  onScroll() {
    if (this.cardOpen) this.schedule();
  }

  destroy() {
    if (this.frame) this.opts.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** After a draw: draws once more (`redraw`) when the open card, now laid out, has another size than was assumed. */
  settle(root: ParentNode, redraw: () => void) {
    if (!this.cardOpen) return;
    const size = cardSizeChange(root, this.cardSize);
    if (!size) return;
    this.cardSize = size;
    redraw();
  }

  private rebuildModel() {
    const r = this.report;
    this.model = r ? buildOverlayModel(r.tables, r.findings, r.verified, this.opts.show) : null;
  }

  private metric() {
    return openedMetric(this.report?.metrics, this.state);
  }

  private touchedNow() {
    return touched(this.model, this.state, this.metric()?.numerator.cells ?? []);
  }

  /** Moves to `next`, redrawing what either state shows. */
  private apply(next: CardState, panel = true) {
    const before = this.touchedNow();
    this.state = next;
    this.adapter.draw(touchedEither(before, this.touchedNow()), panel);
  }

  private badgeElement(key: string | null | undefined): HTMLElement | null {
    if (!key) return null;
    for (const root of this.adapter.badgeRoots()) {
      const el = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      if (el) return el;
    }
    return null;
  }

  private openKey(key: string) {
    this.apply(toggleCard(this.state, key));
  }

  private closeCard() {
    const key = this.state.open?.key;
    this.apply({ ...this.state, open: null });
    this.badgeElement(key)?.focus();
  }

  private openMetricCard(key: string) {
    this.apply(toggleMetric(this.state, key));
  }

  private closeMetricCard() {
    const key = this.state.openMetric;
    this.apply({ ...this.state, openMetric: null });
    this.badgeElement(key)?.focus();
  }

  private setPreview(key: string | null) {
    const model = this.model;
    if (!model || key === this.state.preview) return;
    const next = withPreview(model, this.state, key);
    if (next.preview !== this.state.preview) this.apply(next, false);
  }

  private jump(index: number) {
    const j = this.model && jumpTo(this.model, this.state, index);
    if (!j) return;
    this.adapter.scrollToMark(j.mark);
    this.apply(j.state);
  }

  private showCells(focus: number) {
    if (!this.model || !this.state.open) return;
    const { state, terms } = focusFinding(this.model, this.state, focus);
    this.adapter.revealTerms(terms);
    this.apply(state);
  }

  private exportFile(what: ExportKind, table?: number) {
    const file = this.report ? exportFile(this.report, what, table) : null;
    if (file) downloadText(this.adapter.panelRoot, file.name, file.text, file.type);
  }

  /** A layer's badges, table chips, outlines and per-capita chips; null before there is a report. */
  layerView(layer: Layer) {
    const { model, report } = this;
    if (!model || !report) return null;
    const { t, lang } = this.opts;
    const badges = this.adapter.badges(layer, model).map(
      ({ mark, left, top }): BadgeView => ({
        key: mark.key,
        level: mark.level,
        count: mark.findings.length + mark.verified,
        left,
        top,
        label: badgeLabel(mark, model, report.tables, t, lang),
        anchor: anchorName(anchorOfMark(report.tables, mark)),
        text: 'cell' in mark ? report.tables[mark.cell.table]?.grid[mark.cell.row]?.[mark.cell.col] : undefined,
      }),
    );
    const chips: ChipView[] = model.chips.flatMap((chip) => {
      const spot = this.adapter.chip(layer, chip);
      return spot
        ? [{ key: `chip:${chip.table}`, table: chip.table, ...spot, level: chip.worst, ...chipCounts(chip, t, lang) }]
        : [];
    });
    const metricViews: MetricChipView[] = metricChips(report.metrics, lang).flatMap((chip) => {
      const spot = this.adapter.metricChip(layer, chip);
      if (!spot) return [];
      const anchor = anchorName(anchorOfCell(report.tables, chip.cell));
      return [{ key: chip.key, metricId: chip.metricId, ...spot, text: chip.text, label: chip.label, anchor }];
    });
    return (
      <>
        <BadgeLayer
          label={t('overlayLabel')}
          badges={badges}
          chips={chips}
          highlights={this.highlights(layer, model)}
          activeKey={this.state.open?.key ?? null}
          onOpen={(key) => this.openKey(key)}
          onPreview={(key) => this.setPreview(key)}
        />
        {metricViews.length > 0 || this.adapter.alwaysMetricSection ? (
          <section class="bl-layer" aria-label={t('perCapitaTitle')}>
            {metricViews.map((c) => (
              <MetricChip
                key={c.key}
                chip={c}
                active={c.key === this.state.openMetric}
                onOpen={(k) => this.openMetricCard(k)}
              />
            ))}
          </section>
        ) : null}
      </>
    );
  }

  private highlights(layer: Layer, model: OverlayModel): BoxView[] {
    return outlines(model, this.state, this.metric()?.numerator.cells ?? []).flatMap((o): BoxView[] => {
      if (o.kind === 'statement')
        return this.adapter
          .statementBoxes(layer, o.mark)
          .flatMap((b, i) => (b ? [{ key: `${o.prefix}:${i}`, ...b, role: o.role }] : []));
      const b = this.adapter.cellBox(layer, o.cell);
      return b ? [{ key: o.key, ...b, role: o.role }] : [];
    });
  }

  /** The open card (a badge's or a per-capita chip's) and the summary panel. */
  panelView() {
    const { t, lang } = this.opts;
    return (
      <>
        {this.card()}
        {this.metricCard()}
        <OverlaySummary
          t={t}
          lang={lang}
          header={this.adapter.header()}
          progress={this.progress}
          collapsed={this.collapsed}
          onToggle={() => {
            this.collapsed = !this.collapsed;
            this.adapter.draw(UNTOUCHED, true);
          }}
          analysis={this.analysis}
          model={this.model}
          onJump={(i) => this.jump(i)}
          onExport={(what, table) => this.exportFile(what, table)}
          historyHref={this.opts.historyHref}
          openPage={this.opts.openPage}
          execution={this.execution}
        />
      </>
    );
  }

  private card() {
    const { model, report } = this;
    const mark = openMark(model, this.state);
    if (!model || !report || !mark) return null;
    const p = cardPoint(this.badgeElement(mark.key), this.cardSize, this.adapter.cardFallback);
    const c = cardContent(model, report.tables, mark, this.opts.lang);
    return (
      <FindingCard
        t={this.opts.t}
        lang={this.opts.lang}
        title={c.title}
        findings={c.findings}
        verified={c.verified}
        left={p.left}
        top={p.top}
        onClose={() => this.closeCard()}
        onShowCells={(i) => this.showCells(i)}
      />
    );
  }

  private metricCard() {
    const m = this.metric();
    const key = this.state.openMetric;
    if (!m || !key) return null;
    const p = cardPoint(this.badgeElement(key), this.cardSize, this.adapter.cardFallback);
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
}
