import { describe, expect, it } from 'vitest';
import { finding } from '../../tests/support/findings';
import type { Verified } from '../checks/finding';
import { translator } from '../i18n/strings';
import { chipCounts } from './texts';
import { buildOverlayModel, cellKey, findingsForCell, markOfFinding } from './view-model';

const verified = (cells: [number, number, number][]): Verified => ({
  rule: 'row-parts',
  cells: cells.map(([table, row, col]) => ({ table, row, col })),
  claim: null,
});
const tables = [
  { kind: 'budget.summary' as const, title: '收支预算总表' },
  { kind: 'toc' as const, title: '目录' },
  { kind: 'budget.expenditure' as const, title: null },
];

describe('buildOverlayModel', () => {
  const findings = [
    finding('rounding', [[0, 3, 2]]),
    finding('error', [
      [0, 3, 2],
      [0, 4, 2],
      [0, 5, 2],
    ]),
    finding('warning', [[2, 1, 1]]),
    finding('info', []),
  ];
  const model = buildOverlayModel(tables, findings, [verified([[0, 3, 2]]), verified([[2, 6, 3]])]);

  it('puts one mark on each stated cell, the most important level first', () => {
    expect(model.marks.map((m) => [m.key, m.level])).toEqual([
      ['0:3:2', 'error'],
      ['2:1:1', 'warning'],
      ['2:6:3', 'verified'],
    ]);
    const m = model.marks[0];
    expect(m?.findings).toEqual([1, 0]);
    expect(m?.verified).toBe(1);
  });

  it('never marks the terms, only the stated cell', () => {
    expect(model.marks.some((m) => m.key === '0:4:2')).toBe(false);
  });

  it('counts by severity and passed checks; chips only for statement tables', () => {
    expect(model.counts).toEqual({ error: 1, warning: 1, unverified: 0, rounding: 1, info: 1 });
    expect(model.passed).toBe(2);
    expect(model.chips.map((c) => c.table)).toEqual([0, 2]);
    expect(model.chips[0]).toMatchObject({ passed: 1, worst: 'error', bySeverity: { error: 1, rounding: 1 } });
    expect(model.chips[1]).toMatchObject({ passed: 1, worst: 'warning' });
  });

  it('honours the severity setting and says how many were hidden', () => {
    const m = buildOverlayModel(tables, findings, [], ['error', 'warning']);
    expect(m.findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(m.hidden).toBe(2);
    expect(m.marks.find((x) => x.key === '0:3:2')?.findings).toEqual([0]);
  });

  it('selects findings for a cell and the mark of a finding', () => {
    expect(findingsForCell(model, cellKey({ table: 0, row: 3, col: 2 })).map((f) => f.severity)).toEqual([
      'error',
      'rounding',
    ]);
    expect(findingsForCell(model, '9:9:9')).toEqual([]);
    expect(markOfFinding(model, 2)?.key).toBe('2:1:1');
    expect(markOfFinding(model, 3)).toBeNull();
  });

  it('marks narrative claims that have an anchor', () => {
    const claim = { text: '支出合计 10 万元', section: '二、支出', anchor: { kind: 'html-block' as const, block: 7 } };
    const f = { ...finding('error', []), claim };
    const m = buildOverlayModel(tables, [f], [{ rule: 'x', cells: [], claim }]);
    expect(m.claimMarks).toHaveLength(1);
    expect(m.claimMarks[0]).toMatchObject({ level: 'error', findings: [0], verified: 1 });
    // Each claim of a paragraph has its own badge (beside its own sentence); results on one claim share it, the most
    // important level shown.
    const placed = { ...claim, start: 20, end: 30 };
    const second = { ...finding('rounding', []), claim: placed };
    const third = { ...finding('warning', []), claim: { ...claim, start: 40, end: 48 } };
    const all = buildOverlayModel(
      tables,
      [second, third, { ...finding('error', []), claim: placed }],
      [{ rule: 'x', cells: [], claim: placed }],
    );
    expect(all.claimMarks).toHaveLength(2);
    expect(all.claimMarks[0]).toMatchObject({ claim: placed, level: 'error', findings: [2, 0], verified: 1 });
    expect(all.claimMarks[1]).toMatchObject({ level: 'warning', findings: [1] });
  });

  it('a statement found wrong against a table cell is marked in the text, not on the cell', () => {
    const claim = {
      text: '财政拨款收入支出总计0.3万元',
      section: '四、',
      anchor: { kind: 'html-block' as const, block: 3 },
    };
    const f = { ...finding('error', [[0, 3, 2]]), claim };
    const m = buildOverlayModel(tables, [f], [{ rule: 'x', cells: [{ table: 0, row: 3, col: 2 }], claim }]);
    expect(m.claimMarks).toHaveLength(1);
    expect(m.claimMarks[0]).toMatchObject({ level: 'error', findings: [0] });
    // …while a statement that holds stays a ✓ on its cell
    expect(m.marks.map((x) => [x.key, x.verified, x.findings])).toEqual([['0:3:2', 1, []]]);
  });

  it('marks the chip of a table not read with confidence, and says why', () => {
    const unread = [
      {
        kind: 'budget.expenditure' as const,
        title: '支出总表',
        reading: { confident: false, reason: { zh: '本表有 5 处关系不成立', en: '5 identities fail' } },
      },
    ];
    const m = buildOverlayModel(unread, [finding('unverified', [[0, 2, 2]])], []);
    expect(m.chips[0]).toMatchObject({ worst: 'unverified', unread: { zh: '本表有 5 处关系不成立' } });
    const words = chipCounts(m.chips[0]!, translator('zh'), 'zh');
    expect(words.text).toContain('本表未能可靠读取');
    expect(words.label).toContain('本表有 5 处关系不成立');
  });

  it('is empty but well-formed without results', () => {
    const m = buildOverlayModel([], [], []);
    expect(m).toMatchObject({ marks: [], claimMarks: [], chips: [], passed: 0, hidden: 0 });
  });
});
