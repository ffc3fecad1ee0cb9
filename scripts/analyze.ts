/**
 * CLI: analyse budget disclosures (HTML pages, PDFs, http(s) URLs) and print the report. Thin wrapper: argument
 * parsing, output and exit codes only; reading and analysis live in lib/pipeline (node.ts), rendering in lib/report.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { followCsv, followMarkdown } from '../lib/follow/summary';
import { type FollowResult, followListing } from '../lib/pipeline/follow';
import { type Execution, executionOf, type YearOnYear, yearOnYearOf } from '../lib/pipeline/history';
import { analyzeSources, type ExtractedSource, extractSource, InputError } from '../lib/pipeline/node';
import { isDisclosure } from '../lib/report/build-report';
import { csvFileName, toCsv } from '../lib/report/csv';
import { nonDisclosureMessage, toMarkdown } from '../lib/report/markdown';
import type { Report } from '../lib/report/report-schema';

const HELP = `Usage: npm run analyze -- <file.html|file.pdf|URL>... [--format json|md|csv] [--out DIR]

Analyses budget (预算) and final-accounts (决算) disclosures and prints a report. A disclosure published as two
files — its text and its tables, of one organisation and year — is read as one when both are given (in any order).

Options:
  --format json   the report as JSON (default); several inputs give a JSON array, or, when some of them are
                  years of the same organisation, { "reports": [...], "yearOnYear": [...] } (each year compared
                  with the nearest earlier one, every row by code: this year, last year, change, %, new/dropped);
                  a 决算 given with the 预算 of its year adds "execution": [...] (per code 预算, 决算, 执行率)
  --format md     a readable Markdown summary (plus a year-on-year table when inputs are years of one organisation,
                  and a budget-against-outturn table when a 决算 comes with its year's 预算)
  --format csv    one CSV per table (UTF-8 with BOM), written into --out (required)
  --out DIR       write files into DIR instead of printing (<name>.report.json, <name>.report.md, <name>/NN-kind.csv)
  --follow        the input is a listing page (a 预决算公开 column): every disclosure it links is read — article
                  pages for their tables or their PDF attachments, the listing's site and gov.cn only, politely
                  (a pause before each request, 120 s per link), each document in a worker thread, as many at
                  once as --jobs. --format ndjson (default): one JSON line per disclosure (organisation, year,
                  kind, tables, findings by severity, source) and per link not readable (its reason); md or csv:
                  a summary table; json: everything at once. Exit 0 when every link was read, 1 otherwise
  --resume FILE   with --follow: skip the links a previous run's NDJSON (FILE) already holds
  --jobs N        with --follow: documents read at once, each in its own thread (default: the cores, at most 4)
  -h, --help      this text

Data goes to stdout, messages to stderr.

Exit codes (with several inputs, the highest applies):
  0  every input was analysed and is a budget/final-accounts disclosure
  1  analysed, but an input is not a disclosure (what was found is said on stderr; an article page whose
     content is a PDF attachment lists the PDF links — they are not followed)
  2  usage error
  3  an input could not be read (missing file, fetch failure, encrypted or corrupt PDF, not HTML/PDF)
  4  internal error
`;

type Format = 'json' | 'md' | 'csv' | 'ndjson';

interface Args {
  inputs: string[];
  format: Format;
  out: string | null;
  /** `--follow`: the input is a listing page; every disclosure it links is read. */
  follow: boolean;
  /** `--resume FILE`: a previous --follow run's NDJSON; the links it holds are not read again. */
  resume: string | null;
  /** `--jobs N`: documents of a listing read at once, each in a worker thread. */
  jobs: number;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' {
  const inputs: string[] = [];
  let format: Format | null = null;
  let out: string | null = null;
  let follow = false;
  let resume: string | null = null;
  let jobs = Math.min(4, availableParallelism());
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '-h' || a === '--help') return 'help';
    if (a === '--follow') follow = true;
    else if (a === '--resume' || a.startsWith('--resume=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError('--resume needs the NDJSON file of a previous --follow run');
      resume = v;
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const v = Number(a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
      if (!Number.isInteger(v) || v < 1 || v > 64) throw new UsageError('--jobs needs a whole number from 1 to 64');
      jobs = v;
    } else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'json' && v !== 'md' && v !== 'csv' && v !== 'ndjson')
        throw new UsageError(`--format must be json, md, csv or ndjson (got ${v ?? 'nothing'})`);
      format = v;
    } else if (a === '--out' || a.startsWith('--out=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) throw new UsageError('--out needs a directory');
      out = v;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else {
      inputs.push(a);
    }
  }
  if (inputs.length === 0) throw new UsageError('no input given');
  if (follow) {
    if (inputs.length !== 1) throw new UsageError('--follow reads one listing page');
    return { inputs, format: format ?? 'ndjson', out, follow, resume, jobs };
  }
  if (resume) throw new UsageError('--resume goes with --follow');
  if (format === 'ndjson') throw new UsageError('--format ndjson goes with --follow');
  if (format === 'csv' && !out) throw new UsageError('--format csv writes one file per table: give --out DIR');
  return { inputs, format: format ?? 'json', out, follow, resume, jobs };
}

function stem(input: string): string {
  const b = basename(input.replace(/[?#].*$/, '').replace(/\/+$/, '')) || 'report';
  return b.replace(/\.(x?html?|pdf)$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '_');
}

async function emit(args: Args, reports: { input: string; report: Report }[]): Promise<void> {
  if (args.out) {
    await mkdir(args.out, { recursive: true });
    const seen = new Map<string, number>();
    for (const { input, report } of reports) {
      let name = stem(input);
      const n = seen.get(name) ?? 0;
      seen.set(name, n + 1);
      if (n > 0) name = `${name}-${n + 1}`;
      if (args.format === 'json')
        await writeFile(join(args.out, `${name}.report.json`), `${JSON.stringify(report, null, 2)}\n`);
      else if (args.format === 'md') await writeFile(join(args.out, `${name}.report.md`), toMarkdown(report));
      else {
        const dir = join(args.out, name);
        await mkdir(dir, { recursive: true });
        for (const t of report.tables) await writeFile(join(dir, csvFileName(t)), toCsv(t));
      }
      process.stderr.write(`wrote ${args.format} for ${input} into ${args.out}\n`);
    }
    return;
  }
  const yearOnYear = reports.length > 1 ? yearOnYearOf(reports.map((r) => r.report)) : [];
  const execution = reports.length > 1 ? executionOf(reports.map((r) => r.report)) : [];
  if (args.format === 'json') {
    const all = reports.map((r) => r.report);
    const data =
      reports.length === 1 && (args.inputs.length === 1 || reports[0]?.input.includes(' + '))
        ? reports[0]?.report
        : yearOnYear.length > 0 || execution.length > 0
          ? {
              reports: all,
              ...(yearOnYear.length > 0 ? { yearOnYear } : {}),
              ...(execution.length > 0 ? { execution } : {}),
            }
          : all;
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  } else {
    process.stdout.write(reports.map((r) => toMarkdown(r.report)).join('\n---\n\n'));
    for (const y of yearOnYear) process.stdout.write(`\n---\n\n${yearOnYearMarkdown(y)}`);
    for (const e of execution) process.stdout.write(`\n---\n\n${executionMarkdown(e)}`);
  }
}

const STATUS_MD = { both: '', new: '新增 new', dropped: '取消 dropped' } as const;
const SIDE_MD = { income: '收入', expenditure: '支出', left: '左', right: '右' } as const;
const plus = (s: string | null) => (s === null ? '' : /^[1-9]|^0\.\d*[1-9]/u.test(s) ? `+${s}` : s);

/** A readable table of one organisation's changes: every row of every table, this year beside last year. */
function yearOnYearMarkdown(y: YearOnYear): string {
  const cell = (s: string | null) => (s === null ? '' : s);
  const lines = [
    `# 同比 Year on year: ${y.organisation} ${y.current.year} vs ${y.previous.year}`,
    '',
    ...y.notes.map((n) => `> ${n}`),
  ];
  for (const t of y.tables) {
    lines.push(
      '',
      `## ${t.title ?? t.kind} (${t.unit}${t.convertedFrom ? `; ${y.previous.year} converted from ${t.convertedFrom}` : ''})`,
      '',
    );
    lines.push(
      `| 编码 Code | 名称 Name | ${y.current.year} | ${y.previous.year} | 增减 Δ | % | |`,
      '|---|---|--:|--:|--:|--:|---|',
    );
    for (const r of t.rows) {
      const name = `${r.side ? `[${SIDE_MD[r.side]}] ` : ''}${r.name}`.replace(/\|/g, '\\|');
      lines.push(
        `| ${r.code ?? ''} | ${name} | ${cell(r.current)} | ${cell(r.previous)} | ${plus(r.delta)} | ${r.pct === null ? '' : `${plus(r.pct)}%`} | ${STATUS_MD[r.status]} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `--follow`: one row per disclosure a listing links (NDJSON as they come, or a summary table at the end). */
async function runFollow(args: Args): Promise<number> {
  const listing = args.inputs[0] as string;
  const skip = new Set<string>();
  if (args.resume)
    for (const line of (await readFile(args.resume, 'utf8').catch(() => '')).split('\n'))
      try {
        const r = JSON.parse(line) as { link?: unknown };
        if (typeof r.link === 'string') skip.add(r.link);
      } catch {
        // not a row of ours: ignored
      }
  let result: FollowResult;
  try {
    result = await followListing(listing, {
      skip,
      workers: args.jobs,
      onRow: (r) => {
        if (args.format === 'ndjson') process.stdout.write(`${JSON.stringify(r)}\n`);
      },
    });
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`analyze: ${listing}: ${err.message}\n`);
      return 3;
    }
    throw err;
  }
  const { rows } = result;
  if (args.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (args.format === 'md') process.stdout.write(followMarkdown(result.listing, result.links.length, rows));
  else if (args.format === 'csv') process.stdout.write(followCsv(rows));
  const unread = rows.filter((r) => r.row === 'unreadable').length;
  process.stderr.write(
    `analyze: ${result.links.length} link(s) on the listing${result.skipped ? ` (${result.skipped} done before, skipped)` : ''}: ${rows.length - unread} disclosure(s) read, ${unread} not readable\n`,
  );
  return unread > 0 ? 1 : 0;
}

/** 预算 beside 决算 for one year: every row of every paired table, with 执行率 = 决算 ÷ 预算. */
function executionMarkdown(e: Execution): string {
  const lines = [`# 预算执行 Budget against outturn: ${e.organisation} ${e.year}`, '', ...e.notes.map((n) => `> ${n}`)];
  for (const m of e.mismatches)
    lines.push(`> 决算中“${m.name}”的预算数 ${m.inFinal} ≠ 已公开预算 ${m.published} (${m.kind})`);
  for (const t of e.tables) {
    lines.push('', `## ${t.title ?? t.kind} (${t.unit})`, '');
    lines.push('| 编码 Code | 名称 Name | 预算 Budget | 决算 Outturn | 执行率 Rate |', '|---|---|--:|--:|--:|');
    for (const r of t.rows)
      lines.push(
        `| ${r.code ?? ''} | ${r.name.replace(/\|/g, '\\|')} | ${r.budget ?? ''} | ${r.actual ?? ''} | ${r.rate === null ? '' : `${r.rate}%`} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`analyze: ${err.message}\n\n${HELP}`);
      return 2;
    }
    throw err;
  }
  if (args === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (args.follow) return runFollow(args);
  let code = 0;
  const read: ExtractedSource[] = [];
  for (const input of args.inputs) {
    try {
      read.push(await extractSource(input));
    } catch (err) {
      if (err instanceof InputError) {
        process.stderr.write(`analyze: ${input}: ${err.message}\n`);
        code = Math.max(code, 3);
      } else {
        process.stderr.write(
          `analyze: internal error on ${input}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
        );
        code = Math.max(code, 4);
      }
    }
  }
  let reports: { input: string; report: Report }[] = [];
  try {
    // The two files of one disclosure (its text and its tables) are read as one.
    reports = analyzeSources(read);
  } catch (err) {
    process.stderr.write(
      `analyze: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return 4;
  }
  for (const { input, report } of reports) {
    if (reports.length < read.length) process.stderr.write(`analyze: ${input}: read as one disclosure\n`);
    if (!isDisclosure(report)) {
      for (const line of nonDisclosureMessage(report)) process.stderr.write(`${line}\n`);
      code = Math.max(code, 1);
    }
  }
  if (reports.length > 0) await emit(args, reports);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `analyze: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 4;
  },
);
