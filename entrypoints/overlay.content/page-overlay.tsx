/**
 * Content script's overlay controller (HTML pages): owns the view state (analysis, open card, panel collapsed) and
 * the layout. Cells are located through lib/locate, measured with getBoundingClientRect, placed by the pure functions
 * of lib/overlay/placement.ts and drawn by the props-only components in one shadow-rooted surface laid over the
 * page in document coordinates. It never inserts into, restyles or modifies the host page's own elements.
 */

import { Mark } from '../../components/mark/Mark';
import type { BadgeView } from '../../components/overlay/Badge';
import { BadgeLayer, type BoxView, type ChipView } from '../../components/overlay/BadgeLayer';
import { cardPoint, cardSizeChange } from '../../components/overlay/card-place';
import { downloadText } from '../../components/overlay/download';
import { FindingCard } from '../../components/overlay/FindingCard';
import { MetricCard } from '../../components/overlay/MetricCard';
import { MetricChip, type MetricChipView } from '../../components/overlay/MetricChip';
import { mountShadow, type ShadowMount } from '../../components/overlay/mount';
import { OverlaySummary } from '../../components/overlay/OverlaySummary';
import type { CellRef, Severity } from '../../lib/checks/finding';
import type { ExecutionComparison } from '../../lib/history/execution';
import type { Lang, Translate } from '../../lib/i18n/strings';
import { type AnchoredTable, anchorOfCell, firstAnchorOfTable } from '../../lib/locate/cells';
import { createHtmlLocator, type HtmlLocator } from '../../lib/locate/html';
import type { Analysis } from '../../lib/overlay/analyse';
import { type AskExecution, askExecutionFor } from '../../lib/overlay/execution';
import { type ExportKind, exportFile } from '../../lib/overlay/exports';
import { metricById, metricChips } from '../../lib/overlay/metrics-view';
import {
  BADGE_GAP,
  metricChipSize,
  placeBadge,
  placeChip,
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

export interface PageOverlayOptions {
  doc: Document;
  css: string;
  t: Translate;
  lang: Lang;
  show: readonly Severity[];
  kind: 'budget' | 'final';
  tableCount: number;
  /** Address of the history page for an organisation (the history link's href). */
  historyHref: (organisation: string) => string;
  /** Opens an extension page (a web page may not navigate to one itself). */
  openPage: (page: 'history' | 'options', organisation?: string) => void;
  /** The 决算 against its year's 预算 in the reader's history (null when that budget was never opened). */
  execution?: AskExecution;
}

interface OpenCard {
  key: string;
  /** Which finding of the mark has its cells highlighted. */
  focus: number;
}

const BADGE_SIZE = { width: 16, height: 16 };
const CHIP_SIZE = { width: 200, height: 20 };
const CARD_ESTIMATE = { width: 420, height: 240 };

export class PageOverlay {
  private readonly mount: ShadowMount;
  private analysis: Analysis | null = null;
  private model: OverlayModel | null = null;
  private locator: HtmlLocator;
  private collapsed = true;
  private execution: ExecutionComparison | null = null;
  private open: OpenCard | null = null;
  /** Key of the per-capita chip whose card is open (`metric:<id>`). */
  private openMetric: string | null = null;
  /** The statement badge under the pointer or focus: its statement is marked in the text. */
  private preview: string | null = null;
  private frame = 0;
  private cardSize = CARD_ESTIMATE;
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
    this.locator = createHtmlLocator(doc);
  }

  /** New analysis (or a re-run after the page swapped its content): draws the part near the viewport. */
  setAnalysis(analysis: Analysis, tableCount: number) {
    this.analysis = analysis;
    this.execution = null;
    askExecutionFor(
      this.opts.execution,
      analysis,
      () => this.analysis,
      (e) => {
        this.execution = e;
        this.draw();
      },
    );
    this.opts.tableCount = tableCount;
    this.locator = createHtmlLocator(this.opts.doc);
    this.open = null;
    this.openMetric = null;
    this.nearOnly = true;
    this.rebuildModel();
    this.draw();
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
    Object.assign(this.opts, { t, lang, show });
    this.open = null;
    this.openMetric = null;
    this.rebuildModel();
    this.draw();
  }

  /** Re-lays the badges (resize, a scroll container moved, late layout), at most once per frame. */
  schedule() {
    if (this.frame) return;
    const win = this.opts.doc.defaultView;
    this.frame = win ? win.requestAnimationFrame(() => this.runFrame()) : 0;
  }

  destroy() {
    if (this.frame) this.opts.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.mount.destroy();
  }

  private runFrame() {
    this.frame = 0;
    this.draw();
  }

  private rebuildModel() {
    const a = this.analysis;
    this.model = a?.report
      ? buildOverlayModel(a.report.tables, a.report.findings, a.report.verified, this.opts.show)
      : null;
  }

  private cellElement(ref: CellRef): Element | null {
    const report = this.analysis?.report;
    if (!report) return null;
    const anchor = anchorOfCell(report.tables, ref);
    return anchor?.kind === 'html' ? this.locator.cell(anchor) : null;
  }

  private claimElement(mark: ClaimMark): Element | null {
    const a = mark.claim.anchor;
    return a?.kind === 'html-block' ? this.locator.block(a) : null;
  }

  private elementOf(mark: CellMark | ClaimMark): Element | null {
    return 'cell' in mark ? this.cellElement(mark.cell) : this.claimElement(mark);
  }

  /** A viewport rect (getBoundingClientRect, a Range's client rects) in document coordinates. */
  private toDoc(r: DOMRect): Rect {
    const win = this.opts.doc.defaultView;
    return { left: r.left + (win?.scrollX ?? 0), top: r.top + (win?.scrollY ?? 0), width: r.width, height: r.height };
  }

  /** Rect of an element in document coordinates; null when it is not rendered. */
  private docRect(el: Element): Rect | null {
    const r = el.getBoundingClientRect();
    return r.width === 0 && r.height === 0 ? null : this.toDoc(r);
  }

  /** The <table> element a report table was read from (its first anchored cell's table). */
  private tableElement(tables: readonly AnchoredTable[], t: number): Element | null {
    const a = firstAnchorOfTable(tables[t] ?? { anchors: [] });
    return a?.kind === 'html' ? this.locator.table(a.table) : null;
  }

  /** The box of the element's text (where the digits are), document coordinates. */
  private textRect(el: Element): Rect | null {
    const range = this.opts.doc.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    range.detach();
    return r.width === 0 ? null : this.toDoc(r);
  }

  /** The boxes of a claim's text, line by line (document coordinates); empty when it cannot be found in the page. */
  private claimLines(mark: ClaimMark): Rect[] {
    const { anchor, start, end } = mark.claim;
    if (anchor?.kind !== 'html-block' || start === undefined || end === undefined) return [];
    const span = this.locator.blockSpan(anchor, start, end);
    if (!span) return [];
    const range = this.opts.doc.createRange();
    try {
      range.setStart(span.start.node, span.start.offset);
      range.setEnd(span.end.node, span.end.offset);
    } catch {
      return []; // the page changed under the claim since it was read
    }
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => this.toDoc(r));
  }

  /** Whether a table or a box lies within a screen of the viewport (everything, once drawRest() has run). */
  private nearViewport(tables: readonly AnchoredTable[]) {
    const win = this.opts.doc.defaultView;
    const h = win?.innerHeight ?? 900;
    const top = (win?.scrollY ?? 0) - h;
    const bottom = (win?.scrollY ?? 0) + 2 * h;
    const box = (r: Rect) => !this.nearOnly || (r.top < bottom && r.top + r.height > top);
    const seen = new Map<number, boolean>();
    const table = (t: number) => {
      if (!this.nearOnly) return true;
      let near = seen.get(t);
      if (near === undefined) {
        const el = this.tableElement(tables, t);
        const r = el && this.docRect(el);
        near = !!r && box(r);
        seen.set(t, near);
      }
      return near;
    };
    return { table, box };
  }

  private badges(model: OverlayModel): BadgeView[] {
    const report = this.analysis?.report;
    if (!report) return [];
    const out: BadgeView[] = [];
    const view = (mark: CellMark | ClaimMark, p: { left: number; top: number }): BadgeView => ({
      key: mark.key,
      level: mark.level,
      count: mark.findings.length + mark.verified,
      left: `${p.left}px`,
      top: `${p.top}px`,
      label: badgeLabel(mark, model, report.tables, this.opts.t, this.opts.lang),
      anchor: anchorAttr('cell' in mark ? anchorOfCell(report.tables, mark.cell) : mark.claim.anchor),
      text: 'cell' in mark ? report.tables[mark.cell.table]?.grid[mark.cell.row]?.[mark.cell.col] : undefined,
    });
    const near = this.nearViewport(report.tables);
    for (const mark of model.marks) {
      if (!near.table(mark.cell.table)) continue;
      const el = this.cellElement(mark.cell);
      const cell = el && this.docRect(el);
      if (!el || !cell) continue;
      // A cell that shows no text (its element's, so a merge's covered positions count by the merged cell) is empty.
      const text = this.textRect(el);
      out.push(view(mark, placeBadge(cell, BADGE_SIZE, text, text === null)));
    }
    // Claims beside the line where each ends, a paragraph's together: those ending on one line stand side by side.
    const byBlock = new Map<Element, ClaimMark[]>();
    for (const mark of model.claimMarks) {
      const el = this.claimElement(mark);
      if (el) byBlock.set(el, [...(byBlock.get(el) ?? []), mark]);
    }
    for (const [el, marks] of byBlock) {
      const block = this.docRect(el);
      if (!block || !near.box(block)) continue;
      const inOrder = [...marks].sort((a, b) => (a.claim.start ?? 0) - (b.claim.start ?? 0));
      const points = placeClaimBadges(
        block,
        inOrder.map((m) => this.claimLines(m).at(-1) ?? null),
        BADGE_SIZE,
      );
      inOrder.forEach((mark, i) => {
        const p = points[i];
        if (p) out.push(view(mark, p));
      });
    }
    return out;
  }

  /**
   * Boxes of the text lines printed just above a table (its 单位 / 部门名称 lines), document coordinates: what its chip
   * must not cover. Looks at the elements before the table, and before its wrapper when it has none of its own.
   */
  private linesAbove(table: Element, rect: Rect): Rect[] {
    const reach = rect.top - CHIP_SIZE.height - 2 * BADGE_GAP;
    const out: Rect[] = [];
    let el: Element | null = table;
    for (let hops = 0; el && hops < 4; hops++) {
      const prev: Element | null = el.previousElementSibling;
      if (!prev) {
        el = el.parentElement;
        continue;
      }
      el = prev;
      const range = this.opts.doc.createRange();
      range.selectNodeContents(prev);
      const lines = [...range.getClientRects()]
        .map((r) => this.toDoc(r))
        .filter((r) => r.width > 0 && r.height > 0 && r.top + r.height > reach && r.top < rect.top);
      out.push(...lines);
      const box = this.toDoc(prev.getBoundingClientRect());
      if (box.top + box.height < reach) break;
    }
    return out;
  }

  private chips(model: OverlayModel): ChipView[] {
    const report = this.analysis?.report;
    if (!report) return [];
    const out: ChipView[] = [];
    for (const chip of model.chips) {
      const tableEl = this.tableElement(report.tables, chip.table);
      const rect = tableEl && this.docRect(tableEl);
      if (!rect) continue;
      const p = placeChip(rect, CHIP_SIZE, this.linesAbove(tableEl, rect));
      const words = chipCounts(chip, this.opts.t, this.opts.lang);
      out.push({
        key: `chip:${chip.table}`,
        table: chip.table,
        left: `${p.left}px`,
        top: `${p.top}px`,
        rightAligned: p.rightAligned,
        level: chip.worst,
        ...words,
      });
    }
    return out;
  }

  private metricChipViews(): MetricChipView[] {
    const report = this.analysis?.report;
    if (!report) return [];
    const out: MetricChipView[] = [];
    for (const chip of metricChips(report.metrics, this.opts.lang)) {
      const el = this.cellElement(chip.cell);
      const rect = el && this.docRect(el);
      if (!el || !rect) continue;
      const p = placeMetricChip(rect, metricChipSize(chip.text), this.textRect(el));
      out.push({
        key: chip.key,
        metricId: chip.metricId,
        left: `${p.left}px`,
        top: `${p.top}px`,
        text: chip.text,
        label: chip.label,
        anchor: anchorAttr(anchorOfCell(report.tables, chip.cell)),
      });
    }
    return out;
  }

  private openMetricCard(key: string) {
    this.openMetric = this.openMetric === key ? null : key;
    this.open = null;
    this.draw();
  }

  private closeMetricCard() {
    const key = this.openMetric;
    this.openMetric = null;
    this.draw();
    if (key) this.badgeElement(key)?.focus();
  }

  private openedMetric() {
    const report = this.analysis?.report;
    const id = this.openMetric?.replace(/^metric:/u, '');
    return report && id ? metricById(report.metrics, id) : null;
  }

  private metricHighlights(): BoxView[] {
    const m = this.openedMetric();
    if (!m) return [];
    return m.numerator.cells.flatMap((c, i) => {
      const el = this.cellElement(c);
      const r = el && this.docRect(el);
      return r ? [boxView(`metric:${c.table}:${c.row}:${c.col}:${i}`, r, 'stated')] : [];
    });
  }

  private metricCard() {
    const m = this.openedMetric();
    const key = this.openMetric;
    if (!m || !key) return null;
    const p = cardPoint(this.badgeElement(key), this.cardSize, { left: 8, top: 8 });
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

  private highlights(model: OverlayModel): BoxView[] {
    if (this.openMetric) return this.metricHighlights();
    const open = this.openCardHighlights(model);
    const preview = this.preview !== this.open?.key ? model.claimMarks.find((m) => m.key === this.preview) : undefined;
    if (!preview) return open;
    return [...open, ...this.claimBoxes(preview).map((r, i) => boxView(`preview:${i}`, r, 'preview'))];
  }

  /** Where a statement's text is: its lines, or its whole block when they cannot be found. */
  private claimBoxes(mark: ClaimMark): Rect[] {
    const lines = this.claimLines(mark);
    if (lines.length > 0) return lines;
    const el = this.claimElement(mark);
    const whole = el && this.docRect(el);
    return whole ? [whole] : [];
  }

  /** Shows or hides the statement of the badge under the pointer or focus (statement badges only). */
  private setPreview(key: string | null) {
    const model = this.model;
    if (key === this.preview || !model) return;
    const was = this.preview;
    this.preview = key !== null && model.claimMarks.some((m) => m.key === key) ? key : null;
    if (this.preview !== was) this.draw();
  }

  private openCardHighlights(model: OverlayModel): BoxView[] {
    const mark = this.openMark(model);
    if (!mark) return [];
    const findingIndex = mark.findings[this.open?.focus ?? 0];
    const finding = findingIndex !== undefined ? model.findings[findingIndex] : undefined;
    const cells: CellRef[] = finding ? finding.cells : 'cell' in mark ? [mark.cell] : [];
    // A statement in the text is what is checked (stated); the table cells it is checked against are the terms.
    const boxes: BoxView[] =
      'cell' in mark ? [] : this.claimBoxes(mark).map((r, i) => boxView(`claim:${i}`, r, 'stated'));
    cells.forEach((c, i) => {
      const el = this.cellElement(c);
      const r = el && this.docRect(el);
      if (r) boxes.push(boxView(`${c.table}:${c.row}:${c.col}:${i}`, r, i === 0 && 'cell' in mark ? 'stated' : 'term'));
    });
    return boxes;
  }

  private openMark(model: OverlayModel): CellMark | ClaimMark | null {
    if (!this.open) return null;
    const key = this.open.key;
    return model.marks.find((m) => m.key === key) ?? model.claimMarks.find((m) => m.key === key) ?? null;
  }

  private badgeElement(key: string): HTMLElement | null {
    return this.mount.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  private openKey(key: string, focus = 0) {
    this.openMetric = null;
    this.open = this.open?.key === key && focus === this.open.focus ? null : { key, focus };
    this.draw();
  }

  private closeCard() {
    const key = this.open?.key;
    this.open = null;
    this.draw();
    if (key) this.badgeElement(key)?.focus();
  }

  private scrollTo(el: Element | null) {
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  private jump(index: number) {
    const model = this.model;
    if (!model) return;
    const mark = markOfFinding(model, index);
    if (!mark) return;
    this.scrollTo(this.elementOf(mark));
    this.openMetric = null;
    this.open = { key: mark.key, focus: Math.max(0, mark.findings.indexOf(index)) };
    this.draw();
  }

  private showCells(focus: number) {
    const model = this.model;
    if (!model || !this.open) return;
    this.open = { key: this.open.key, focus };
    const mark = this.openMark(model);
    const fi = mark?.findings[focus];
    const f = fi !== undefined ? model.findings[fi] : undefined;
    // Terms may sit in another table: bring the first one out of view into view, the card follows its badge.
    const win = this.opts.doc.defaultView;
    const away = f?.cells
      .slice(1)
      .map((c) => this.cellElement(c))
      .find((el) => {
        const r = el?.getBoundingClientRect();
        return r && win && (r.bottom < 0 || r.top > win.innerHeight);
      });
    if (away) this.scrollTo(away);
    this.draw();
  }

  private card(model: OverlayModel) {
    const report = this.analysis?.report;
    const mark = this.openMark(model);
    if (!report || !mark) return null;
    const p = cardPoint(this.badgeElement(mark.key), this.cardSize, { left: 8, top: 8 });
    const title =
      'cell' in mark ? cellWhere(report.tables, mark.cell, this.opts.lang) : (mark.claim.section ?? mark.claim.text);
    return (
      <FindingCard
        t={this.opts.t}
        lang={this.opts.lang}
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

  private exportFile(what: ExportKind, table?: number) {
    const a = this.analysis;
    const file = a?.report ? exportFile(a.report, what, table) : null;
    if (file) downloadText(this.mount.root, file.name, file.text, file.type);
  }

  private draw() {
    const t0 = performance.now();
    const view = this.view();
    const t1 = performance.now();
    this.mount.render(view);
    performance.measure('budget-lens:draw-layout', { start: t0, end: t1 });
    performance.measure('budget-lens:draw-render', { start: t1, end: performance.now() });
    if (!this.open && !this.openMetric) return;
    // Place the card a second time now that it is laid out (its height depends on its content).
    const size = cardSizeChange(this.mount.root, this.cardSize);
    if (!size) return;
    this.cardSize = size;
    this.mount.render(this.view());
  }

  /** Redraws only when a card is open (it is fixed-positioned and follows its badge while the page scrolls). */
  onScroll() {
    if (this.open || this.openMetric) this.schedule();
  }

  private view() {
    const { t, lang } = this.opts;
    const a = this.analysis;
    const model = this.model;
    const report = a?.report ?? null;
    return (
      <>
        {model ? (
          <BadgeLayer
            label={t('overlayLabel')}
            badges={this.badges(model)}
            chips={this.chips(model)}
            highlights={this.highlights(model)}
            activeKey={this.open?.key ?? null}
            onOpen={(key) => this.openKey(key)}
            onPreview={(key) => this.setPreview(key)}
          />
        ) : null}
        {report ? (
          <section class="bl-layer" aria-label={t('perCapitaTitle')}>
            {this.metricChipViews().map((c) => (
              <MetricChip
                key={c.key}
                chip={c}
                active={c.key === this.openMetric}
                onOpen={(k) => this.openMetricCard(k)}
              />
            ))}
          </section>
        ) : null}
        {model ? this.card(model) : null}
        {this.metricCard()}
        <OverlaySummary
          t={t}
          lang={lang}
          header={<Mark t={t} kind={this.opts.kind} tableCount={this.opts.tableCount} />}
          collapsed={this.collapsed}
          onToggle={() => {
            this.collapsed = !this.collapsed;
            this.draw();
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

function boxView(key: string, r: Rect, role: BoxView['role']): BoxView {
  return { key, left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px`, role };
}

function anchorAttr(a: { kind: string; table?: number; row?: number; cell?: number; block?: number } | null): string {
  if (!a) return '';
  return a.kind === 'html'
    ? `html:${a.table}:${a.row}:${a.cell}`
    : a.kind === 'html-block'
      ? `block:${a.block}`
      : a.kind;
}
