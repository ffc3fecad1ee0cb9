import { describe, expect, it } from 'vitest';
import { pageFrame } from './geometry';
import { latticeTable } from './lattice';
import type { Run, Segment } from './page-content';
import { rulingNetworks } from './rulings';

function run(text: string, x0: number, x1: number, y: number, size = 10): Run {
  return { text, x0, x1, y, size, vertical: false, box: [x0, y - 2, x1, y + 8.5] };
}

const h = (y: number, a: number, b: number): Segment => ({ o: 'h', c: y, a, b });
const v = (x: number, a: number, b: number): Segment => ({ o: 'v', c: x, a, b });
const frame = pageFrame([0, 0, 595, 842], 0);

describe('latticeTable', () => {
  // 3 columns (60 | 140 | 300 | 460), 3 rows (700 | 680 | 660 | 640); row 0's middle ruling missing (merged header).
  const segs: Segment[] = [
    h(700, 60, 460),
    h(680, 60, 460),
    h(660, 60, 460),
    h(640, 60, 460),
    v(60, 640, 700),
    v(140, 640, 700),
    v(300, 640, 680),
    v(460, 640, 700),
  ];

  it('builds the grid, merges cells with a missing ruling, splits a run drawn across a ruling', () => {
    const nets = rulingNetworks(segs);
    expect(nets).toHaveLength(1);
    const runs = [
      run('Item', 65, 90, 686),
      run('Amount', 150, 190, 686),
      // One text run covering two cells (some producers draw a row as one run): 'Rent' | '1,000.00'.
      run('Rent 1,000.00', 65, 265, 666),
      run('2,000.00', 400, 450, 666),
      run('多行', 65, 85, 652),
      run('文本', 65, 85, 643),
    ];
    const t = latticeTable(nets[0]!, runs, frame, 3)!;
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Item', 'Amount', ''],
      ['Rent', '1,000.00', '2,000.00'],
      ['多行文本', '', ''],
    ]);
    expect(t.rows[0]![1]!.colSpan).toBe(2);
    expect(t.rows[0]![2]!.anchor).toBeUndefined();
    expect(t.rows[1]![1]!.anchor).toEqual({ kind: 'pdf', page: 3, bbox: [140, 660, 300, 680] });
    expect(t.openTop || t.openBottom).toBe(false);
  });

  it('marks a grid whose verticals run past the last horizontal as open (a row cut by the page break)', () => {
    const open: Segment[] = [h(700, 60, 460), v(60, 500, 700), v(140, 500, 700), v(460, 500, 700)];
    const nets = rulingNetworks(open);
    const t = latticeTable(nets[0]!, [run('top', 65, 90, 686), run('more text', 150, 250, 520)], frame, 1)!;
    expect(t.openBottom).toBe(true);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.map((c) => c.text)).toEqual(['top', 'more text']);
  });
});
