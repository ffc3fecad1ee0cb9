/**
 * The overlay on HTML pages: the host-page adapter of the one overlay controller (components/overlay/controller.tsx).
 * Cells and paragraphs are located through lib/locate, measured with getBoundingClientRect in document coordinates
 * and placed by lib/overlay/placement.ts; badges, cards and panel share one shadow-rooted surface laid over the page.
 * It never inserts into, restyles or modifies the host page's own elements.
 */

import { Mark } from '../../components/mark/Mark';
import {
  type BadgeSpot,
  type Box,
  type OverlayAdapter,
  OverlayController,
  type OverlaySettings,
} from '../../components/overlay/controller';
import { mountShadow, type ShadowMount } from '../../components/overlay/mount';
import type { CellRef, Severity } from '../../lib/checks/finding';
import type { Lang, Translate } from '../../lib/i18n/strings';
import type { Analysis } from '../../lib/overlay/analyse';
import type { Mark as Marked } from '../../lib/overlay/card-state';
import type { MetricChipModel } from '../../lib/overlay/metrics-view';
import {
  BADGE_GAP,
  metricChipSize,
  type Point,
  placeBadge,
  placeChip,
  placeClaimBadges,
  placeMetricChip,
  type Rect,
} from '../../lib/overlay/placement';
import type { ClaimMark, OverlayModel, TableChip } from '../../lib/overlay/view-model';
import { docRect, linesAbove, type Near, nearViewport, PageAnchors, textRect } from './page-measure';

export interface PageOverlayOptions extends OverlaySettings {
  css: string;
  kind: 'budget' | 'final';
  tableCount: number;
}

const ALL: Near = { table: () => true, box: () => true };
const BADGE_SIZE = { width: 16, height: 16 };
const CHIP_SIZE = { width: 200, height: 20 };
const px = (n: number) => `${n}px`;
const box = (r: Rect): Box => ({ left: px(r.left), top: px(r.top), width: px(r.width), height: px(r.height) });

export class PageOverlay implements OverlayAdapter<Near> {
  readonly cardFallback = { left: 8, top: 8 };
  readonly alwaysMetricSection = true;
  private readonly mount: ShadowMount;
  private readonly core: OverlayController<Near>;
  private anchors: PageAnchors;
  /**
   * Right after an analysis only the badges near the viewport are drawn (what the reader can see first, and the cost
   * of the first draw); drawRest() adds the others at the next idle moment.
   */
  private nearOnly = false;

  constructor(private opts: PageOverlayOptions) {
    const { doc } = opts;
    for (const el of doc.querySelectorAll('budget-lens-overlay')) el.remove();
    this.mount = mountShadow({
      parent: doc.documentElement,
      tag: 'budget-lens-overlay',
      css: opts.css,
      hostStyle:
        'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483646;margin:0;padding:0;border:0;',
    });
    this.anchors = new PageAnchors(doc, []);
    this.core = new OverlayController(this, opts);
  }

  get panelRoot() {
    return this.mount.root;
  }

  /** New analysis (or a re-run after the page swapped its content): draws the part near the viewport. */
  setAnalysis(analysis: Analysis, tableCount: number) {
    this.opts.tableCount = tableCount;
    this.anchors = new PageAnchors(this.opts.doc, analysis.report?.tables ?? []);
    this.nearOnly = true;
    this.core.setAnalysis(analysis);
  }

  /** Draws the badges away from the viewport too, at the next idle moment; resolves once they are drawn. */
  drawRest(): Promise<void> {
    const win = this.opts.doc.defaultView;
    return new Promise((resolve) => {
      const rest = () => {
        this.nearOnly = false;
        this.draw();
        resolve();
      };
      if (win?.requestIdleCallback) win.requestIdleCallback(rest, { timeout: 300 });
      else setTimeout(rest, 0);
    });
  }

  setSettings(t: Translate, lang: Lang, show: readonly Severity[]) {
    this.core.setSettings(t, lang, show);
  }

  /** Re-lays the badges (resize, a scroll container moved, late layout), at most once per frame. */
  schedule() {
    this.core.schedule();
  }

  /** Redraws only when a card is open (it is fixed-positioned and follows its badge while the page scrolls). */
  onScroll() {
    this.core.onScroll();
  }

  destroy() {
    this.core.destroy();
    this.mount.destroy();
  }

  /** One surface: whatever changed, badges and panel are drawn again. */
  draw() {
    const t0 = performance.now();
    const view = this.view();
    const t1 = performance.now();
    this.mount.render(view);
    performance.measure('budget-lens:draw-layout', { start: t0, end: t1 });
    performance.measure('budget-lens:draw-render', { start: t1, end: performance.now() });
    this.core.settle(this.mount.root, () => this.mount.render(this.view()));
  }

  private view() {
    return (
      <>
        {this.core.layerView(this.near())}
        {this.core.panelView()}
      </>
    );
  }

  header() {
    return <Mark t={this.opts.t} kind={this.opts.kind} tableCount={this.opts.tableCount} />;
  }

  badgeRoots() {
    return [this.mount.root];
  }

  badges(near: Near, model: OverlayModel): BadgeSpot[] {
    const out: BadgeSpot[] = [];
    const spot = (mark: Marked, p: Point): BadgeSpot => ({ mark, left: px(p.left), top: px(p.top) });
    for (const mark of model.marks) {
      if (!near.table(mark.cell.table)) continue;
      const el = this.anchors.cell(mark.cell);
      const cell = el && docRect(el);
      if (!el || !cell) continue;
      // A cell that shows no text (its element's, so a merge's covered positions count by the merged cell) is empty.
      const text = textRect(el);
      out.push(spot(mark, placeBadge(cell, BADGE_SIZE, text, text === null)));
    }
    // Claims beside the line where each ends, a paragraph's together: those ending on one line stand side by side.
    const byBlock = new Map<Element, ClaimMark[]>();
    for (const mark of model.claimMarks) {
      const el = this.anchors.claim(mark);
      if (el) byBlock.set(el, [...(byBlock.get(el) ?? []), mark]);
    }
    for (const [el, marks] of byBlock) {
      const block = docRect(el);
      if (!block || !near.box(block)) continue;
      const inOrder = [...marks].sort((a, b) => (a.claim.start ?? 0) - (b.claim.start ?? 0));
      const lines = inOrder.map((m) => this.anchors.claimLines(m).at(-1) ?? null);
      placeClaimBadges(block, lines, BADGE_SIZE).forEach((p, i) => {
        const mark = inOrder[i];
        if (mark) out.push(spot(mark, p));
      });
    }
    return out;
  }

  chip(_: Near, chip: TableChip) {
    const el = this.anchors.table(chip.table);
    const rect = el && docRect(el);
    if (!el || !rect) return null;
    const p = placeChip(rect, CHIP_SIZE, linesAbove(el, rect, rect.top - CHIP_SIZE.height - 2 * BADGE_GAP));
    return { left: px(p.left), top: px(p.top), rightAligned: p.rightAligned };
  }

  metricChip(_: Near, chip: MetricChipModel) {
    const el = this.anchors.cell(chip.cell);
    const rect = el && docRect(el);
    if (!el || !rect) return null;
    const p = placeMetricChip(rect, metricChipSize(chip.text), textRect(el));
    return { left: px(p.left), top: px(p.top) };
  }

  cellBox(_: Near, cell: CellRef): Box | null {
    const el = this.anchors.cell(cell);
    const r = el && docRect(el);
    return r ? box(r) : null;
  }

  /** A statement's lines, or its whole block when they cannot be found. */
  statementBoxes(_: Near, mark: ClaimMark): Box[] {
    const lines = this.anchors.claimLines(mark);
    if (lines.length > 0) return lines.map(box);
    const el = this.anchors.claim(mark);
    const whole = el && docRect(el);
    return whole ? [box(whole)] : [];
  }

  scrollToMark(mark: Marked) {
    this.scrollTo('cell' in mark ? this.anchors.cell(mark.cell) : this.anchors.claim(mark));
  }

  /** The first term out of view is brought into view; the card follows its badge. */
  revealTerms(terms: CellRef[]) {
    const win = this.opts.doc.defaultView;
    const away = terms
      .map((c) => this.anchors.cell(c))
      .find((el) => {
        const r = el?.getBoundingClientRect();
        return r && win && (r.bottom < 0 || r.top > win.innerHeight);
      });
    if (away) this.scrollTo(away);
  }

  private scrollTo(el: Element | null) {
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  private near(): Near {
    const win = this.opts.doc.defaultView;
    if (!this.nearOnly || !win) return ALL;
    return nearViewport(win, (t) => {
      const el = this.anchors.table(t);
      return el && docRect(el);
    });
  }
}
