/**
 * Mozilla's addons-linter on the Firefox store zip (npm run lint:addon; part of `npm test`): what addons.mozilla.org
 * runs on an upload, run before we upload. Zips the store build (`wxt zip -b firefox`, never the loopback variant)
 * unless the zip this script last checked is still newer than every source, lints it, prints the counts and each
 * message, and exits 1 on any error. Warnings are printed, not fatal: the ones left come from the libraries we bundle
 * (README.md, Tests, says which and why they stay). A script: it reads files, starts a build and reads the clock.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../tests/support/shared';

/** What the build reads: a change to any of these makes an older zip stale. */
const INPUTS = [
  'entrypoints',
  'lib',
  'components',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  // Changes whenever an install changes node_modules, i.e. a bundled library.
  'node_modules/.package-lock.json',
];
/** Written after a lint of a zip this script built: a zip made since (say by a loopback build) does not match it. */
const STAMP = '.output/lint-addon.stamp';

export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
export interface LintOutput {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** The newest modification time (ms) under the given paths; tests, docs and the build's own output do not count. */
export function newestInput(root: string, paths: readonly string[]): number {
  let newest = 0;
  const walk = (abs: string) => {
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs)) if (!/\.test\.tsx?$/u.test(name)) walk(join(abs, name));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) walk(join(root, p));
  return newest;
}

/** The stamp's text for a zip: its size and modification time, which any rewrite of the zip changes. */
export function stampOf(zip: { size: number; mtimeMs: number }): string {
  return `${zip.size} ${Math.round(zip.mtimeMs)}`;
}

/** Whether the zip can be linted as it is: this script built it, and nothing it was built from has changed since. */
export function isFresh(zip: { size: number; mtimeMs: number } | null, stamp: string | null, newest: number): boolean {
  return zip !== null && stamp === stampOf(zip) && zip.mtimeMs >= newest;
}

/** One line per message: code, where, what (and why, for the manifest's: a script's says only that it is unsafe). */
export function formatMessages(kind: string, messages: readonly LintMessage[]): string[] {
  return messages.map((m) => {
    const where = m.file ? ` ${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}` : '';
    return `  ${kind} ${m.code}${where}: ${m.message}${m.description && m.line === undefined ? ` (${m.description})` : ''}`;
  });
}

interface Linter {
  run(): Promise<LintOutput>;
}
interface LinterModule {
  createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): Linter;
}

async function lint(zip: string): Promise<LintOutput> {
  const require = createRequire(import.meta.url);
  // Its own CLI sets this before loading it; some of its scanners require through it.
  (globalThis as { nodeRequire?: NodeRequire }).nodeRequire = require;
  const linter = (require('addons-linter') as LinterModule).createInstance({
    config: {
      _: [zip],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
      shouldScanFile: () => true,
    },
    runAsBinary: false,
  });
  return linter.run();
}

async function main(): Promise<number> {
  const started = Date.now();
  const { name, version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const zip = join(PROJECT_ROOT, `.output/${name}-${version}-firefox.zip`);
  const stampFile = join(PROJECT_ROOT, STAMP);
  const zipStat = existsSync(zip) ? statSync(zip) : null;
  const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : null;
  if (isFresh(zipStat, stamp, newestInput(PROJECT_ROOT, INPUTS))) {
    console.log(`lint:addon: ${relative(PROJECT_ROOT, zip)} is up to date`);
  } else {
    const env = { ...process.env };
    delete env.BUDGETLENS_LOCAL; // the store build: no loopback hosts
    execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/wxt'), ['zip', '-b', 'firefox'], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`lint:addon: zipped the Firefox build in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const linted = Date.now();
  const out = await lint(zip);
  const { errors, warnings, notices } = out.summary;
  console.log(
    `lint:addon: addons-linter on ${relative(PROJECT_ROOT, zip)}: ${errors} errors, ${warnings} warnings, ${notices} notices (${((Date.now() - linted) / 1000).toFixed(1)} s)`,
  );
  for (const line of [
    ...formatMessages('error', out.errors),
    ...formatMessages('warning', out.warnings),
    ...formatMessages('notice', out.notices),
  ])
    console.log(line);
  if (errors > 0) return 1;
  writeFileSync(stampFile, stampOf(statSync(zip)));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error('lint:addon:', err);
      process.exitCode = 1;
    },
  );
}
