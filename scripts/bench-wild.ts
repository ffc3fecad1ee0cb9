/**
 * Wild-corpus benchmark (npm run bench / npx tsx scripts/bench-wild.ts): what the engine says about real documents in
 * templates it was not written for (../shared/real/wild). Per input — the two files of one disclosure read as one,
 * as the CLI does — the tables read and how many of them the checks confirm, checks that held, and findings by
 * severity. Every error in this table has been checked against the printed page (tests/fixtures/wild/expected.json
 * pins them); a new one is either a real misprint to verify by hand or a misreading to fix. Writes bench/wild.md.
 * A script, not a stage: it reads files and the clock, and must not be imported by lib/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { followListing } from '../lib/pipeline/follow';
import { analyzeSources, type ExtractedSource, extractSource, InputError } from '../lib/pipeline/node';
import type { Report } from '../lib/report/report-schema';
import { HAS_SHARED, PROJECT_ROOT, sharedPath } from '../tests/support/shared';

const SEVERITIES = ['error', 'warning', 'unverified', 'rounding', 'info'] as const;

/** The same documents' errors before issue 12 (bench/wild-before.json, measured once at the commit it names). */
const BEFORE_FILE = join(PROJECT_ROOT, 'bench', 'wild-before.json');
const before: { commit: string; documents: Record<string, { errors: number; warnings: number }> } | null = existsSync(
  BEFORE_FILE,
)
  ? JSON.parse(readFileSync(BEFORE_FILE, 'utf8'))
  : null;

interface Row {
  input: string;
  /** Errors the files of this document got before (null when not measured). */
  before: number | null;
  pages: number;
  tables: number;
  confident: number;
  passed: number;
  counts: Record<(typeof SEVERITIES)[number], number>;
  ms: number;
  note: string;
}

function beforeOf(files: readonly string[]): number | null {
  const counts = files.map((f) => before?.documents[f]?.errors);
  return counts.every((c) => c !== undefined) ? counts.reduce((a: number, c) => a + c!, 0) : null;
}

function rowOf(input: string, report: Report, ms: number): Row {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Row['counts'];
  for (const f of report.findings) counts[f.severity as keyof Row['counts']] += 1;
  return {
    input,
    before: beforeOf(input.split(' + ')),
    pages: report.source.pages ?? 0,
    tables: report.tables.length,
    confident: report.tables.filter((t) => t.reading.confident).length,
    passed: report.verified.length,
    counts,
    ms,
    note: [report.document.organisation, report.document.year, report.document.kind].filter(Boolean).join(' · '),
  };
}

async function main() {
  const dir = sharedPath('real', 'wild');
  if (!HAS_SHARED) {
    console.log('../shared not found: nothing to benchmark.');
    return;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const rows: Row[] = [];
  const unreadable: string[] = [];
  const sources: ExtractedSource[] = [];
  const took = new Map<string, number>();
  for (const f of files) {
    const t0 = performance.now();
    try {
      sources.push(await extractSource(join(dir, f)));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      unreadable.push(`${f}: ${err.code} — ${err.message}`);
    }
    took.set(join(dir, f), performance.now() - t0);
  }
  const t0 = performance.now();
  const reports = analyzeSources(sources);
  const analysisMs = (performance.now() - t0) / Math.max(1, reports.length);
  for (const { input, report } of reports) {
    const extractMs = input.split(' + ').reduce((n, i) => n + (took.get(i) ?? 0), 0);
    const name = input
      .split(' + ')
      .map((i) => i.slice(dir.length + 1))
      .join(' + ');
    rows.push(rowOf(name, report, extractMs + analysisMs));
  }
  const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  const lines = [
    '# Benchmark: the wild corpus (templates the engine was not written for)',
    '',
    `- date: ${new Date().toISOString()}`,
    `- inputs: ${files.length} PDFs in ../shared/real/wild, read as ${rows.length} documents (a text file and its tables file are one)`,
    '- errors: every one checked against the printed page and pinned in tests/fixtures/wild/expected.json',
    "- unverified: an identity that fails where the table's reading is not confirmed by its other checks — reported as",
    '  "could not read this reliably", never as an error',
    '',
    `| document | pages | tables (confident) | checks held | errors before (${before?.commit ?? '–'}) | error | warning | unverified | rounding | info | ms |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.input}<br>${r.note} | ${r.pages} | ${r.tables} (${r.confident}) | ${r.passed} | ${r.before ?? '–'} | ${SEVERITIES.map((s) => r.counts[s]).join(' | ')} | ${r.ms.toFixed(0)} |`,
    ),
    `| **all** | ${sum((r) => r.pages)} | ${sum((r) => r.tables)} (${sum((r) => r.confident)}) | ${sum((r) => r.passed)} | ${before ? Object.values(before.documents).reduce((a, d) => a + d.errors, 0) : '–'} | ${SEVERITIES.map((s) => sum((r) => r.counts[s])).join(' | ')} | ${sum((r) => r.ms).toFixed(0)} |`,
    '',
  ];
  if (unreadable.length) lines.push('Not readable (said so, no report):', '', ...unreadable.map((u) => `- ${u}`), '');
  // The same PDFs as one listing page (`analyze --follow`): the whole site against the sum of single runs above.
  const listing = join(mkdtempSync(join(tmpdir(), 'bl-listing-')), 'listing.html');
  writeFileSync(
    listing,
    `<!doctype html><html><head><meta charset="utf-8"><title>部门预决算公开</title></head><body><ul>${files
      .map(
        (f) =>
          `<li><a href="${pathToFileURL(join(dir, f)).href}">${/final/u.test(f) ? '部门决算' : '部门预算'}：${f}</a></li>`,
      )
      .join('')}</ul></body></html>`,
  );
  const timed = async (workers: number) => {
    const start = performance.now();
    const r = await followListing(listing, { delayMs: 0, workers });
    return { r, ms: performance.now() - start };
  };
  const oneThread = await timed(0);
  const threads = availableParallelism();
  const pooled = await timed(threads);
  // Each disclosure row against the single-document run of the same file above (a 江苏 text file, read alone when
  // followed, has no single run of its own: it is read there with its tables).
  const single = new Map(rows.map((r) => [r.input, r]));
  let same = 0;
  let compared = 0;
  for (const r of pooled.r.rows) {
    if (r.row !== 'disclosure') continue;
    const one = single.get(basename(fileURLToPath(r.source)));
    if (!one) continue;
    compared++;
    if (SEVERITIES.every((s) => one.counts[s] === r.findings[s])) same++;
  }
  const read = (x: typeof pooled) => x.r.rows.filter((r) => r.row === 'disclosure').length;
  lines.push(
    '## The same PDFs as one listing page (`npm run analyze -- --follow`)',
    '',
    `${pooled.r.links.length} links: ${read(pooled)} disclosures read, ${pooled.r.rows.length - read(pooled)} not readable (each with its reason).`,
    `Rows equal to the single-document run of the same file (findings by severity): ${same} of ${compared}.`,
    '',
    '| how | ms |',
    '|---|---:|',
    `| the documents one by one (above) | ${sum((r) => r.ms).toFixed(0)} |`,
    `| \`--follow\`, two at a time in one thread | ${oneThread.ms.toFixed(0)} |`,
    `| \`--follow\`, ${threads} worker threads (the default, one per core) | ${pooled.ms.toFixed(0)} |`,
    '',
  );
  const md = `${lines.join('\n')}\n`;
  mkdirSync(join(PROJECT_ROOT, 'bench'), { recursive: true });
  writeFileSync(join(PROJECT_ROOT, 'bench', 'wild.md'), md);
  console.log(md);
}

await main();
