/**
 * Mutation benchmark for the checks engine (issue "The checks"): injects thousands of single-cell mutations — change
 * a digit, swap two digits, shift the decimal point — into the amount cells of the generated documents (every
 * tests/generator variant) and the three seed fixtures, at the ExtractedDocument level (a cell's text is changed,
 * then recognise + checks run again; HTML is parsed once). Reports the share detected among mutations larger than
 * the rounding bound in cells some identity covers (target ≥ 99 %), and the errors on unmutated documents (target 0
 * on generated documents, whose truth satisfies every identity). Prints a markdown table and writes
 * bench/mutations.md. It reads ../shared when present and writes only that file.
 *
 * Usage: npx tsx scripts/bench-mutations.ts [--per-doc N] [--seed N] [--out FILE]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { parseHTML } from 'linkedom';
import type { Finding, Verified } from '../lib/checks/finding';
import { runChecks, type VerifiedBound } from '../lib/checks/run-checks';
import { extractHtml } from '../lib/extract/html';
import { extractPdf } from '../lib/extract/pdf';
import { openPdfNode } from '../lib/extract/pdf/open-node';
import type { ExtractedDocument } from '../lib/extract/types';
import type { BudgetDocument, MoneyUnitName } from '../lib/model/budget-document';
import { isAmountRole } from '../lib/model/column-roles';
import { FORM_KINDS } from '../lib/model/table-kinds';
import { parseAmount } from '../lib/money/amount';
import { toYuan } from '../lib/money/unit';
import { withSources } from '../lib/narrative/sources';
import { recogniseDocument } from '../lib/recognise/recognise-document';
import { generateFinalVariant, generateVariant, renderPage } from '../tests/generator/document';
import { createRng, type Rng } from '../tests/generator/prng';
import { VARIANTS } from '../tests/generator/spec';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SHARED = process.env.BUDGETLENS_SHARED ?? resolve(ROOT, '../shared');
const FIXTURES = ['zezhou-energy-2025', 'jincheng-energy-2025', 'zezhou-industry-2024'];
const REAL_PDFS = [
  'SH_putuo_2025_dept-budget_caizhengju.pdf',
  'SH_city_2025_unit-budget_shanghai-caizhengju.pdf',
  'SH_putuo_2025_dept-budget_wanlijiedao.pdf',
  'SH_putuo_2025_dept-budget_qufuban.pdf',
  // Other provinces' templates, the five with hand-checked cell truth (tests/fixtures/wild).
  'wild/GD_shenzhen_2026_dept-budget_caizhengju.pdf',
  'wild/CQ_chongqing_2026_dept-budget_shangwuwei.pdf',
  'wild/JS_jiangsu_2019_dept-budget-tables_zhengxie.pdf',
  'wild/SN_xian_2021_dept-budget_xuanchuanbu.pdf',
  'wild/GD_foshan_2019_dept-final-accounts_guidaojiaotongju.pdf',
  'SH_putuo_2024_dept-final-accounts_caizhengju.pdf',
];
/** Generator variants whose 决算 the bench mutates as well ('rounded' has no exact 决算). */
const FINAL_VARIANTS = VARIANTS.filter((v) => v !== 'rounded');

export type MutationKind = 'digit' | 'swap' | 'shift';

export interface BenchOptions {
  /** Mutations per document (default 300). */
  perDoc?: number;
  seed?: number;
  /** Include the seed fixtures when ../shared exists (default true). */
  fixtures?: boolean;
  /** Include the real PDFs (../shared/real: Shanghai, and five of real/wild), extracted once with pdf.js (default true). */
  real?: boolean;
  /** Write the markdown here (default bench/mutations.md); null to skip writing. */
  out?: string | null;
}

export interface SourceResult {
  source: string;
  /** Table-rule / all-rule errors on the unmutated document. */
  baselineErrors: number;
  baselineTableErrors: number;
  mutations: number;
  /** Larger than the rounding bound, in a cell some identity covers. */
  eligible: number;
  detected: number;
  /** Stricter: a table-rule error/warning naming the mutated cell itself. */
  strict: number;
  /** Detected among all mutations (eligible or not), for context. */
  detectedAll: number;
  byKind: Record<MutationKind, { eligible: number; detected: number }>;
  missed: string[];
  ms: number;
}

export interface BenchResult {
  sources: SourceResult[];
  total: { mutations: number; eligible: number; detected: number; strict: number; share: number; falseErrors: number };
  markdown: string;
}

interface Cell {
  table: number;
  row: number;
  col: number;
  unit: MoneyUnitName;
}

const key = (c: { table: number; row: number; col: number }) => `${c.table}:${c.row}:${c.col}`;
const findingKey = (f: Finding) => `${f.rule}|${f.cells.map(key).join(',')}`;
const isTableRule = (rule: string) => !/^(narrative|perf)-/.test(rule);

/** Amount cells of the model with a printed number, and the unit each is printed in. */
function amountCells(doc: BudgetDocument): Cell[] {
  const out: Cell[] = [];
  for (const t of doc.tables) {
    if (FORM_KINDS.has(t.kind) || t.unit === null) continue;
    for (const r of t.rows)
      for (const c of t.columns) {
        if (!isAmountRole(c.role)) continue;
        if ((r.amounts[c.key] ?? null) === null) continue;
        out.push({ table: t.index, row: r.gridRow, col: c.index, unit: t.unit });
      }
  }
  return out;
}

/** Largest bound (in 元) of any identity covering each cell; a cell absent from the map is covered by none. */
function coverage(findings: Finding[], verified: Verified[], bounds: (VerifiedBound | null)[]): Map<string, Decimal> {
  const m = new Map<string, Decimal>();
  const add = (
    cells: { table: number; row: number; col: number }[],
    tol: string | null | undefined,
    unit: MoneyUnitName | null | undefined,
  ) => {
    const b = tol && unit ? toYuan(new Decimal(tol), unit) : new Decimal(0);
    for (const c of cells) {
      const k = key(c);
      const prev = m.get(k);
      if (!prev || b.gt(prev)) m.set(k, b);
    }
  };
  verified.forEach((v, i) => {
    const b = bounds[i];
    if (v.cells.length > 1 || b) add(v.cells, b?.tolerance, b?.unit);
  });
  for (const f of findings) if (f.formula !== 'internal-error' && f.cells.length > 1) add(f.cells, f.tolerance, f.unit);
  return m;
}

/** One mutation of a printed number, or null when the operation does not apply (or changes nothing). */
export function mutateText(text: string, kind: MutationKind, rng: Rng): string | null {
  const chars = [...text];
  const digits = chars.map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  if (digits.length === 0) return null;
  if (kind === 'digit') {
    const i = rng.pick(digits);
    const old = chars[i] ?? '0';
    let d = old;
    while (d === old) d = String(rng.int(0, 9));
    chars[i] = d;
  } else if (kind === 'swap') {
    const pairs: [number, number][] = [];
    for (let k = 0; k + 1 < digits.length; k++) {
      const a = digits[k] as number;
      const b = digits[k + 1] as number;
      if (chars[a] !== chars[b]) pairs.push([a, b]);
    }
    if (pairs.length === 0) return null;
    const [a, b] = rng.pick(pairs);
    [chars[a], chars[b]] = [chars[b] ?? '', chars[a] ?? ''];
  } else {
    const plain = text.replace(/,/g, '');
    const dot = plain.indexOf('.');
    const left = rng.chance(0.5);
    if (dot < 0) return left && plain.length > 1 ? plain.slice(0, -1) : `${plain}0`;
    const body = plain.replace('.', '');
    const at = left ? dot - 1 : dot + 1;
    if (at <= 0 || at >= body.length) return left ? `${body.slice(0, dot)}0.${body.slice(dot)}` : null;
    return `${body.slice(0, at)}.${body.slice(at)}`.replace(/^0+(?=\d)/, '');
  }
  const out = chars.join('');
  return out === text ? null : out;
}

function delta(before: string, after: string, unit: MoneyUnitName): Decimal | null {
  const a = parseAmount(before);
  const b = parseAmount(after);
  if (a.kind !== 'number' || b.kind !== 'number' || !a.value || !b.value) return null;
  return toYuan(b.value.minus(a.value).abs(), unit);
}

function benchOne(source: string, extracted: ExtractedDocument, perDoc: number, rng: Rng): SourceResult {
  const t0 = Date.now();
  const base = withSources(recogniseDocument(extracted), extracted);
  const baseRun = runChecks(base);
  const baseErrors = new Set(baseRun.findings.filter((f) => f.severity === 'error').map(findingKey));
  const cover = coverage(baseRun.findings, baseRun.verified, baseRun.verifiedBounds);
  const cells = amountCells(base);
  const res: SourceResult = {
    source,
    baselineErrors: baseRun.findings.filter((f) => f.severity === 'error').length,
    baselineTableErrors: baseRun.findings.filter((f) => f.severity === 'error' && isTableRule(f.rule)).length,
    mutations: 0,
    eligible: 0,
    detected: 0,
    strict: 0,
    detectedAll: 0,
    byKind: {
      digit: { eligible: 0, detected: 0 },
      swap: { eligible: 0, detected: 0 },
      shift: { eligible: 0, detected: 0 },
    },
    missed: [],
    ms: 0,
  };
  if (cells.length === 0) return res;
  const kinds: MutationKind[] = ['digit', 'swap', 'shift'];
  let attempts = 0;
  while (res.mutations < perDoc && attempts < perDoc * 5) {
    attempts++;
    const cell = rng.pick(cells);
    const kind = rng.pick(kinds);
    const gridCell = extracted.tables[cell.table]?.rows[cell.row]?.[cell.col];
    if (!gridCell) continue;
    const before = gridCell.text;
    const after = mutateText(before, kind, rng);
    if (after === null) continue;
    const d = delta(before, after, cell.unit);
    if (d === null || d.isZero()) continue;
    gridCell.text = after;
    let detected = false;
    let strict = false;
    try {
      const run = runChecks(withSources(recogniseDocument(extracted), extracted));
      const k = key(cell);
      strict = run.findings.some(
        (f) =>
          (f.severity === 'error' || f.severity === 'warning') &&
          isTableRule(f.rule) &&
          f.cells.some((c) => key(c) === k),
      );
      detected = run.findings.some(
        (f) =>
          ((f.severity === 'error' || f.severity === 'warning') && f.cells.some((c) => key(c) === k)) ||
          (f.severity === 'error' && !baseErrors.has(findingKey(f))),
      );
    } finally {
      gridCell.text = before;
    }
    res.mutations++;
    if (detected) res.detectedAll++;
    const bound = cover.get(key(cell));
    if (bound === undefined || d.lte(bound)) continue;
    res.eligible++;
    res.byKind[kind].eligible++;
    if (strict) res.strict++;
    if (detected) {
      res.detected++;
      res.byKind[kind].detected++;
    } else if (res.missed.length < 8) {
      const t = base.tables[cell.table];
      const row = t?.rows.find((r) => r.gridRow === cell.row);
      res.missed.push(
        `${source} ${t?.kind} r${cell.row}c${cell.col} (${row?.code ?? ''} ${row?.name ?? ''}) ${before} → ${after} [${kind}]`,
      );
    }
  }
  res.ms = Date.now() - t0;
  return res;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(2)} %`);

function markdown(
  sources: SourceResult[],
  total: BenchResult['total'],
  opts: Required<Omit<BenchOptions, 'out'>>,
): string {
  const lines = [
    '# Checks: mutation benchmark',
    '',
    `Single-cell mutations (change a digit, swap two adjacent digits, shift the decimal point) of printed amount cells,`,
    `${opts.perDoc} per document, seed ${opts.seed}. A mutation is *eligible* when it moves the amount by more than the`,
    'rounding bound of every identity covering the cell, in a cell at least one identity covers. *Detected*: an',
    'error/warning finding touching the mutated cell, or any error not present on the unmutated document. *Strict*:',
    'a table rule (not narrative/annex) reports an error or warning naming the mutated cell itself.',
    'Generated by `npx tsx scripts/bench-mutations.ts`.',
    '',
    '| document | errors unmutated (all / table rules) | mutations | eligible | detected | share | strict | digit | swap | shift | ms |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of sources)
    lines.push(
      `| ${s.source} | ${s.baselineErrors} / ${s.baselineTableErrors} | ${s.mutations} | ${s.eligible} | ${s.detected} | ${pct(s.detected, s.eligible)} | ${pct(s.strict, s.eligible)} | ${pct(s.byKind.digit.detected, s.byKind.digit.eligible)} | ${pct(s.byKind.swap.detected, s.byKind.swap.eligible)} | ${pct(s.byKind.shift.detected, s.byKind.shift.eligible)} | ${s.ms} |`,
    );
  lines.push(
    `| **total** | ${total.falseErrors} false (generated) | ${total.mutations} | ${total.eligible} | ${total.detected} | **${pct(total.detected, total.eligible)}** | ${pct(total.strict, total.eligible)} | | | | |`,
    '',
    'Errors on unmutated documents: generated documents must have none (their truth satisfies every identity); the',
    'seed fixtures carry real, hand-verified inconsistencies (../shared/expected), so their errors are expected ones;',
    'the real Shanghai PDFs and five of other provinces (../shared/real, real/wild; extracted with pdf.js) are mutated at',
    'the same ExtractedDocument level. On a real document a mutation that leaves its table unconfirmed is reported as',
    '"unverified" (could not be read reliably), not as an error, and so counts as missed here.',
    '',
  );
  const missed = sources.flatMap((s) => s.missed);
  if (missed.length > 0)
    lines.push('## Missed eligible mutations (first few per document)', '', ...missed.map((m) => `- ${m}`), '');
  return lines.join('\n');
}

export async function runMutationBench(options: BenchOptions = {}): Promise<BenchResult> {
  const opts = {
    perDoc: options.perDoc ?? 300,
    seed: options.seed ?? 20250101,
    fixtures: options.fixtures ?? true,
    real: options.real ?? true,
  };
  const rng = createRng(opts.seed);
  const docs: [string, ExtractedDocument, boolean][] = [];
  for (const v of VARIANTS) {
    const { document } = parseHTML(renderPage(generateVariant(v)));
    docs.push([`generated/${v}`, extractHtml(document as unknown as Document, `generated/${v}`), true]);
  }
  // The 部门决算 of the same departments and years (tests/generator/final.ts).
  for (const v of FINAL_VARIANTS) {
    const { document } = parseHTML(renderPage(generateFinalVariant(v)));
    docs.push([`generated/${v} 决算`, extractHtml(document as unknown as Document, `generated/${v}-final`), true]);
  }
  if (opts.fixtures && existsSync(join(SHARED, 'fixtures')))
    for (const id of FIXTURES) {
      const { document } = parseHTML(readFileSync(join(SHARED, 'fixtures', id, 'page.html'), 'utf8'));
      docs.push([`fixture/${id}`, extractHtml(document as unknown as Document, id), false]);
    }
  if (opts.real && existsSync(join(SHARED, 'real')))
    for (const f of REAL_PDFS) {
      const path = join(SHARED, 'real', f);
      if (!existsSync(path)) continue;
      const pdf = await openPdfNode(new Uint8Array(readFileSync(path)));
      docs.push([`real/${f.replace(/\.pdf$/, '').replace(/^wild\//, 'wild: ')}`, await extractPdf(pdf, path), false]);
    }
  const sources = docs.map(([name, ex]) => benchOne(name, ex, opts.perDoc, rng));
  const generated = sources.filter((_, i) => docs[i]?.[2]);
  const total = {
    mutations: sources.reduce((a, s) => a + s.mutations, 0),
    eligible: sources.reduce((a, s) => a + s.eligible, 0),
    detected: sources.reduce((a, s) => a + s.detected, 0),
    strict: sources.reduce((a, s) => a + s.strict, 0),
    share: 0,
    falseErrors: generated.reduce((a, s) => a + s.baselineErrors, 0),
  };
  total.share = total.eligible === 0 ? 0 : total.detected / total.eligible;
  const md = markdown(sources, total, opts);
  const out = options.out === undefined ? join(ROOT, 'bench/mutations.md') : options.out;
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${md}\n`);
  }
  return { sources, total, markdown: md };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const perDoc = arg('--per-doc');
  const seed = arg('--seed');
  const out = arg('--out');
  const r = await runMutationBench({
    ...(perDoc ? { perDoc: Number(perDoc) } : {}),
    ...(seed ? { seed: Number(seed) } : {}),
    ...(out ? { out } : {}),
  });
  console.log(r.markdown);
}
