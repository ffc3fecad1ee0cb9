import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { extractHtml } from '../extract/html';
import { normalizeText } from '../extract/normalize';
import { analyzeExtracted } from '../pipeline/analyze';
import type { DomPoint } from './block-text';
import { anchorOfCell, firstAnchorOfTable } from './cells';
import { createHtmlLocator } from './html';
import { bboxToPageFractions, fractionsToPixels, textExtentInBox } from './pdf';

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

/** The page text between two points (what a DOM Range over them would read), for linkedom, which has no such Range. */
function spanText(span: { start: DomPoint; end: DomPoint } | null): string | null {
  if (!span) return null;
  const texts: Node[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) texts.push(n);
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(span.start.node.ownerDocument as unknown as Node);
  const from = texts.indexOf(span.start.node);
  const to = texts.indexOf(span.end.node);
  return texts
    .slice(from, to + 1)
    .map((t, i) => {
      const v = t.nodeValue ?? '';
      return v.slice(i === 0 ? span.start.offset : 0, from + i === to ? span.end.offset : v.length);
    })
    .join('');
}

describe('blockSpan: a claim’s offsets back to the page text', () => {
  const html = `<html><body><h2>一、收入预算</h2>
<p>  收入合计<span> 1,００0.5 </span>万元，<br>其中：基本支出<b>40</b>万元；⻔诊补助
  12万元。</p><p>第二段<script>var x = 1;</script>写明 3 万元</p></body></html>`;
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const loc = createHtmlLocator(doc);
  const blocks = extractHtml(doc, 'x').blocks.filter((b) => b.anchor?.kind === 'html-block');
  const rangeOf = (b: (typeof blocks)[number], phrase: string) => {
    const start = b.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    if (b.anchor?.kind !== 'html-block') throw new Error('not an html block');
    return spanText(loc.blockSpan(b.anchor, start, start + phrase.length));
  };

  it('finds the printed characters behind the normalised text, across elements, breaks and full-width digits', () => {
    const para = blocks.find((b) => b.text.startsWith('收入合计'));
    if (!para) throw new Error('paragraph not extracted');
    expect(para.text).toBe('收入合计 1,000.5 万元, 其中:基本支出40万元;门诊补助 12万元。');
    expect(rangeOf(para, '基本支出40万元')).toBe('基本支出40万元');
    expect(rangeOf(para, '1,000.5 万元')).toBe('1,００0.5 万元');
    expect(rangeOf(para, '门诊补助 12万元')).toBe('⻔诊补助\n  12万元');
  });

  it('skips what the extractor skips (scripts) and answers null for offsets outside the text', () => {
    const second = blocks.find((b) => b.text.startsWith('第二段'));
    if (second?.anchor?.kind !== 'html-block') throw new Error('paragraph not extracted');
    expect(rangeOf(second, '写明 3 万元')).toBe('写明 3 万元');
    expect(loc.blockSpan(second.anchor, 0, 999)).toBeNull();
    expect(loc.blockSpan(second.anchor, 3, 3)).toBeNull();
  });
});

describe.skipIf(!HAS_SHARED)('blockSpan on the fixtures: every narrative claim found in the page text', () => {
  for (const id of FIXTURE_IDS) {
    it(id, () => {
      const { document } = parseHTML(readFileSync(sharedPath('fixtures', id, 'page.html'), 'utf8'));
      const doc = document as unknown as Document;
      const extracted = extractHtml(doc, 'x');
      const report = analyzeExtracted(extracted);
      const loc = createHtmlLocator(doc);
      const claims = [...report.verified, ...report.findings].flatMap((r) =>
        r.claim?.anchor?.kind === 'html-block' && r.claim.start !== undefined && r.claim.end !== undefined
          ? [{ anchor: r.claim.anchor, start: r.claim.start, end: r.claim.end }]
          : [],
      );
      expect(claims.length).toBeGreaterThan(50);
      for (const c of claims) {
        const block = extracted.blocks.find(
          (b) => b.anchor?.kind === 'html-block' && b.anchor.block === c.anchor.block,
        );
        expect(normalizeText(spanText(loc.blockSpan(c.anchor, c.start, c.end)) ?? '')).toBe(
          block?.text.slice(c.start, c.end).trim(),
        );
      }
    });
  }
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

describe('anchorOfCell: an empty cell in a PDF', () => {
  const p = (x0: number, y0: number, x1: number, y1: number, page = 4) => ({
    kind: 'pdf' as const,
    page,
    bbox: [x0, y0, x1, y1] as [number, number, number, number],
  });
  // Columns 46–152 (labels) and 152–197 (amounts); the header above spans both columns; rows 16.5 pt tall.
  const header = p(46, 668, 197, 685);
  const tables = [
    {
      anchors: [
        [header, null],
        [p(46, 651, 152, 668), p(152, 651, 197, 668)],
        [p(46, 635, 152, 651), null],
        [p(46, 618, 152, 635), null],
      ],
    },
  ];
  it('is placed where its column crosses its row, not on the label beside it', () => {
    expect(anchorOfCell(tables, { table: 0, row: 2, col: 1 })).toEqual(p(152, 635, 197, 651));
    expect(anchorOfCell(tables, { table: 0, row: 3, col: 1 })).toEqual(p(152, 618, 197, 635));
  });

  it('takes the column from a cell one column wide, and stays on its row’s page', () => {
    // The header row: its only anchored cell spans both columns; the column's narrowest cell gives the x-range.
    expect(anchorOfCell(tables, { table: 0, row: 0, col: 1 })).toEqual(p(152, 668, 197, 685));
    const otherPage = [
      {
        anchors: [
          [p(46, 700, 152, 716, 5), null],
          [p(46, 651, 152, 668), p(152, 651, 197, 668)],
        ],
      },
    ];
    // Nothing in its column on page 5: the label beside it, as before.
    expect(anchorOfCell(otherPage, { table: 0, row: 0, col: 1 })).toEqual(p(46, 700, 152, 716, 5));
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

describe('textExtentInBox', () => {
  const run = (str: string, x: number, y: number, width: number, size = 10) => ({
    str,
    transform: [size, 0, 0, size, x, y],
    width,
    height: size,
  });
  it('unions the runs inside a cell box and ignores the neighbours', () => {
    const cell = [200, 600, 260, 620] as const;
    const runs = [
      run('1261.62', 225, 606, 33),
      run('65.43', 270, 606, 25),
      run('合计', 120, 606, 20),
      run(' ', 210, 606, 3),
    ];
    const ext = textExtentInBox(runs, cell);
    expect(ext?.[0]).toBe(225);
    expect(ext?.[2]).toBe(258);
    expect(ext?.[1]).toBeCloseTo(604);
    expect(ext?.[3]).toBeCloseTo(614);
  });
  it('clips a run that continues into the next cell', () => {
    const joined = run('1261.62 一、一般公共服务支出', 225, 606, 120);
    const ext = textExtentInBox([joined], [200, 600, 260, 620]);
    expect(ext?.[0]).toBe(225);
    expect(ext?.[2]).toBe(260);
  });
  it('skips rotated runs (watermarks) and answers null for an empty cell', () => {
    const rotated = { str: '仅供', transform: [7, 7, -7, 7, 230, 610], width: 20, height: 10 };
    expect(textExtentInBox([rotated], [200, 600, 260, 620])).toBeNull();
    expect(textExtentInBox([], [0, 0, 1, 1])).toBeNull();
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
