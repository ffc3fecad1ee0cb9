import { describe, expect, it } from 'vitest';
import { finding } from '../../tests/support/findings';
import type { ClaimRef } from '../checks/finding';
import {
  anchorName,
  cardContent,
  focusFinding,
  jumpTo,
  markByKey,
  NO_CARD,
  openMark,
  outlines,
  toggleCard,
  toggleMetric,
  touched,
  withPreview,
} from './card-state';
import { buildOverlayModel } from './view-model';

const failed = (cells: [number, number, number][], claim: ClaimRef | null = null) => ({
  ...finding('error', cells),
  claim,
});
const claim: ClaimRef = {
  text: '支出合计 10 万元',
  section: '二、支出',
  anchor: { kind: 'html-block', block: 7 },
  start: 0,
  end: 9,
};
const tables = [{ kind: 'budget.summary' as const, title: '收支预算总表' }];
// Finding 0 and 1 on cell 0:3:2 (two findings behind one badge), finding 2 a statement checked against 0:5:2.
const model = buildOverlayModel(
  tables,
  [
    failed([
      [0, 3, 2],
      [0, 4, 2],
      [0, 5, 2],
    ]),
    failed([
      [0, 3, 2],
      [0, 6, 2],
    ]),
    failed([[0, 5, 2]], claim),
  ],
  [{ rule: 'x', cells: [{ table: 0, row: 8, col: 1 }], claim: null }],
);
const cellKey = '0:3:2';
const claimKey = model.claimMarks[0]?.key ?? '';
function mark(key: string) {
  const m = markByKey(model, key);
  if (!m) throw new Error(`no mark ${key}`);
  return m;
}

describe('card state', () => {
  it('a badge opens its card on its first finding and closes it when activated again', () => {
    const open = toggleCard(NO_CARD, cellKey);
    expect(open.open).toEqual({ key: cellKey, focus: 0 });
    expect(openMark(model, open)?.key).toBe(cellKey);
    expect(toggleCard(open, cellKey).open).toBeNull();
    // Another badge's card replaces it.
    expect(toggleCard(open, claimKey).open).toEqual({ key: claimKey, focus: 0 });
  });

  it('a finding card and a per-capita card are never open together', () => {
    const metric = toggleMetric(toggleCard(NO_CARD, cellKey), 'metric:per-resident.total');
    expect(metric).toMatchObject({ open: null, openMetric: 'metric:per-resident.total' });
    expect(toggleCard(metric, cellKey).openMetric).toBeNull();
    expect(toggleMetric(metric, 'metric:per-resident.total').openMetric).toBeNull();
  });

  it('a jump from the summary list opens the badge the finding is behind, on that finding', () => {
    const j = jumpTo(model, toggleMetric(NO_CARD, 'metric:x'), 1);
    expect(j?.mark.key).toBe(cellKey);
    expect(j?.state).toMatchObject({ open: { key: cellKey, focus: 1 }, openMetric: null });
    expect(jumpTo(model, NO_CARD, 2)?.mark.key).toBe(claimKey);
    expect(jumpTo(model, NO_CARD, 9)).toBeNull();
  });

  it("choosing a card's finding outlines its cells and names its terms to bring into view", () => {
    const { state, terms } = focusFinding(model, toggleCard(NO_CARD, cellKey), 1);
    expect(state.open).toEqual({ key: cellKey, focus: 1 });
    expect(terms).toEqual([{ table: 0, row: 6, col: 2 }]);
    expect(outlines(model, state, []).map((o) => (o.kind === 'cell' ? [o.key, o.role] : o.prefix))).toEqual([
      ['0:3:2:0', 'stated'],
      ['0:6:2:1', 'term'],
    ]);
    // No card open: nothing to focus.
    expect(focusFinding(model, NO_CARD, 1)).toEqual({ state: NO_CARD, terms: [] });
  });

  it("a statement's card outlines the statement as stated and the cells it is checked against as terms", () => {
    const o = outlines(model, toggleCard(NO_CARD, claimKey), []);
    expect(o.map((x) => (x.kind === 'cell' ? [x.key, x.role] : [x.prefix, x.role]))).toEqual([
      ['claim', 'stated'],
      ['0:5:2:0', 'term'],
    ]);
  });

  it('a verified badge without findings outlines its own cell', () => {
    const o = outlines(model, toggleCard(NO_CARD, '0:8:1'), []);
    expect(o).toEqual([{ kind: 'cell', key: '0:8:1:0', role: 'stated', cell: { table: 0, row: 8, col: 1 } }]);
  });

  it('only statement badges preview, and not while their own card is open', () => {
    expect(withPreview(model, NO_CARD, cellKey).preview).toBeNull();
    const preview = withPreview(model, NO_CARD, claimKey);
    expect(preview.preview).toBe(claimKey);
    expect(outlines(model, preview, []).map((o) => o.kind === 'statement' && o.prefix)).toEqual(['preview']);
    expect(outlines(model, toggleCard(preview, claimKey), []).filter((o) => o.role === 'preview')).toEqual([]);
  });

  it("outlines an open metric's cells", () => {
    const o = outlines(model, toggleMetric(NO_CARD, 'metric:m'), [{ table: 0, row: 1, col: 1 }]);
    expect(o).toEqual([{ kind: 'cell', key: 'metric:0:1:1:0', role: 'stated', cell: { table: 0, row: 1, col: 1 } }]);
  });

  it('touches the open and previewed badges with every cell of their findings, and the metric cells', () => {
    const t = touched(model, withPreview(model, toggleCard(NO_CARD, cellKey), claimKey), [
      { table: 0, row: 1, col: 1 },
    ]);
    expect(t.marks.map((m) => m.key)).toEqual([cellKey, claimKey]);
    expect(t.cells.map((c) => `${c.row}`)).toEqual(['3', '4', '5', '3', '6', '5', '1']);
    expect(touched(null, NO_CARD, [])).toEqual({ marks: [], cells: [] });
  });

  it("gives the card a cell's place or a statement's section as title, with the findings behind the badge", () => {
    const printed = [
      { kind: 'budget.summary' as const, title: '收支预算总表', grid: [], rows: [], columns: [], headerRows: 1 },
    ];
    const cell = cardContent(model, printed, mark(cellKey), 'zh');
    expect(cell.findings.map((f) => f.cells.length)).toEqual([3, 2]);
    expect(cell.title).toBe('收支预算总表');
    expect(cardContent(model, printed, mark(claimKey), 'zh')).toMatchObject({ title: '二、支出', verified: 0 });
  });

  it('names anchors for data-anchor', () => {
    expect(anchorName({ kind: 'html', table: 1, row: 2, cell: 3 })).toBe('html:1:2:3');
    expect(anchorName({ kind: 'html-block', block: 4 })).toBe('block:4');
    expect(anchorName({ kind: 'pdf', page: 5, bbox: [0, 0, 1, 1] })).toBe('pdf:5');
    expect(anchorName(null)).toBe('');
  });
});
