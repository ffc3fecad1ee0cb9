import { describe, expect, it } from 'vitest';
import type { PdfAnchor } from '../types';
import { extractPdf, isScanned } from './extract-pdf';
import { openPdfNode } from './open-node';
import { buildPdf, grid, line, slantedText, type TestPage, text } from './test-pdf';

const COLS = [60, 200, 340, 480];

/** Header (2 rows, 'Amount' merged over two columns) + data rows, top at y. */
function tablePage(top: number, dataRows: string[][], opts: { title?: string; pageNo?: number; after?: string } = {}) {
  const rows = [top];
  for (let i = 0; i < dataRows.length + 2; i++) rows.push(top - 20 * (i + 1));
  const ops: string[] = [];
  if (opts.title) ops.push(text(220, top + 20, opts.title, 14));
  ops.push(grid(COLS, rows, [[0, 2]]));
  ops.push(text(65, top - 14, 'Item'), text(205, top - 14, 'Amount'));
  ops.push(text(65, top - 34, 'Code'), text(205, top - 34, '2024'), text(345, top - 34, '2025'));
  dataRows.forEach((r, i) => {
    r.forEach((cell, c) => {
      ops.push(text(COLS[c]! + 5, top - 54 - 20 * i, cell));
    });
  });
  ops.push(slantedText(150, 300, 'DRAFT COPY', 45));
  if (opts.pageNo) ops.push(text(295, 30, String(opts.pageNo)));
  if (opts.after) ops.push(text(60, rows[rows.length - 1]! - 40, opts.after));
  return { content: ops.join('\n') } satisfies TestPage;
}

function dataRows(from: number, n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [`A${from + i}`, `${from + i},000.00`, `${from + i},500.50`]);
}

describe('extractPdf on hand-made PDFs', () => {
  it.each(['operator-list', 'text-content'] as const)(
    'reads a ruled table across two pages, drops the repeated header, watermark and page numbers (text from %s)',
    async (textSource) => {
      const first = tablePage(760, dataRows(1, 30), { title: 'Budget Summary Table', pageNo: 1 });
      const second = tablePage(780, [...dataRows(31, 3), ['Total', '34,000.00', '34,500.50']], {
        pageNo: 2,
        after: 'Closing remarks follow the table on this page.',
      });
      const doc = await extractPdf(await openPdfNode(buildPdf([first, second])), 'mem://two-pages.pdf', { textSource });

      expect(doc.source).toMatchObject({ kind: 'pdf', pages: 2, uri: 'mem://two-pages.pdf' });
      expect(doc.tables).toHaveLength(1);
      const t = doc.tables[0]!;
      expect(t.origin).toEqual({ kind: 'pdf', pages: [1, 2] });
      expect(t.title).toBe('Budget Summary Table');
      // 2 header rows once, 30 + 3 data rows, 1 total row.
      expect(t.rows).toHaveLength(36);
      expect(t.rows.every((r) => r.length === 3)).toBe(true);
      expect(t.rows[0]!.map((c) => c.text)).toEqual(['Item', 'Amount', '']);
      expect(t.rows[0]![1]!.colSpan).toBe(2);
      expect(t.rows[1]!.map((c) => c.text)).toEqual(['Code', '2024', '2025']);
      expect(t.rows[2]!.map((c) => c.text)).toEqual(['A1', '1,000.00', '1,500.50']);
      expect(t.rows[35]!.map((c) => c.text)).toEqual(['Total', '34,000.00', '34,500.50']);
      const texts = t.rows.flat().map((c) => c.text);
      expect(texts.some((s) => /DRAFT/.test(s))).toBe(false);

      // Every non-empty cell is anchored on its page, in user space, inside the grid.
      for (const cell of t.rows.flat()) {
        if (!cell.text) continue;
        const a = cell.anchor as PdfAnchor;
        expect(a.kind).toBe('pdf');
        expect([1, 2]).toContain(a.page);
        expect(a.bbox[0]).toBeGreaterThanOrEqual(59);
        expect(a.bbox[2]).toBeLessThanOrEqual(481);
        expect(a.bbox[0]).toBeLessThan(a.bbox[2]);
        expect(a.bbox[1]).toBeLessThan(a.bbox[3]);
      }
      const total = t.rows[35]![0]!.anchor as PdfAnchor;
      expect(total.page).toBe(2);
      expect(total.bbox).toEqual([60, 660, 200, 680]);

      // Narrative keeps the closing line, not page numbers or the watermark.
      expect(doc.blocks.map((b) => b.text)).toEqual(['Closing remarks follow the table on this page.']);
      expect(doc.blocks[0]!.anchor).toMatchObject({ kind: 'pdf', page: 2 });
      expect(doc.warnings.join(' ')).toMatch(/watermark/);
    },
  );

  it('keeps separate tables apart when the next page starts with a title', async () => {
    const a = tablePage(760, dataRows(1, 30), { title: 'First Table' });
    const b = tablePage(760, dataRows(1, 3), { title: 'Second Table' });
    const doc = await extractPdf(await openPdfNode(buildPdf([a, b])), 'x');
    expect(doc.tables.map((t) => t.title)).toEqual(['First Table', 'Second Table']);
    expect(doc.tables[1]!.rows).toHaveLength(5);
  });

  it('reads a table on a rotated page and anchors it in unrotated user space', async () => {
    // Landscape content on a portrait MediaBox with /Rotate 90: text runs upward in user space.
    const ops = [grid([100, 200, 300], [500, 480, 460])];
    const rotated: TestPage = {
      rotate: 90,
      content: [
        'q 0 1 -1 0 595 0 cm',
        ops[0],
        text(105, 486, 'Name'),
        text(205, 486, 'Value'),
        text(105, 466, 'Alpha'),
        text(205, 466, '12.50'),
        'Q',
      ].join('\n'),
    };
    const doc = await extractPdf(await openPdfNode(buildPdf([rotated])), 'x');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Name', 'Value'],
      ['Alpha', '12.50'],
    ]);
    // Cell (row 1, col 1) spans display x 200..300, y 460..480; in user space (after the cm) that is x 115..135, y 200..300.
    expect((doc.tables[0]!.rows[1]![1]!.anchor as PdfAnchor).bbox).toEqual([115, 200, 135, 300]);
  });

  it("records each printed line of a paragraph: its place in the block's text and its box", async () => {
    // A paragraph wrapped over three lines (12 pt, 15 pt apart), a heading above it.
    const words = [
      'Revenue this year is 2,061.71 in total, of which the general',
      'budget is 1,261.62 and the fund budget is 800.00, the rest',
      'carried over.',
    ];
    const page: TestPage = {
      content: [text(60, 760, 'Budget notes', 12), ...words.map((w, i) => text(60, 720 - 15 * i, w, 12))].join('\n'),
    };
    const doc = await extractPdf(await openPdfNode(buildPdf([page])), 'x');
    const para = doc.blocks.find((b) => b.text.startsWith('Revenue'));
    expect(para?.lines).toHaveLength(3);
    if (!para?.lines) return;
    const box = (para.anchor as PdfAnchor).bbox;
    let before = 0;
    para.lines.forEach((l, i) => {
      expect(para.text.slice(l.start, l.end)).toBe(words[i]);
      expect(l.start).toBeGreaterThanOrEqual(before);
      before = l.end;
      // Each line inside the paragraph's box, each below the one before it (user space: y up).
      expect(l.bbox[0]).toBeGreaterThanOrEqual(box[0] - 0.01);
      expect(l.bbox[2]).toBeLessThanOrEqual(box[2] + 0.01);
      expect(l.bbox[1]).toBeGreaterThanOrEqual(box[1] - 0.01);
      expect(l.bbox[3]).toBeLessThanOrEqual(box[3] + 0.01);
      if (i > 0) expect(l.bbox[3]).toBeLessThanOrEqual(para.lines?.[i - 1]?.bbox[1] ?? 0);
    });
    expect(para.lines.at(-1)?.end).toBe(para.text.length);
    // And the pieces the PDF set along each line, found in its text, within its box.
    for (const l of para.lines) {
      expect(l.runs?.length).toBeGreaterThan(0);
      expect(l.runs?.[0]?.start).toBe(l.start);
      expect(l.runs?.at(-1)?.end).toBe(l.end);
      expect(l.runs?.[0]?.x0).toBeCloseTo(l.bbox[0]);
    }
  });

  it('returns a scanned-document result, not an exception, when there is no text layer', async () => {
    const page: TestPage = { content: `${line(50, 50, 500, 50)}\n0.5 g 60 60 400 600 re f` };
    const doc = await extractPdf(await openPdfNode(buildPdf([page])), 'scan.pdf');
    expect(doc.tables).toEqual([]);
    expect(doc.blocks).toEqual([]);
    expect(isScanned(doc)).toBe(true);
    expect(doc.warnings[0]).toMatch(/扫描件.*scanned/);
  });

  it('with requireText, a PDF without text is a no-text PdfInputError', async () => {
    const pdf = await openPdfNode(buildPdf([{ content: line(50, 50, 500, 50) }]));
    await expect(extractPdf(pdf, 'x', { requireText: true })).rejects.toMatchObject({ code: 'no-text' });
  });

  it('reads an unruled table by alignment', async () => {
    const ops: string[] = [text(60, 780, 'Plain text heading line')];
    const rows = [
      ['Item', 'Budget', 'Actual'],
      ['Staff', '1,200.00', '1,150.00'],
      ['Office', '300.00', '280.00'],
      ['Travel', '50.00', '45.00'],
      ['Total', '1,550.00', '1,475.00'],
    ];
    rows.forEach((r, i) => {
      ops.push(text(60, 740 - 16 * i, r[0]!), text(260, 740 - 16 * i, r[1]!), text(420, 740 - 16 * i, r[2]!));
    });
    const doc = await extractPdf(await openPdfNode(buildPdf([{ content: ops.join('\n') }])), 'x');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual(rows);
    expect(doc.warnings.join(' ')).toMatch(/unruled/);
  });
});
