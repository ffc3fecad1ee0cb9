/**
 * Benchmark (npm run bench / npx tsx scripts/bench.ts [runs]): extraction cost against a pdf.js-only baseline.
 * For every fixture doc.pdf and every PDF in ../shared/real and real/wild (but the scan), the median of several runs of
 *   (a) baseline: open + getTextContent of every page (what any text tool must pay),
 *   (b) extract:  open + extractPdf,
 *   (c) analysis: open + extractPdf + analyzeExtracted (when lib/pipeline provides it),
 * and for every fixture page.html: linkedom parseHTML alone vs parseHTML + extractHtml (+ the full analysis).
 * Peak memory (rss, heap) is sampled during each file's runs. Writes bench/results.md and prints it.
 * A script, not a stage: it reads files and the clock, and must not be imported by lib/.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPdf } from '../lib/extract/pdf/extract-pdf';
import { openPdfNode } from '../lib/extract/pdf/open-node';
import type { ExtractedDocument } from '../lib/extract/types';
import { FIXTURE_IDS, HAS_SHARED, PROJECT_ROOT, sharedPath } from '../tests/support/shared';

const RUNS = Math.max(3, Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 5) || 5);

type Analyze = (doc: ExtractedDocument) => unknown;
type ExtractHtml = (root: Document, uri: string) => ExtractedDocument;

async function optional<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch {
    return null;
  }
}

const analyze: Analyze | null = await optional(async () => (await import('../lib/pipeline/analyze')).analyzeExtracted);
const extractHtml: ExtractHtml | null = await optional(
  async () => (await import('../lib/extract/html')).extractHtml as unknown as ExtractHtml,
);

/** Samples memory while work runs; reports the peak. */
class PeakMemory {
  rss = 0;
  heap = 0;
  #timer: NodeJS.Timeout | null = null;
  start() {
    this.rss = 0;
    this.heap = 0;
    this.sample();
    this.#timer = setInterval(() => this.sample(), 10);
  }
  sample() {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
  }
  stop() {
    this.sample();
    if (this.#timer) clearInterval(this.#timer);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function baselineText(data: Uint8Array): Promise<void> {
  const pdf = await openPdfNode(data);
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      await page.getTextContent();
      page.cleanup();
    }
  } finally {
    await pdf.loadingTask.destroy();
  }
}

async function fullExtract(data: Uint8Array, uri: string, withAnalysis: boolean): Promise<void> {
  const pdf = await openPdfNode(data);
  try {
    const doc = await extractPdf(pdf, uri);
    if (withAnalysis && analyze) analyze(doc);
  } finally {
    await pdf.loadingTask.destroy();
  }
}

interface PdfRow {
  name: string;
  pages: number;
  baseline: number;
  extract: number;
  analysis: number | null;
  rss: number;
  heap: number;
}

interface HtmlRow {
  name: string;
  parse: number;
  extract: number | null;
  analysis: number | null;
}

const mb = (b: number) => (b / 2 ** 20).toFixed(0);
const ms = (x: number) => x.toFixed(0);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

async function benchPdf(name: string, path: string): Promise<PdfRow> {
  const data = new Uint8Array(readFileSync(path));
  const mem = new PeakMemory();
  mem.start();
  const base: number[] = [];
  const ext: number[] = [];
  const ana: number[] = [];
  let pages = 0;
  {
    const pdf = await openPdfNode(data);
    pages = pdf.numPages;
    await pdf.loadingTask.destroy();
  }
  // Interleaved so that load on a shared machine hits all three alike.
  for (let i = 0; i < RUNS; i++) {
    base.push(await time(() => baselineText(data)));
    ext.push(await time(() => fullExtract(data, path, false)));
    if (analyze) ana.push(await time(() => fullExtract(data, path, true)));
  }
  mem.stop();
  return {
    name,
    pages,
    baseline: median(base),
    extract: median(ext),
    analysis: analyze ? median(ana) : null,
    rss: mem.rss,
    heap: mem.heap,
  };
}

async function benchHtml(name: string, path: string): Promise<HtmlRow> {
  const html = readFileSync(path, 'utf8');
  const parse: number[] = [];
  const ext: number[] = [];
  const ana: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    parse.push(await time(() => parseHTML(html)));
    if (extractHtml) {
      ext.push(
        await time(() => {
          const { document } = parseHTML(html);
          return extractHtml(document as unknown as Document, path);
        }),
      );
      if (analyze) {
        ana.push(
          await time(() => {
            const { document } = parseHTML(html);
            return analyze(extractHtml(document as unknown as Document, path));
          }),
        );
      }
    }
  }
  return {
    name,
    parse: median(parse),
    extract: extractHtml ? median(ext) : null,
    analysis: extractHtml && analyze ? median(ana) : null,
  };
}

async function main() {
  if (!HAS_SHARED) {
    console.log('../shared not found: nothing to benchmark.');
    return;
  }
  const pdfs: Array<[string, string]> = FIXTURE_IDS.map((id) => [
    `fixture ${id}`,
    sharedPath('fixtures', id, 'doc.pdf'),
  ]);
  for (const f of readdirSync(sharedPath('real'))
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    pdfs.push([`real ${f}`, sharedPath('real', f)]);
  }
  // Templates of other provinces: wide A3 pages, landscape tables, tables continued over pages.
  const wild = sharedPath('real', 'wild');
  if (existsSync(wild))
    for (const f of readdirSync(wild)
      .filter((f) => f.endsWith('.pdf') && !f.includes('scanned'))
      .sort())
      pdfs.push([`wild ${f}`, join(wild, f)]);
  // Warm-up: module loading and JIT, not counted.
  await fullExtract(new Uint8Array(readFileSync(pdfs[0]![1])), 'warm-up', true);

  const pdfRows: PdfRow[] = [];
  for (const [name, path] of pdfs) {
    const row = await benchPdf(name, path);
    pdfRows.push(row);
    console.error(`${name}: baseline ${ms(row.baseline)} ms, extract ${ms(row.extract)} ms`);
  }
  const htmlRows: HtmlRow[] = [];
  for (const id of FIXTURE_IDS)
    htmlRows.push(await benchHtml(`fixture ${id}`, sharedPath('fixtures', id, 'page.html')));

  let nproc = String(availableParallelism());
  try {
    nproc = execSync('nproc').toString().trim();
  } catch {
    // availableParallelism is the same figure where nproc is missing.
  }
  const sum = (f: (r: PdfRow) => number) => pdfRows.reduce((n, r) => n + f(r), 0);
  const totalBase = sum((r) => r.baseline);
  const totalExt = sum((r) => r.extract);
  const totalAna = analyze ? sum((r) => r.analysis ?? 0) : null;
  const lines: string[] = [];
  lines.push('# Benchmark: PDF and HTML extraction', '');
  lines.push(
    `- date: ${new Date().toISOString()}`,
    `- node: ${process.version}`,
    `- machine: nproc ${nproc}, load average at end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (a shared machine: compare the ratios, not the absolute times)`,
    `- runs per figure: ${RUNS} (median)`,
    `- analysis (lib/pipeline analyzeExtracted): ${analyze ? 'included' : 'not available'}`,
    '',
  );
  lines.push('## PDF (ms; ratios against the pdf.js text baseline)', '');
  lines.push(
    '| document | pages | baseline: pdf.js text | extractPdf | ratio | full analysis | ratio | peak rss MB | peak heap MB |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of pdfRows) {
    lines.push(
      `| ${r.name} | ${r.pages} | ${ms(r.baseline)} | ${ms(r.extract)} | ${ratio(r.extract, r.baseline)} | ${
        r.analysis === null ? '–' : ms(r.analysis)
      } | ${r.analysis === null ? '–' : ratio(r.analysis, r.baseline)} | ${mb(r.rss)} | ${mb(r.heap)} |`,
    );
  }
  lines.push(
    `| **all** | ${sum((r) => r.pages)} | ${ms(totalBase)} | ${ms(totalExt)} | ${ratio(totalExt, totalBase)} | ${
      totalAna === null ? '–' : ms(totalAna)
    } | ${totalAna === null ? '–' : ratio(totalAna, totalBase)} | ${mb(Math.max(...pdfRows.map((r) => r.rss)))} | ${mb(
      Math.max(...pdfRows.map((r) => r.heap)),
    )} |`,
  );
  lines.push('', 'Target: full analysis within 2× of the baseline (stretch 1.3×).', '');
  lines.push('## HTML (ms)', '');
  lines.push('| page | linkedom parseHTML | parse + extractHtml | ratio | parse + extract + analysis | ratio |');
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const r of htmlRows) {
    lines.push(
      `| ${r.name} | ${ms(r.parse)} | ${r.extract === null ? '–' : ms(r.extract)} | ${
        r.extract === null ? '–' : ratio(r.extract, r.parse)
      } | ${r.analysis === null ? '–' : ms(r.analysis)} | ${r.analysis === null ? '–' : ratio(r.analysis, r.parse)} |`,
    );
  }
  const md = `${lines.join('\n')}\n`;
  mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'results.md'), md);
  console.log(md);
}

await main();
