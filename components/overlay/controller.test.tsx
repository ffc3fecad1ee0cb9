/**
 * The one overlay controller over a stand-in adapter, rendered with Preact into a linkedom document: what it draws
 * for an analysis, how a badge's card opens and closes (focus back on the badge), what it asks the adapter to redraw,
 * scroll to and bring into view. The page's and the viewer's own adapters are covered by the e2e tests.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { CellRef } from '../../lib/checks/finding';
import { extractHtml } from '../../lib/extract/html';
import { translator } from '../../lib/i18n/strings';
import { analyseSafely } from '../../lib/overlay/analyse';
import type { Mark, Touched } from '../../lib/overlay/card-state';
import type { OverlayModel } from '../../lib/overlay/view-model';
import { analyzeExtracted } from '../../lib/pipeline/analyze';
import { type OverlayAdapter, OverlayController } from './controller';

// 合计 100.00 ≠ 50.00 + 40.00: one finding on the stated cell (row 1, col 1), its terms the two parts.
const PAGE = `<html><head><title>某县财政局2025年部门预算</title></head><body>
<h1>某县财政局2025年部门预算</h1><p>2025年部门收入总表</p><p>单位：万元</p>
<table><thead><tr><th>项目</th><th>合计</th><th>一般公共预算拨款收入</th><th>其他收入</th></tr></thead>
<tbody><tr><td>合计</td><td>100.00</td><td>50.00</td><td>40.00</td></tr></tbody></table>
</body></html>`;

class StandIn implements OverlayAdapter<'layer'> {
  readonly cardFallback = { left: 8, top: 8 };
  readonly alwaysMetricSection = true;
  readonly draws: (Touched | 'all')[] = [];
  readonly scrolled: Mark[] = [];
  readonly revealed: CellRef[][] = [];
  core: OverlayController<'layer'> | null = null;
  constructor(readonly root: HTMLElement) {}
  get panelRoot() {
    return this.root as unknown as ShadowRoot;
  }
  header() {
    return <strong>预算透镜</strong>;
  }
  badgeRoots() {
    return [this.root];
  }
  draw(touched: Touched | 'all') {
    this.draws.push(touched);
    const core = this.core;
    if (!core) return;
    const view = () => (
      <>
        {core.layerView('layer')}
        {core.panelView()}
      </>
    );
    render(view(), this.root);
    core.settle(this.root, () => render(view(), this.root));
  }
  badges(_: 'layer', model: OverlayModel) {
    return model.marks.map((mark) => ({ mark, left: '10px', top: '20px' }));
  }
  chip() {
    return { left: '0px', top: '0px' };
  }
  metricChip() {
    return null;
  }
  cellBox(_: 'layer', c: CellRef) {
    return { left: `${c.col}px`, top: `${c.row}px`, width: '1px', height: '1px' };
  }
  statementBoxes() {
    return [];
  }
  scrollToMark(mark: Mark) {
    this.scrolled.push(mark);
  }
  revealTerms(terms: CellRef[]) {
    this.revealed.push(terms);
  }
}

function setUp() {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  // Preact reads a few globals when it sets event handlers and styles; the controller escapes keys with CSS.escape.
  Object.assign(globalThis, { document, window, CSS: { escape: (s: string) => s.replace(/"/gu, '\\"') } });
  const adapter = new StandIn(document.getElementById('root') as unknown as HTMLElement);
  const core = new OverlayController(adapter, {
    doc: document as unknown as Document,
    t: translator('zh'),
    lang: 'zh',
    show: ['error', 'warning', 'unverified', 'rounding', 'info'],
    historyHref: () => '#',
    openPage: () => undefined,
  });
  adapter.core = core;
  const extracted = extractHtml(parseHTML(PAGE).document as unknown as Document, 'x');
  core.setAnalysis(analyseSafely(extracted, { analyze: analyzeExtracted }));
  const q = (sel: string) => adapter.root.querySelector<HTMLElement>(sel);
  const all = (sel: string) => [...adapter.root.querySelectorAll<HTMLElement>(sel)];
  const click = (el: HTMLElement | null) => el?.dispatchEvent(new window.Event('click', { bubbles: true }));
  return { adapter, core, q, all, click };
}

describe('OverlayController', () => {
  it('draws every layer and the panel for an analysis: badges, table chips, the summary', () => {
    const { adapter, q, all } = setUp();
    expect(adapter.draws).toEqual(['all']);
    expect(all('[data-testid="budget-lens-badge"]').map((b) => [b.dataset.key, b.dataset.anchor])).toEqual([
      ['0:1:1', 'html:0:1:1'],
    ]);
    expect(all('[data-testid="budget-lens-chip"]')).toHaveLength(1);
    expect(q('[data-testid="budget-lens-panel"]')).not.toBeNull();
    expect(q('[data-testid="budget-lens-card"]')).toBeNull();
  });

  it("opens a badge's card with its cells outlined, redraws what it touches, and gives focus back on close", () => {
    const { adapter, q, all, click } = setUp();
    const badge = q('[data-key="0:1:1"]');
    click(badge);
    expect(q('[data-testid="budget-lens-card"]')).not.toBeNull();
    expect(badge?.getAttribute('aria-expanded')).toBe('true');
    expect(all('[data-testid="budget-lens-highlight"]').map((h) => h.className)).toEqual([
      'bl-highlight bl-highlight--stated',
      'bl-highlight bl-highlight--term',
      'bl-highlight bl-highlight--term',
    ]);
    const opened = adapter.draws.at(-1);
    expect(opened !== 'all' && opened?.marks.map((m) => m.key)).toEqual(['0:1:1']);

    const focus = vi.fn();
    if (badge) badge.focus = focus;
    click(q('[data-testid="budget-lens-card"] .bl-icon'));
    expect(q('[data-testid="budget-lens-card"]')).toBeNull();
    expect(all('[data-testid="budget-lens-highlight"]')).toEqual([]);
    expect(focus).toHaveBeenCalledOnce();
    // Closing redraws where the card's cells were.
    const closed = adapter.draws.at(-1);
    expect(closed !== 'all' && closed?.cells.length).toBe(3);
  });

  it("brings a finding's terms into view when the reader asks for its cells", () => {
    const { adapter, q, click } = setUp();
    click(q('[data-key="0:1:1"]'));
    click(q('[data-testid="budget-lens-card"] .bl-link'));
    expect(adapter.revealed).toEqual([
      [
        { table: 0, row: 1, col: 2 },
        { table: 0, row: 1, col: 3 },
      ],
    ]);
    expect(q('[data-testid="budget-lens-card"]')).not.toBeNull();
  });

  it('a finding chosen in the summary list scrolls to its badge and opens its card', () => {
    const { adapter, q, click } = setUp();
    click(q('[data-testid="budget-lens-panel-toggle"]'));
    click(q('[data-testid="budget-lens-panel-finding"]'));
    expect(adapter.scrolled.map((m) => m.key)).toEqual(['0:1:1']);
    expect(q('[data-testid="budget-lens-card"]')).not.toBeNull();
  });

  it('a new setting closes the card and draws everything again', () => {
    const { adapter, core, q, click } = setUp();
    click(q('[data-key="0:1:1"]'));
    core.setSettings(translator('en'), 'en', ['error']);
    expect(adapter.draws.at(-1)).toBe('all');
    expect(q('[data-testid="budget-lens-card"]')).toBeNull();
    // The finding is unverified, not an error: hidden by the setting.
    expect(q('[data-testid="budget-lens-badge"]')).toBeNull();
  });
});
