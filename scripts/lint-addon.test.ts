import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessages, isFresh, newestInput, stampOf } from './lint-addon';

describe('lint-addon: when the zip is rebuilt', () => {
  const zip = { size: 3_179_009, mtimeMs: 1_000_000 };

  it('reuses a zip it stamped, when no source is newer', () => {
    expect(isFresh(zip, stampOf(zip), 999_999)).toBe(true);
  });

  it('rebuilds when a source is newer, the zip was rewritten since (a loopback build), or there is none', () => {
    expect(isFresh(zip, stampOf(zip), 1_000_001)).toBe(false);
    expect(isFresh({ ...zip, mtimeMs: 1_000_500 }, stampOf(zip), 0)).toBe(false);
    expect(isFresh({ ...zip, size: zip.size + 1 }, stampOf(zip), 0)).toBe(false);
    expect(isFresh(zip, null, 0)).toBe(false);
    expect(isFresh(null, stampOf(zip), 0)).toBe(false);
  });

  it('the newest input: files anywhere below the paths, tests not counted, missing paths ignored', () => {
    const root = mkdtempSync(join(tmpdir(), 'lint-addon-'));
    mkdirSync(join(root, 'lib/deep'), { recursive: true });
    const at = (rel: string, seconds: number) => {
      writeFileSync(join(root, rel), '');
      utimesSync(join(root, rel), seconds, seconds);
    };
    at('lib/a.ts', 100);
    at('lib/deep/b.ts', 200);
    at('lib/deep/b.test.ts', 900);
    at('wxt.config.ts', 150);
    expect(newestInput(root, ['lib', 'wxt.config.ts', 'missing'])).toBe(200_000);
  });
});

describe('lint-addon: messages', () => {
  it('names the file and position; the description only for a message without a line (the manifest’s)', () => {
    expect(
      formatMessages('warning', [
        {
          code: 'UNSAFE_VAR_ASSIGNMENT',
          message: 'Unsafe assignment to innerHTML',
          description: 'long',
          file: 'a.js',
          line: 4,
          column: 9,
        },
        { code: 'KEY', message: 'Manifest key', description: 'needs 140', file: 'manifest.json' },
      ]),
    ).toEqual([
      '  warning UNSAFE_VAR_ASSIGNMENT a.js:4:9: Unsafe assignment to innerHTML',
      '  warning KEY manifest.json: Manifest key (needs 140)',
    ]);
  });
});
