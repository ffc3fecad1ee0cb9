import { describe, expect, it } from 'vitest';
import type { GridCell } from '../types';
import { joinContinuations, type PlacedPiece } from './continuation';
import type { TablePiece } from './table-piece';

const cell = (text: string, colSpan?: number): GridCell => (colSpan ? { text, colSpan } : { text });

function piece(page: number, cols: number[], rows: GridCell[][], top: number, extra: Partial<TablePiece> = {}) {
  const box: [number, number, number, number] = [cols[0]!, top - 15 * rows.length, cols[cols.length - 1]!, top];
  return {
    page,
    kind: 'lattice',
    box,
    cols,
    rowEdges: [],
    rows,
    runs: new Set(),
    openTop: false,
    openBottom: false,
    size: 9,
    ...extra,
  } satisfies TablePiece;
}

function placed(p: TablePiece, over: Partial<PlacedPiece> = {}): PlacedPiece {
  return {
    piece: p,
    title: null,
    meta: [],
    notes: [],
    firstOnPage: true,
    lastOnPage: true,
    follows: false,
    fillsPage: true,
    ...over,
  };
}

const texts = (rows: GridCell[][]) => rows.map((r) => r.map((c) => c.text));

describe('joinContinuations', () => {
  it('re-cuts a header-only piece onto the finer columns of the body on the next page', () => {
    const head = piece(1, [20, 300, 560], [[cell('项目'), cell('预算数')]], 20, { openBottom: true });
    const body = piece(
      2,
      [20, 100, 300, 400, 480, 560],
      [
        [cell('科目编码'), cell('科目名称'), cell('合计'), cell('基本支出'), cell('项目支出')],
        [cell('207'), cell('文化'), cell('10.00'), cell('4.00'), cell('6.00')],
      ],
      820,
    );
    const [t, ...rest] = joinContinuations([placed(head, { title: '支出总表' }), placed(body)]);
    expect(rest).toHaveLength(0);
    // The header row keeps its merged cells; the next row is not glued to it (different merged cells: a new row).
    expect(texts(t!.rows)).toEqual([
      ['项目', '', '预算数', '', ''],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['207', '文化', '10.00', '4.00', '6.00'],
    ]);
    expect(t!.rows[0]![0]!.colSpan).toBe(2);
    expect(t!.rows[0]![2]!.colSpan).toBe(3);
  });

  it('joins a row cut by the page break when both halves have the same cells', () => {
    const cols = [20, 200, 560];
    const a = piece(1, cols, [[cell('一般公共'), cell('1.00')]], 20, { openBottom: true });
    const b = piece(
      2,
      cols,
      [
        [cell('服务支出'), cell('')],
        [cell('合计'), cell('1.00')],
      ],
      820,
      { openTop: true },
    );
    const [t] = joinContinuations([placed(a), placed(b)]);
    expect(texts(t!.rows)).toEqual([
      ['一般公共服务支出', '1.00'],
      ['合计', '1.00'],
    ]);
  });

  it('continues a table on the same page when only furniture stood between the pieces', () => {
    const a = piece(1, [20, 200, 560], [[cell('208'), cell('1.00')]], 600);
    const b = piece(1, [20, 260, 560], [[cell('20805'), cell('1.00')]], 500);
    const joined = joinContinuations([placed(a, { title: '支出总表' }), placed(b, { follows: true })]);
    expect(joined).toHaveLength(1);
    // As many columns: column k is column k, whatever widths the second half was laid out with.
    expect(texts(joined[0]!.rows)).toEqual([
      ['208', '1.00'],
      ['20805', '1.00'],
    ]);
    const apart = joinContinuations([placed(a, { title: '支出总表' }), placed(b, { follows: false })]);
    expect(apart).toHaveLength(2);
  });
});
