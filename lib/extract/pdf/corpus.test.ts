/**
 * Corpus tests for the PDF extractor (the "done when"): the three fixture PDFs against their ground-truth
 * tables, and every real PDF in ../shared/real. Skipped with one line when ../shared is missing.
 *
 * Accuracy (table-accuracy.ts): truth and extracted tables aligned in order, rows aligned within a table, cells
 * compared by position after `squash`; matched truth cells / all truth cells (empty truth cells included).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../../tests/support/shared';
import { squash } from '../normalize';
import type { ExtractedDocument, RawTable } from '../types';
import { extractPdf } from './extract-pdf';
import { openPdfNode } from './open-node';
import { cellAccuracy } from './table-accuracy';

const SLOW = 240_000;

async function extractFile(path: string): Promise<ExtractedDocument> {
  const pdf = await openPdfNode(readFileSync(path));
  try {
    return await extractPdf(pdf, path);
  } finally {
    await pdf.loadingTask.destroy();
  }
}

const texts = (t: RawTable) => t.rows.map((r) => r.map((c) => c.text));

describe.skipIf(!HAS_SHARED)('fixture PDFs vs tables.json', () => {
  const totals = { matched: 0, cells: 0 };
  for (const id of FIXTURE_IDS) {
    it(
      `${id}: cell accuracy ≥ 99.5%`,
      async () => {
        const doc = await extractFile(sharedPath('fixtures', id, 'doc.pdf'));
        const truth = JSON.parse(readFileSync(sharedPath('fixtures', id, 'tables.json'), 'utf8')) as {
          tables: Array<{ title: string | null; rows: string[][] }>;
        };
        const report = cellAccuracy(
          doc.tables.map(texts),
          truth.tables.map((t) => t.rows),
        );
        totals.matched += report.matchedCells;
        totals.cells += report.truthCells;
        console.log(
          `[pdf accuracy] ${id}: ${report.matchedCells}/${report.truthCells} = ${(100 * report.accuracy).toFixed(2)}% ` +
            `(${doc.tables.length} tables extracted, ${truth.tables.length} in truth)`,
        );
        expect(report.accuracy).toBeGreaterThanOrEqual(0.995);
        // Achieved when written: every truth table found, one extracted table per truth table.
        expect(doc.tables).toHaveLength(truth.tables.length);
        // Titles of the standard tables (those that have one in the truth) come out as printed.
        truth.tables.forEach((t, i) => {
          if (t.title) expect(squash(doc.tables[i]?.title ?? '')).toBe(squash(t.title));
        });
        // Watermarks never leak into cells.
        expect(doc.tables.some((t) => t.rows.some((r) => r.some((c) => c.text.includes('仅供内部审核'))))).toBe(false);
        // Each narrative block's printed lines: in order, apart, covering its text but for the joins between them.
        let withRuns = 0;
        let allLines = 0;
        for (const b of doc.blocks) {
          const lines = b.lines ?? [];
          expect(lines.length, b.text).toBeGreaterThan(0);
          expect(lines[0]?.start).toBe(0);
          expect(lines.at(-1)?.end).toBe(b.text.length);
          lines.forEach((l, i) => {
            expect(l.end).toBeGreaterThan(l.start);
            if (i > 0) expect(l.start - (lines[i - 1]?.end ?? 0)).toBeLessThanOrEqual(1);
            // The printed pieces along the line, found in its text: inside it, left to right.
            for (const [k, r] of (l.runs ?? []).entries()) {
              expect(r.start).toBeGreaterThanOrEqual(l.start);
              expect(r.end).toBeLessThanOrEqual(l.end);
              expect(r.x1).toBeGreaterThan(r.x0);
              if (k > 0) expect(r.start).toBeGreaterThanOrEqual(l.runs?.[k - 1]?.end ?? 0);
            }
          });
          withRuns += lines.filter((l) => l.runs).length;
          allLines += lines.length;
        }
        // Matched on every line of these documents when written.
        expect(withRuns).toBe(allLines);
      },
      SLOW,
    );
  }
  it('overall cell accuracy ≥ 99.5%', () => {
    if (totals.cells === 0) return;
    const overall = totals.matched / totals.cells;
    console.log(`[pdf accuracy] overall: ${totals.matched}/${totals.cells} = ${(100 * overall).toFixed(2)}%`);
    expect(overall).toBeGreaterThanOrEqual(0.995);
  });
});

/** The nine standard tables of a Shanghai budget disclosure, by title pattern. */
const SHANGHAI_BUDGET_TABLES: Array<[string, RegExp]> = [
  ['summary', /财务收支预算总表/],
  ['income', /(?<!财务)收入预算总表/],
  ['expenditure', /(?<!财务收)支出预算总表/],
  ['fiscal-summary', /财政拨款收支预算总表/],
  ['general-public', /一般公共预算支出功能分类预算表/],
  ['gov-fund', /政府性基金预算支出功能分类预算表/],
  ['state-capital', /国有资本经营预算支出功能分类预算表/],
  ['basic-economic', /一般公共预算基本支出部门预算经济分类预算表/],
  ['three-public', /“三公”经费和机关运行经费预算表/],
];

function find(doc: ExtractedDocument, re: RegExp): RawTable {
  const found = doc.tables.filter((t) => re.test(t.title ?? ''));
  expect(found, `one table titled ${re}`).toHaveLength(1);
  return found[0]!;
}

/** Amount cells of the last 合计/总计 row. */
function totalRow(t: RawTable): string[] {
  const row = [...t.rows].reverse().find((r) => r.some((c) => /^(?:合计|总计|收入总计)$/.test(squash(c.text))));
  expect(row, `a total row in ${t.title}`).toBeDefined();
  return row!.map((c) => c.text).filter((s) => /^[\d,]+(?:\.\d+)?$/.test(s));
}

/**
 * Pinned figures, each read by hand from `pdftotext -layout` of the same page: 收入总计 of the summary table,
 * the 合计 rows of the expenditure and basic-expenditure tables (元), and the 三公 data row (万元).
 */
const PINNED: Record<
  string,
  { total: string; expenditure: string[]; basic: string[]; threePublic?: string[]; pages: Record<string, number[]> }
> = {
  'SH_putuo_2025_dept-budget_caizhengju.pdf': {
    total: '31,214,205.80',
    expenditure: ['31,214,205.80', '25,121,091.00', '6,093,114.80'],
    basic: ['25,121,091.00', '22,826,756.00', '2,294,335.00'],
    threePublic: ['0.95', '', '0.95', '', '', '', '229.43'],
    pages: { income: [10, 11], 'basic-economic': [19, 20] },
  },
  'SH_city_2025_unit-budget_shanghai-caizhengju.pdf': {
    total: '171,915,169',
    expenditure: ['171,915,169', '127,642,039', '44,273,130'],
    basic: ['127,642,039', '102,464,260', '25,177,779'],
    threePublic: ['346.30', '288.70', '25.40', '32.20', '', '32.20', '2,517.78'],
    pages: { 'basic-economic': [17, 18, 19] },
  },
  'SH_putuo_2024_dept-budget_wanlijiedao.pdf': {
    total: '156,211,123',
    expenditure: ['156,211,123', '99,706,020', '56,505,103'],
    basic: ['99,706,020', '88,537,451', '11,168,569'],
    pages: { income: [11, 12, 13, 14, 15], expenditure: [16, 17, 18, 19, 20] },
  },
  'SH_putuo_2025_dept-budget_wanlijiedao.pdf': {
    total: '189,767,551',
    expenditure: ['189,767,551', '101,341,746', '88,425,805'],
    basic: ['101,341,746', '90,514,044', '10,827,702'],
    pages: { income: [10, 11, 12, 13], expenditure: [14, 15, 16, 17, 18] },
  },
  'SH_putuo_2025_dept-budget_qufuban.pdf': {
    total: '91,016,775.35',
    expenditure: ['91,016,775.35', '24,606,775.35', '66,410,000.00'],
    basic: ['24,606,775.35', '22,473,997.81', '2,132,777.54'],
    threePublic: ['867.50', '839.00', '28.50', '', '', '', '213.28'],
    pages: { income: [9, 10] },
  },
};

describe.skipIf(!HAS_SHARED)('real Shanghai budget PDFs', () => {
  for (const [file, pin] of Object.entries(PINNED)) {
    it(
      `${file}: nine standard tables, titles, units, joined pages, totals`,
      async () => {
        const doc = await extractFile(sharedPath('real', file));
        expect(doc.tables).toHaveLength(9);
        const byKind = new Map(SHANGHAI_BUDGET_TABLES.map(([kind, re]) => [kind, find(doc, re)]));
        for (const [kind, t] of byKind) {
          const unit = kind === 'three-public' ? /单位[:：]\s*万元/ : /单位[:：]\s*元/;
          expect(t.meta.join(' '), `${kind} unit`).toMatch(unit);
          expect(t.meta.join(' '), `${kind} org`).toMatch(/编制(?:部门|单位)[:：]/);
          // Rectangular, continuation pages joined: consecutive pages, no page in two tables.
          expect(new Set(t.rows.map((r) => r.length)).size).toBe(1);
          const pages = (t.origin as { pages: number[] }).pages;
          pages.forEach((p, i) => {
            if (i > 0) expect(p).toBe(pages[i - 1]! + 1);
          });
        }
        for (const [kind, pages] of Object.entries(pin.pages)) {
          expect((byKind.get(kind)!.origin as { pages: number[] }).pages, kind).toEqual(pages);
        }
        expect(totalRow(byKind.get('summary')!)[0]).toBe(pin.total);
        expect(totalRow(byKind.get('income')!)[0]).toBe(pin.total);
        expect(totalRow(byKind.get('expenditure')!)).toEqual(pin.expenditure);
        expect(totalRow(byKind.get('general-public')!)).toEqual(pin.expenditure);
        expect(totalRow(byKind.get('basic-economic')!)).toEqual(pin.basic);
        if (pin.threePublic) {
          const t = byKind.get('three-public')!;
          expect(t.rows[t.rows.length - 1]!.map((c) => c.text)).toEqual(pin.threePublic);
        }
        // Codes stay split in their 类/款/项 columns.
        const income = byKind.get('income')!;
        expect(income.rows.some((r) => /^\d{3}$/.test(r[0]!.text) && /^\d{2}$/.test(r[1]!.text))).toBe(true);
        // Every non-empty cell carries a PDF anchor.
        for (const t of doc.tables) for (const c of t.rows.flat()) if (c.text) expect(c.anchor?.kind).toBe('pdf');
        // Repeated headers dropped: the header row appears once per table.
        const headerRows = income.rows.filter((r) => r.some((c) => c.text === '功能分类科目名称'));
        expect(headerRows).toHaveLength(1);
      },
      SLOW,
    );
  }
});

describe.skipIf(!HAS_SHARED)('real 决算 PDFs', () => {
  it(
    'SH_putuo_2024_dept-final-accounts_caizhengju.pdf: the 决算 tables, with totals',
    async () => {
      const doc = await extractFile(sharedPath('real', 'SH_putuo_2024_dept-final-accounts_caizhengju.pdf'));
      const titled = doc.tables.filter((t) => /决算表$|决算总表$/.test(t.title ?? ''));
      expect(titled.length).toBeGreaterThanOrEqual(9);
      expect(totalRow(find(doc, /^收入支出决算总表$/))).toEqual(['2,995.39', '2,995.39']);
      expect(totalRow(find(doc, /^支出决算表$/))).toEqual(['2,940.05', '2,336.91', '603.14']);
      expect(find(doc, /^一般公共预算财政拨款基本支出决算表$/).origin).toEqual({ kind: 'pdf', pages: [16, 17] });
      expect(find(doc, /^政府性基金预算财政拨款收入支出决算表$/).notes.join('')).toMatch(/本表无数据/);
    },
    SLOW,
  );
  it(
    'SH_template_2024_dept-final-accounts.pdf: the 决算 tables of the template',
    async () => {
      const doc = await extractFile(sharedPath('real', 'SH_template_2024_dept-final-accounts.pdf'));
      const titled = doc.tables.filter((t) => /决算表$|决算总表$/.test(t.title ?? ''));
      expect(titled.length).toBeGreaterThanOrEqual(9);
      for (const t of titled) expect(t.meta.join(' ')).toMatch(/单位[:：]\s*万元/);
      expect(find(doc, /^财政拨款收入支出决算总表$/).origin).toEqual({ kind: 'pdf', pages: [8, 9] });
    },
    SLOW,
  );
});
