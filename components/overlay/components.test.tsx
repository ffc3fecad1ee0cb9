/**
 * The overlay components rendered with Preact into a linkedom document (no browser): what a screen reader and a
 * keyboard user get — labels, glyphs beside colours, the numbers on the card, the panel's counts and list.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../lib/checks/finding';
import { translator } from '../../lib/i18n/strings';
import { BadgeLayer } from './BadgeLayer';
import { FindingCard } from './FindingCard';
import { SummaryPanel } from './SummaryPanel';

function dom() {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  // Preact reads a few globals when it sets event handlers and styles.
  Object.assign(globalThis, { document, window });
  return document.getElementById('root') as unknown as HTMLElement;
}

const t = translator('zh');
const finding: Finding = {
  rule: 'row-parts',
  severity: 'error',
  message: { zh: '合计不等于各项之和', en: 'Total differs from its parts' },
  formula: '合计 1261.62 ≠ 基本支出 427.87 + 项目支出 833.76',
  stated: '1261.62',
  computed: '1261.63',
  difference: '-0.01',
  tolerance: '0.005',
  unit: '万元',
  cells: [
    { table: 0, row: 2, col: 2 },
    { table: 0, row: 2, col: 3 },
  ],
  claim: null,
};

describe('BadgeLayer', () => {
  it('draws labelled buttons with a glyph per level and a count, at the given positions', () => {
    const root = dom();
    const onOpen = vi.fn();
    render(
      <BadgeLayer
        label="marks"
        badges={[
          { key: 'a', level: 'error', count: 2, left: '10px', top: '20px', label: '错误: 合计不等于各项之和' },
          { key: 'b', level: 'verified', count: 1, left: '30px', top: '40px', label: '核对一致' },
        ]}
        chips={[
          {
            key: 'c',
            table: 0,
            left: '0px',
            top: '0px',
            kind: '支出预算总表',
            text: '✓ 1',
            label: '支出预算总表, 1 通过',
            level: 'verified',
          },
        ]}
        highlights={[]}
        activeKey="a"
        onOpen={onOpen}
      />,
      root,
    );
    const buttons = root.querySelectorAll('button');
    expect(buttons).toHaveLength(2);
    const error = buttons[0] as HTMLButtonElement;
    expect(error.getAttribute('aria-label')).toBe('错误: 合计不等于各项之和');
    expect(error.getAttribute('aria-expanded')).toBe('true');
    expect(error.getAttribute('data-level')).toBe('error');
    expect(error.textContent).toBe('✕2');
    expect(error.getAttribute('style')?.replace(/\s/g, '')).toContain('left:10px');
    expect(buttons[1]?.textContent).toBe('✓');
    expect(root.querySelector('[data-testid="budget-lens-chip"]')?.getAttribute('aria-label')).toBe(
      '支出预算总表, 1 通过',
    );
  });
});

describe('Badge preview', () => {
  it('reports the pointer and the focus on a badge, and their leaving', () => {
    const root = dom();
    const onPreview = vi.fn();
    render(
      <BadgeLayer
        label="marks"
        badges={[{ key: 'claim:1', level: 'verified', count: 1, left: '0px', top: '0px', label: '核对一致' }]}
        chips={[]}
        highlights={[{ key: 'p', left: '1px', top: '2px', width: '30px', height: '10px', role: 'preview' }]}
        activeKey={null}
        onOpen={vi.fn()}
        onPreview={onPreview}
      />,
      root,
    );
    const badge = root.querySelector('button') as HTMLButtonElement;
    for (const type of ['pointerenter', 'pointerleave', 'focus', 'blur'])
      badge.dispatchEvent(new (root.ownerDocument.defaultView as unknown as typeof globalThis).Event(type));
    expect(onPreview.mock.calls).toEqual([['claim:1'], [null], ['claim:1'], [null]]);
    expect(root.querySelector('.bl-highlight--preview')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('FindingCard', () => {
  it('shows the rule in words, the formula and the numbers with units, and closes', () => {
    const root = dom();
    const onClose = vi.fn();
    render(
      <FindingCard
        t={t}
        lang="zh"
        title="支出预算表 · 合计"
        findings={[finding]}
        verified={1}
        left={10}
        top={20}
        onClose={onClose}
        onShowCells={() => {}}
      />,
      root,
    );
    const text = root.textContent ?? '';
    expect(text).toContain('合计不等于各项之和');
    expect(text).toContain('算式合计 1261.62 ≠ 基本支出 427.87 + 项目支出 833.76');
    expect(text).toContain('列示数1261.62 万元');
    expect(text).toContain('差额-0.01 万元');
    expect(text).toContain('舍入容差±0.005 万元');
    expect(text).toContain('此数与相关各项核对一致');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('bl-card-title');
    (root.querySelector('button[aria-label="关闭"]') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('SummaryPanel', () => {
  const base = {
    t,
    collapsed: false,
    onToggle: () => {},
    doc: { organisation: '泽州县能源局', year: 2025, kind: 'budget' as const },
    counts: { error: 1, warning: 0, unverified: 0, rounding: 2, info: 0 },
    passed: 40,
    hidden: 0,
    findings: [{ index: 0, severity: 'error' as const, message: '合计不等于各项之和', where: '支出预算表 · 合计' }],
    failedTables: [],
    warnings: [],
    error: null,
    tables: [{ index: 0, label: '支出预算表' }],
    canMarkdown: true,
  };

  it('lists the document, counts and findings; a finding jumps, exports are offered', () => {
    const root = dom();
    const onJump = vi.fn();
    const onExport = vi.fn();
    render(<SummaryPanel {...base} status="ready" onJump={onJump} onExport={onExport} />, root);
    const text = root.textContent ?? '';
    expect(text).toContain('泽州县能源局');
    expect(text).toContain('2025');
    expect(root.querySelector('[data-testid="budget-lens-count-error"]')?.textContent).toContain('错误 1');
    expect(text).toContain('40 项核对一致');
    (root.querySelector('[data-testid="budget-lens-panel-finding"]') as HTMLButtonElement).click();
    expect(onJump).toHaveBeenCalledWith(0);
    (root.querySelector('[data-testid="budget-lens-export-json"]') as HTMLButtonElement).click();
    expect(onExport).toHaveBeenCalledWith('json');
  });

  it('lists the tables whose reading the checks do not confirm, with the reason', () => {
    const root = dom();
    render(
      <SummaryPanel
        {...base}
        status="ready"
        unreadTables={[{ title: '表13 “三公”经费', reason: '本表有 24 处关系不成立' }]}
        onJump={() => {}}
        onExport={() => {}}
      />,
      root,
    );
    const list = root.querySelector('[data-testid="budget-lens-unread-tables"]');
    expect(list?.textContent).toContain('未能可靠读取的表格');
    expect(list?.textContent).toContain('表13 “三公”经费 — 本表有 24 处关系不成立');
    expect(list?.textContent).toContain('未能核实');
  });

  it('says which table could not be read and why the page could not be analysed', () => {
    const root = dom();
    render(
      <SummaryPanel
        {...base}
        status="error"
        failedTables={[{ title: '2025年项目支出表', reason: 'bad header' }]}
        error="no body"
        onJump={() => {}}
        onExport={() => {}}
      />,
      root,
    );
    const text = root.textContent ?? '';
    expect(text).toContain('无法读取的表格');
    expect(text).toContain('2025年项目支出表 — bad header');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no body');
  });

  it('says when the document was too large to analyse whole, beside the report of what was analysed', () => {
    const root = dom();
    const said = '文档过大（共 40 张表、90000 个单元格）：只分析了前 12 张表。';
    render(<SummaryPanel {...base} status="ready" tooLarge={said} onJump={() => {}} onExport={() => {}} />, root);
    expect(root.querySelector('[data-testid="budget-lens-too-large"]')?.textContent).toBe(said);
    expect(root.querySelector('[data-testid="budget-lens-export-json"]')).not.toBeNull();
  });

  it('collapsed, it is only its header with the tallies', () => {
    const root = dom();
    render(<SummaryPanel {...base} status="ready" collapsed={true} onJump={() => {}} onExport={() => {}} />, root);
    expect(root.querySelector('.bl-panel__body')).toBeNull();
    expect(root.querySelector('[data-testid="budget-lens-panel-toggle"]')?.getAttribute('aria-expanded')).toBe('false');
    expect(root.textContent).toContain('✕ 1');
  });
});
