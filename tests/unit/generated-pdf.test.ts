/**
 * The PDF extractor on the project's own synthetic disclosures: every generator variant is printed to doc.pdf by
 * Debian's Chromium (once, into a temp dir), read back with openPdfNode + extractPdf and scored against its
 * tables.json with cellAccuracy. These PDFs stand in for producers the extractor was not tuned on. Skipped with one
 * line when /usr/bin/chromium is absent.
 *
 * One adjustment to the truth, and only to it: a grid column that no cell occupies on its own (every cell over it
 * spans into a neighbour) has zero width once a browser lays the table out, so no printed page can show it. Such a
 * column is folded into its right-hand neighbour before scoring (see `foldPhantomColumns`); nothing else is changed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { squash } from '../../lib/extract/normalize';
import { extractPdf } from '../../lib/extract/pdf/extract-pdf';
import { openPdfNode } from '../../lib/extract/pdf/open-node';
import { cellAccuracy } from '../../lib/extract/pdf/table-accuracy';
import { generateSample } from '../../scripts/generate-sample';
import { generateVariant } from '../generator/document';
import { VARIANTS, type VariantName } from '../generator/spec';
import type { Cell } from '../generator/tables';

const HAS_CHROMIUM = existsSync('/usr/bin/chromium');
if (!HAS_CHROMIUM) console.warn('/usr/bin/chromium not found: generated-PDF extraction tests skipped');

/**
 * Floor per variant (cell accuracy). Measured before the fixes of 2026-11-21: word-html 89.4%, continuation 86.3%,
 * missing-tables 95.7%, empty-with-notes 99.2%, multi-unit 99.4%, the rest 100% (phantom columns folded). Now 100%
 * on all; the floor is the fixtures' 99.5%.
 */
const FLOOR: Record<VariantName, number> = {
  sample: 0.995,
  yuan: 0.995,
  'split-codes': 0.995,
  'word-html': 0.995,
  continuation: 0.995,
  'missing-tables': 0.995,
  'empty-with-notes': 0.995,
  rounded: 0.995,
  'multi-unit': 0.995,
};

/** Columns of a span grid that no cell covers alone (zero width when laid out). */
function phantomColumns(rows: Cell[][]): Set<number> {
  const alone = new Set<number>();
  const occupied: boolean[][] = [];
  let width = 0;
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (occupied[r]?.[c]) c++;
      const rs = cell.rowSpan ?? 1;
      const cs = cell.colSpan ?? 1;
      for (let i = r; i < r + rs; i++) {
        const line = occupied[i] ?? [];
        for (let j = c; j < c + cs; j++) line[j] = true;
        occupied[i] = line;
      }
      if (cs === 1) alone.add(c);
      c += cs;
      width = Math.max(width, c);
    }
  });
  const out = new Set<number>();
  for (let c = 0; c < width; c++) if (!alone.has(c)) out.add(c);
  return out;
}

/** The truth grid without its phantom columns: a cell starting in one moves right into the column it spans into. */
function foldPhantomColumns(grid: string[][], phantom: Set<number>): string[][] {
  if (phantom.size === 0) return grid;
  return grid.map((row) => {
    const out = [...row];
    for (let c = out.length - 1; c >= 0; c--) {
      if (!phantom.has(c)) continue;
      const text = out[c] ?? '';
      if (text && c + 1 < out.length && !out[c + 1]) out[c + 1] = text;
      out.splice(c, 1);
    }
    return out;
  });
}

interface Score {
  matched: number;
  cells: number;
  accuracy: number;
  tables: number;
  truthTables: number;
}

describe.skipIf(!HAS_CHROMIUM)('PDF extraction of generated disclosures', () => {
  let dir = '';
  const scores = new Map<VariantName, Score>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-genpdf-'));
    // Chromium prints one PDF at a time per browser; three browsers at once keep the 2-core machine busy.
    const queue = [...VARIANTS];
    const worker = async () => {
      for (let v = queue.shift(); v; v = queue.shift()) await generateSample({ out: dir, variant: v, pdf: true });
    };
    await Promise.all([worker(), worker(), worker(), printUnruled()]);
  }, 120_000);

  /** The `sample` page with every table border removed: unruled tables, read by alignment (stream.ts). */
  async function printUnruled(): Promise<void> {
    const src = await generateSample({ out: join(dir, 'unruled-src'), variant: 'sample' });
    const html = readFileSync(join(src.dir, 'page.html'), 'utf8').replace(
      '</head>',
      '<style>table,th,td{border:none !important}</style></head>',
    );
    mkdirSync(join(dir, 'unruled'), { recursive: true });
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({ path: join(dir, 'unruled', 'doc.pdf'), format: 'A4', printBackground: true });
    } finally {
      await browser.close();
    }
  }

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    const line = [...scores].map(([v, s]) => `${v} ${(100 * s.accuracy).toFixed(1)}%`).join(', ');
    if (line) console.log(`[generated pdf accuracy] ${line}`);
  });

  // Known weak: unruled tables. Multi-row headers with merged cells and short tables are not yet read well by
  // alignment alone. Measured 51.1% before this work, 76.4% after (amount/CJK column break, continuation of unruled
  // pieces, rows with text in one inner column only); the floor guards against regression.
  it('sample without table borders (unruled): cell accuracy measured, floor 75%', async () => {
    const pdf = await openPdfNode(readFileSync(join(dir, 'unruled', 'doc.pdf')));
    const doc = await extractPdf(pdf, 'generated:unruled').finally(() => pdf.loadingTask.destroy());
    const truth = JSON.parse(readFileSync(join(dir, 'unruled-src', 'sample', 'tables.json'), 'utf8')) as {
      tables: Array<{ rows: string[][] }>;
    };
    const logical = generateVariant('sample').tables;
    const grids = truth.tables.map((t, i) => foldPhantomColumns(t.rows, phantomColumns(logical[i]?.rows ?? [])));
    const report = cellAccuracy(
      doc.tables.map((t) => t.rows.map((r) => r.map((c) => c.text))),
      grids,
    );
    console.log(
      `[generated pdf accuracy] unruled sample: ${report.matchedCells}/${report.truthCells} = ` +
        `${(100 * report.accuracy).toFixed(2)}% (${doc.tables.length} tables extracted, ${truth.tables.length} in truth)`,
    );
    expect(report.accuracy).toBeGreaterThanOrEqual(0.75);
    expect(doc.warnings.some((w) => w.includes('unruled tables'))).toBe(true);
  });

  for (const variant of VARIANTS) {
    it(`${variant}: cell accuracy ≥ ${(100 * FLOOR[variant]).toFixed(1)}%`, async () => {
      const bytes = readFileSync(join(dir, variant, 'doc.pdf'));
      const pdf = await openPdfNode(bytes);
      const doc = await extractPdf(pdf, `generated:${variant}`).finally(() => pdf.loadingTask.destroy());
      const truth = JSON.parse(readFileSync(join(dir, variant, 'tables.json'), 'utf8')) as {
        tables: Array<{ title: string; meta: string[]; rows: string[][] }>;
      };
      const logical = generateVariant(variant).tables;
      expect(logical).toHaveLength(truth.tables.length);
      const grids = truth.tables.map((t, i) => foldPhantomColumns(t.rows, phantomColumns(logical[i]?.rows ?? [])));
      const report = cellAccuracy(
        doc.tables.map((t) => t.rows.map((r) => r.map((c) => c.text))),
        grids,
      );
      scores.set(variant, {
        matched: report.matchedCells,
        cells: report.truthCells,
        accuracy: report.accuracy,
        tables: doc.tables.length,
        truthTables: truth.tables.length,
      });
      const weak = report.tables
        .filter((t) => t.matched < t.cells)
        .map((t) => `#${t.truth} ${t.matched}/${t.cells}`)
        .join(', ');
      console.log(
        `[generated pdf accuracy] ${variant}: ${report.matchedCells}/${report.truthCells} = ` +
          `${(100 * report.accuracy).toFixed(2)}% (${doc.tables.length} tables extracted, ${truth.tables.length} in truth)` +
          (weak ? `; short: ${weak}` : ''),
      );
      expect(report.accuracy).toBeGreaterThanOrEqual(FLOOR[variant]);
      // One extracted table per truth table: a table split or merged wrongly is a failure even if cells match.
      expect(doc.tables).toHaveLength(truth.tables.length);
      // Titles and meta lines come out as printed, including those a page break left on the page before.
      expect(doc.tables.map((t) => squash(t.title ?? ''))).toEqual(truth.tables.map((t) => squash(t.title)));
      expect(doc.tables.map((t) => t.meta.map(squash))).toEqual(truth.tables.map((t) => t.meta.map(squash)));
    });
  }
});
