/**
 * The project's own fuzzer (issue 15): seeded mutations (scripts/fuzz-mutate.ts) of its generated documents (budget
 * and 决算 HTML, hand-built PDFs) and, when present, the ../shared PDFs and pages, each analysed by the one pipeline in
 * a worker thread with a time and memory limit. Outcomes: `report` (analysed, disclosure or not), `input-error` (a
 * clear message, as the CLI's exit code 3) — both fine — and `crash`, `timeout`, `oom` — failures, whose inputs are
 * written to the failures folder for replay (`--replay FILE`). Prints counts by outcome and mutation.
 *
 * Usage: npm run fuzz -- [--count N] [--seed S] [--workers W] [--timeout MS] [--out DIR] [--report FILE] [--no-shared]
 *        npm run fuzz -- --replay FILE
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type Mutation, mutate } from './fuzz-mutate';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SHARED = process.env.BUDGETLENS_SHARED ?? resolve(ROOT, '../shared');

export type Outcome = 'report' | 'input-error' | 'crash' | 'timeout' | 'oom';
export interface Seedling {
  name: string;
  kind: 'pdf' | 'html';
  bytes: Uint8Array;
}
export interface CaseResult {
  id: number;
  seedling: string;
  mutation: Mutation;
  outcome: Outcome;
  detail: string;
  ms: number;
  /** The worker's heap (allocated, MB) once the case was done; null when the worker did not answer. */
  heapMb: number | null;
}
export interface FuzzResult {
  cases: CaseResult[];
  counts: Record<Outcome, number>;
  failures: CaseResult[];
}

/** What one worker does with one input: the pipeline, and the outcome it ended in. */
async function analyseOne(kind: 'pdf' | 'html', bytes: Uint8Array): Promise<{ outcome: Outcome; detail: string }> {
  const { analyzePdfBytes, analyzeHtmlString, InputError } = await import('../lib/pipeline/node');
  try {
    if (kind === 'pdf') await analyzePdfBytes(bytes, 'fuzz.pdf', { requireText: true });
    else analyzeHtmlString(new TextDecoder().decode(bytes), 'fuzz.html');
    return { outcome: 'report', detail: '' };
  } catch (err) {
    if (err instanceof InputError) return { outcome: 'input-error', detail: `${err.code}: ${err.message}` };
    return { outcome: 'crash', detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
}

if (!isMainThread && workerData?.fuzzWorker) {
  // An unhandled rejection the pipeline does not expect ends this worker, as it would end the CLI: a `crash`.
  parentPort?.on('message', async (m: { kind: 'pdf' | 'html'; bytes: Uint8Array }) => {
    const r = await analyseOne(m.kind, m.bytes);
    // Give a leaked rejection the turn it needs to surface before the case is called done.
    await new Promise((res) => setTimeout(res, 0));
    parentPort?.postMessage({ ...r, heapMb: Math.round(getHeapStatistics().total_heap_size / 2 ** 20) });
  });
}

/** The documents the fuzzer starts from: the project's own, and ../shared's when present. */
export async function seedlings(opts: { shared?: boolean } = {}): Promise<Seedling[]> {
  const { generateFinalVariant, generateVariant, renderPage } = await import('../tests/generator/document');
  const { buildPdf, grid, text } = await import('../lib/extract/pdf/test-pdf');
  const enc = (s: string) => new TextEncoder().encode(s);
  const out: Seedling[] = [
    { name: 'generated/sample', kind: 'html', bytes: enc(renderPage(generateVariant('sample'))) },
    { name: 'generated/word-html', kind: 'html', bytes: enc(renderPage(generateVariant('word-html'))) },
    { name: 'generated/sample 决算', kind: 'html', bytes: enc(renderPage(generateFinalVariant('sample'))) },
    {
      name: 'hand-built table PDF',
      kind: 'pdf',
      bytes: buildPdf([
        {
          content: [
            text(60, 800, 'Shouzhi zongbiao'),
            grid([50, 150, 300, 450], [780, 760, 740, 720]),
            text(60, 765, '201'),
            text(160, 765, 'General'),
            text(310, 765, '1000.50'),
            text(60, 745, '208'),
            text(160, 745, 'Social'),
            text(310, 745, '400.00'),
          ].join('\n'),
        },
        { content: text(60, 800, 'page 2') },
      ]),
    },
  ];
  for (const g of ['sample', 'sample-final']) {
    const p = join(ROOT, 'tests/fixtures/generated', g, 'doc.pdf');
    if (existsSync(p)) out.push({ name: `generated/${g}.pdf`, kind: 'pdf', bytes: new Uint8Array(readFileSync(p)) });
  }
  if (opts.shared !== false) {
    for (const dir of ['real', 'real/wild'])
      for (const f of existsSync(join(SHARED, dir)) ? readdirSync(join(SHARED, dir)) : [])
        if (f.endsWith('.pdf'))
          out.push({ name: `${dir}/${f}`, kind: 'pdf', bytes: new Uint8Array(readFileSync(join(SHARED, dir, f))) });
    const html = join(SHARED, 'real/html');
    for (const f of existsSync(html) ? readdirSync(html) : [])
      if (f.endsWith('.html'))
        out.push({ name: `real/html/${f}`, kind: 'html', bytes: new Uint8Array(readFileSync(join(html, f))) });
  }
  return out;
}

class Runner {
  private worker: Worker | null = null;
  private readonly memoryMb: number;
  constructor(memoryMb: number) {
    this.memoryMb = memoryMb;
  }
  private spawn(): Worker {
    // The worker loads this TypeScript file through tsx, whichever runner (tsx, vitest) started the main thread.
    this.worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { fuzzWorker: true },
      execArgv: ['--import', 'tsx'],
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    return this.worker;
  }
  run(
    kind: 'pdf' | 'html',
    bytes: Uint8Array,
    timeoutMs: number,
  ): Promise<{ outcome: Outcome; detail: string; heapMb?: number }> {
    const w = this.worker ?? this.spawn();
    return new Promise((res) => {
      const done = (r: { outcome: Outcome; detail: string; heapMb?: number }, kill: boolean) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (kill) {
          void w.terminate();
          this.worker = null;
        }
        res(r);
      };
      const timer = setTimeout(() => done({ outcome: 'timeout', detail: `over ${timeoutMs} ms` }, true), timeoutMs);
      const onMessage = (r: { outcome: Outcome; detail: string; heapMb?: number }) => done(r, false);
      const onError = (e: Error & { code?: string }) =>
        done(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { outcome: 'oom', detail: `over ${this.memoryMb} MB` }
            : { outcome: 'crash', detail: `${e.name}: ${e.message}` },
          true,
        );
      const onExit = (code: number) => done({ outcome: 'crash', detail: `worker exited (${code})` }, true);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage({ kind, bytes });
    });
  }
  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

export interface FuzzOptions {
  count?: number;
  seed?: number;
  workers?: number;
  timeoutMs?: number;
  memoryMb?: number;
  shared?: boolean;
  /** Where failing inputs are written (null: not written). */
  out?: string | null;
  onCase?: (r: CaseResult) => void;
}

export async function runFuzz(opts: FuzzOptions = {}): Promise<FuzzResult> {
  const count = opts.count ?? 200;
  const seed = opts.seed ?? 1;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const base = await seedlings({ shared: opts.shared ?? true });
  const runners = Array.from(
    { length: Math.max(1, Math.min(opts.workers ?? availableParallelism(), count)) },
    () => new Runner(opts.memoryMb ?? 1024),
  );
  const cases: CaseResult[] = [];
  let next = 0;
  await Promise.all(
    runners.map(async (runner) => {
      for (let id = next++; id < count; id = next++) {
        const s = base[id % base.length] as Seedling;
        const { mutation, bytes } = mutate(s.kind, s.bytes, seed * 100_003 + id);
        const t0 = performance.now();
        const r = await runner.run(s.kind, bytes, timeoutMs);
        const c: CaseResult = {
          id,
          seedling: s.name,
          mutation,
          outcome: r.outcome,
          detail: r.detail,
          ms: Math.round(performance.now() - t0),
          heapMb: r.heapMb ?? null,
        };
        cases.push(c);
        if (c.outcome !== 'report' && c.outcome !== 'input-error' && opts.out) {
          mkdirSync(opts.out, { recursive: true });
          const file = join(opts.out, `${seed}-${id}-${mutation}.${s.kind}`);
          writeFileSync(file, bytes);
          writeFileSync(
            `${file}.json`,
            JSON.stringify({ ...c, seed, replay: `npm run fuzz -- --replay ${file}` }, null, 2),
          );
        }
        opts.onCase?.(c);
      }
    }),
  );
  await Promise.all(runners.map((r) => r.close()));
  cases.sort((a, b) => a.id - b.id);
  const counts: Record<Outcome, number> = { report: 0, 'input-error': 0, crash: 0, timeout: 0, oom: 0 };
  for (const c of cases) counts[c.outcome]++;
  return { cases, counts, failures: cases.filter((c) => c.outcome !== 'report' && c.outcome !== 'input-error') };
}

function table(r: FuzzResult): string {
  const by = new Map<string, Record<Outcome, number>>();
  for (const c of r.cases) {
    const row = by.get(c.mutation) ?? { report: 0, 'input-error': 0, crash: 0, timeout: 0, oom: 0 };
    row[c.outcome]++;
    by.set(c.mutation, row);
  }
  const cols: Outcome[] = ['report', 'input-error', 'crash', 'timeout', 'oom'];
  const lines = [`| mutation | ${cols.join(' | ')} |`, `|---|${cols.map(() => '--:').join('|')}|`];
  for (const [m, row] of [...by].sort()) lines.push(`| ${m} | ${cols.map((c) => row[c]).join(' | ')} |`);
  lines.push(`| **all** | ${cols.map((c) => `**${r.counts[c]}**`).join(' | ')} |`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const replay = arg('--replay');
  if (replay) {
    const kind = replay.endsWith('.pdf') ? 'pdf' : 'html';
    const [r] = await Promise.all([new Runner(1024).run(kind, new Uint8Array(readFileSync(replay)), 60_000)]);
    process.stdout.write(`${basename(replay)}: ${r.outcome} ${r.detail}\n`);
    process.exit(r.outcome === 'report' || r.outcome === 'input-error' ? 0 : 1);
  }
  const count = Number(arg('--count') ?? 200);
  const seed = Number(arg('--seed') ?? 1);
  const out = resolve(arg('--out') ?? join(ROOT, 'artifacts/fuzz'));
  const started = performance.now();
  const r = await runFuzz({
    count,
    seed,
    out,
    shared: !argv.includes('--no-shared'),
    ...(arg('--workers') ? { workers: Number(arg('--workers')) } : {}),
    ...(arg('--timeout') ? { timeoutMs: Number(arg('--timeout')) } : {}),
  });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const slowest = [...r.cases].sort((a, b) => b.ms - a.ms)[0];
  const heaviest = [...r.cases].sort((a, b) => (b.heapMb ?? 0) - (a.heapMb ?? 0))[0];
  const summary = [
    `fuzz: ${count} cases, seed ${seed}, ${secs} s (${availableParallelism()} cores; slowest case ${slowest?.ms ?? 0} ms: ${slowest?.seedling ?? ''} ${slowest?.mutation ?? ''})`,
    `peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB RSS for the whole run (every worker in one process); the largest worker heap after a case ${heaviest?.heapMb ?? 0} MB (${heaviest?.seedling ?? ''} ${heaviest?.mutation ?? ''}; each worker is limited to ${1024} MB)`,
    '',
    table(r),
    '',
    ...r.failures.slice(0, 20).map((f) => `- ${f.outcome} #${f.id} ${f.seedling} (${f.mutation}): ${f.detail}`),
  ].join('\n');
  process.stdout.write(`${summary}\n`);
  const report = arg('--report');
  if (report) writeFileSync(report, `# Fuzzing (npm run fuzz)\n\n${summary}\n`);
  if (r.failures.length > 0) process.stdout.write(`\nfailing inputs in ${out}\n`);
  return r.failures.length > 0 ? 1 : 0;
}

if (isMainThread && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`fuzz: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(4);
    },
  );
