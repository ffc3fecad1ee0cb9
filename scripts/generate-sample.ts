/**
 * Writes the project's own synthetic budget disclosure(s) — page.html, tables.json, truth.json and optionally doc.pdf —
 * from tests/generator. Used by the demo (embedded sample), by e2e tests where ../shared is absent, and by hand.
 * It only writes into the output folder; it never downloads anything (the PDF is printed by Debian's Chromium).
 *
 * Usage: npx tsx scripts/generate-sample.ts [--out DIR] [--variant NAME|all] [--seed N] [--inject KIND:SEED]… [--pdf]
 * (KIND: digit, swap, total, pct-base, missing-note, wrong-note, name; each planted error is listed in truth.json.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type GeneratedDoc,
  generateVariant,
  type InjectKind,
  renderPage,
  tablesJson,
  truthJson,
} from '../tests/generator/document';
import { type InjectOptions, inject } from '../tests/generator/inject';
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
  let doc: GeneratedDoc = generateVariant(variant, opts.seed === undefined ? {} : { seed: opts.seed });
  for (const inj of opts.inject ?? []) doc = inject(doc, inj);
  const dir = join(opts.out ?? DEFAULT_OUT, variant);
  mkdirSync(dir, { recursive: true });
  const html = renderPage(doc);
  const files: string[] = [];
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    files.push(path);
  };
  write('page.html', html);
  write('tables.json', `${JSON.stringify(tablesJson(doc, `generated-${variant}`), null, 1)}\n`);
  write('truth.json', `${JSON.stringify(truthJson(doc), null, 1)}\n`);
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
];

function parseArgs(argv: string[]): {
  out?: string;
  variants: VariantName[];
  seed?: number;
  inject: InjectOptions[];
  pdf: boolean;
} {
  let out: string | undefined;
  let variant = 'sample';
  let seed: number | undefined;
  let pdf = false;
  const injections: InjectOptions[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i];
    else if (a === '--variant') variant = argv[++i] ?? '';
    else if (a === '--seed') seed = Number(argv[++i]);
    else if (a === '--pdf') pdf = true;
    else if (a === '--inject') {
      const [kind, seedText] = (argv[++i] ?? '').split(':');
      if (!INJECT_KINDS.includes(kind as InjectKind) || !Number.isInteger(Number(seedText)))
        throw new Error(`--inject needs KIND:SEED with KIND one of ${INJECT_KINDS.join(', ')}`);
      injections.push({ kind: kind as InjectKind, seed: Number(seedText) });
    } else
      throw new Error(
        `unknown argument '${a}' (usage: [--out DIR] [--variant NAME|all] [--seed N] [--inject KIND:SEED] [--pdf])`,
      );
  }
  if (variant !== 'all' && !VARIANTS.includes(variant as VariantName))
    throw new Error(`unknown variant '${variant}' (known: ${VARIANTS.join(', ')}, all)`);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error('--seed needs an integer');
  const variants = variant === 'all' ? [...VARIANTS] : [variant as VariantName];
  return {
    ...(out ? { out: resolve(out) } : {}),
    variants,
    ...(seed === undefined ? {} : { seed }),
    inject: injections,
    pdf,
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
