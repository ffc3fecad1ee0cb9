import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { extractHtml } from '../extract/html';
import { normalizeText } from '../extract/normalize';
import { analyzeExtracted } from '../pipeline/analyze';
import { anchorOfCell, firstAnchorOfTable } from './cells';
import { createHtmlLocator } from './html';
import { bboxToPageFractions, fractionsToPixels } from './pdf';

const PAGE = `<html><body>
<table><tr><td><table><tr><td>布局</td></tr></table></td></tr></table>
<h2>一、收入预算</h2><p>收入合计 100 万元。</p>
<table><thead><tr><th>项目</th><th colspan="2">金额</th></tr></thead>
<tbody><tr><td>合计</td><td>100.00</td><td>—</td></tr><tr><td>基本</td><td>40.00</td><td>1</td></tr></tbody></table>
</body></html>`;

describe('createHtmlLocator', () => {
  const { document } = parseHTML(PAGE);
  const loc = createHtmlLocator(document as unknown as Document);
  it('finds table, row and cell by the extractor’s enumeration (thead and tbody rows in order)', () => {
    expect(loc.cell({ kind: 'html', table: 2, row: 1, cell: 1 })?.textContent).toBe('100.00');
    expect(loc.cell({ kind: 'html', table: 2, row: 2, cell: 0 })?.textContent).toBe('基本');
    expect(loc.table(1)?.textContent).toBe('布局');
  });
  it('answers null for anchors the page no longer has', () => {
    expect(loc.cell({ kind: 'html', table: 9, row: 0, cell: 0 })).toBeNull();
    expect(loc.cell({ kind: 'html', table: 2, row: 9, cell: 0 })).toBeNull();
    expect(loc.cell({ kind: 'html', table: 2, row: 0, cell: 9 })).toBeNull();
  });
  it('finds narrative blocks', () => {
    const extracted = extractHtml(document as unknown as Document, 'x');
    const para = extracted.blocks.find((b) => b.text.startsWith('收入合计'));
    expect(para?.anchor?.kind).toBe('html-block');
    if (para?.anchor?.kind !== 'html-block') return;
    expect(loc.block(para.anchor)?.textContent).toBe('收入合计 100 万元。');
  });
});

describe('anchorOfCell', () => {
  const a = (cell: number) => ({ kind: 'html' as const, table: 0, row: 0, cell });
  const tables = [
    {
      anchors: [
        [a(0), a(1), null],
        [a(2), null, a(3)],
        [null, null, null],
      ],
    },
  ];
  it('returns a cell’s own anchor, else the merge origin left, else above', () => {
    expect(anchorOfCell(tables, { table: 0, row: 0, col: 1 })).toEqual(a(1));
    expect(anchorOfCell(tables, { table: 0, row: 0, col: 2 })).toEqual(a(1));
    expect(anchorOfCell(tables, { table: 0, row: 2, col: 2 })).toEqual(a(3));
    expect(anchorOfCell(tables, { table: 1, row: 0, col: 0 })).toBeNull();
    expect(firstAnchorOfTable(tables[0] ?? { anchors: [] })).toEqual(a(0));
    expect(firstAnchorOfTable({ anchors: [[null]] })).toBeNull();
  });
});

describe('bboxToPageFractions', () => {
  // A 600 × 800 pt page at scale 1.5: pdf.js' viewport transform [1.5, 0, 0, -1.5, 0, 1200].
  const viewport = {
    width: 900,
    height: 1200,
    convertToViewportPoint: (x: number, y: number) => [x * 1.5, 1200 - y * 1.5],
  };
  it('flips y and normalises to fractions of the page', () => {
    const f = bboxToPageFractions([60, 700, 120, 720], viewport);
    expect(f.left).toBeCloseTo(0.1);
    expect(f.width).toBeCloseTo(0.1);
    expect(f.top).toBeCloseTo((1200 - 1080) / 1200);
    expect(f.height).toBeCloseTo(30 / 1200);
    // The same fractions give the right pixels at another zoom.
    const px = fractionsToPixels(f, 600, 800);
    expect(px.left).toBeCloseTo(60);
    expect(px.top).toBeCloseTo(80);
    expect(px.height).toBeCloseTo(20);
  });
});

describe.skipIf(!HAS_SHARED)(
  'every table-cell anchor of the fixture reports lands on a cell with the grid text',
  () => {
    for (const id of FIXTURE_IDS) {
      it(id, () => {
        const { document } = parseHTML(readFileSync(sharedPath('fixtures', id, 'page.html'), 'utf8'));
        const doc = document as unknown as Document;
        const report = analyzeExtracted(extractHtml(doc, id));
        const loc = createHtmlLocator(doc);
        let checked = 0;
        let mismatched = 0;
        for (const [ti, t] of report.tables.entries())
          for (const [r, row] of t.grid.entries())
            for (const [c, text] of row.entries()) {
              const a = t.anchors[r]?.[c];
              if (a?.kind !== 'html' || text === '') continue;
              const el = loc.cell(a);
              checked++;
              if (!el || !normalizeText(el.textContent ?? '').includes(text)) mismatched++;
              expect(anchorOfCell(report.tables, { table: ti, row: r, col: c })).toEqual(a);
            }
        expect(checked).toBeGreaterThan(100);
        expect(mismatched).toBe(0);
      });
    }
  },
);
