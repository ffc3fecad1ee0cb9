/**
 * Writes the project's own synthetic budget disclosure(s) — page.html, tables.json, truth.json and optionally doc.pdf —
 * from tests/generator. Used by the demo (embedded sample), by e2e tests where ../shared is absent, and by hand.
 * It only writes into the output folder; it never downloads anything (the PDF is printed by Debian's Chromium).
 *
 * Usage: npx tsx scripts/generate-sample.ts [--out DIR] [--variant NAME|all] [--seed N] [--kind budget|final]
 *        [--inject KIND:SEED]… [--pdf]
 * (KIND: digit, swap, total, pct-base, missing-note, wrong-note, name, the narrative kinds of inject-text.ts, and for
 * `--kind final` completion-rate, perf-rate; each planted error is listed in truth.json.) `--kind final` writes the
 * 部门决算 of the same department and year (tests/generator/final.ts) into `<out>/<variant>-final/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  docTruthJson,
  type GeneratedDoc,
  generateFinalVariant,
  generateVariant,
  type InjectKind,
  renderPage,
  tablesJson,
} from '../tests/generator/document';
import { type InjectOptions, inject } from '../tests/generator/inject';
import { FINAL_KINDS } from '../tests/generator/inject-final';
import { TEXT_KINDS } from '../tests/generator/inject-text';
import { VARIANTS, type VariantName } from '../tests/generator/spec';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const DEFAULT_OUT = join(ROOT, 'tests/fixtures/generated');

export interface GenerateSampleOptions {
  /** Parent folder; the sample goes into `<out>/<variant>/`. Default tests/fixtures/generated. */
  out?: string;
  variant?: VariantName;
  seed?: number;
  /** Errors to plant (recorded in truth.json `injected`). */
  inject?: InjectOptions[];
  /** Also print doc.pdf from page.html with /usr/bin/chromium. */
  pdf?: boolean;
  /** 'final': the 部门决算 of the same spec (written to `<out>/<variant>-final/`). Default 'budget'. */
  kind?: 'budget' | 'final';
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function printPdf(html: string, path: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path, format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}

export async function generateSample(opts: GenerateSampleOptions = {}): Promise<{ dir: string; files: string[] }> {
  const variant = opts.variant ?? 'sample';
  const final = opts.kind === 'final';
  const overrides = opts.seed === undefined ? {} : { seed: opts.seed };
  let doc: GeneratedDoc = final ? generateFinalVariant(variant, overrides) : generateVariant(variant, overrides);
  for (const inj of opts.inject ?? []) doc = inject(doc, inj);
  const name = final ? `${variant}-final` : variant;
  const dir = join(opts.out ?? DEFAULT_OUT, name);
  mkdirSync(dir, { recursive: true });
  const html = renderPage(doc);
  const files: string[] = [];
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    files.push(path);
  };
  write('page.html', html);
  write('tables.json', `${JSON.stringify(tablesJson(doc, `generated-${name}`), null, 1)}\n`);
  write('truth.json', `${JSON.stringify(docTruthJson(doc), null, 1)}\n`);
  if (opts.pdf) {
    const path = join(dir, 'doc.pdf');
    await printPdf(html, path);
    files.push(path);
  }
  return { dir, files };
}

const INJECT_KINDS: readonly InjectKind[] = [
  'digit',
  'swap',
  'total',
  'pct-base',
  'missing-note',
  'wrong-note',
  'name',
  ...TEXT_KINDS,
  ...FINAL_KINDS,
];

function parseArgs(argv: string[]): {
  out?: string;
  variants: VariantName[];
  seed?: number;
  inject: InjectOptions[];
  pdf: boolean;
  kind: 'budget' | 'final';
} {
  let out: string | undefined;
  let variant = 'sample';
  let seed: number | undefined;
  let pdf = false;
  let kind = 'budget';
  const injections: InjectOptions[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i];
    else if (a === '--variant') variant = argv[++i] ?? '';
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--pdf') pdf = true;
    else if (a === '--kind') kind = argv[++i] ?? '';
    else if (a === '--inject') {
      const [kind, seedText] = (argv[++i] ?? '').split(':');
      if (!INJECT_KINDS.includes(kind as InjectKind) || !Number.isInteger(Number(seedText)))
        throw new Error(`--inject needs KIND:SEED with KIND one of ${INJECT_KINDS.join(', ')}`);
      injections.push({ kind: kind as InjectKind, seed: Number(seedText) });
    } else
      throw new Error(
        `unknown argument '${a}' (usage: [--out DIR] [--variant NAME|all] [--seed N] [--kind budget|final] [--inject KIND:SEED] [--pdf])`,
      );
  }
  if (variant !== 'all' && !VARIANTS.includes(variant as VariantName))
    throw new Error(`unknown variant '${variant}' (known: ${VARIANTS.join(', ')}, all)`);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error('--seed needs an integer');
  if (kind !== 'budget' && kind !== 'final') throw new Error(`--kind needs budget or final, not '${kind}'`);
  // The 决算 mode prints whole hundreds of 元 only: `all` leaves out `rounded` there.
  const variants = (variant === 'all' ? [...VARIANTS] : [variant as VariantName]).filter(
    (v) => kind === 'budget' || variant !== 'all' || v !== 'rounded',
  );
  return {
    ...(out ? { out: resolve(out) } : {}),
    variants,
    ...(seed === undefined ? {} : { seed }),
    inject: injections,
    pdf,
    kind,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const args = parseArgs(process.argv.slice(2));
    for (const variant of args.variants) {
      const t0 = performance.now();
      const { dir, files } = await generateSample({ ...args, variant });
      console.log(`${variant}: ${files.length} files in ${dir} (${Math.round(performance.now() - t0)} ms)`);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
