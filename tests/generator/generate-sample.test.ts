/** scripts/generate-sample.ts writes the three files (and a PDF when Chromium is installed) where it says it does. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../scripts/generate-sample';

describe('generateSample', () => {
  it('writes page.html, tables.json and truth.json into <out>/<variant>, with injections recorded', async () => {
    const out = mkdtempSync(join(tmpdir(), 'budgetlens-gen-'));
    const { dir, files } = await generateSample({ out, variant: 'split-codes', inject: [{ kind: 'total', seed: 1 }] });
    expect(dir).toBe(join(out, 'split-codes'));
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['page.html', 'tables.json', 'truth.json']);
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
    expect(truth).toMatchObject({
      organisation: '示例县文化和旅游局',
      year: 2025,
      kind: 'budget',
      scope: 'department',
    });
    expect(truth.injected).toHaveLength(1);
    const tables = JSON.parse(readFileSync(join(dir, 'tables.json'), 'utf8'));
    expect(tables.tables[truth.injected[0].table].rows[truth.injected[0].row][truth.injected[0].col]).toBe(
      truth.injected[0].new,
    );
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toContain('<h1>示例县文化和旅游局2025年度部门预算公开</h1>');
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('prints doc.pdf with Debian Chromium', async () => {
    const out = mkdtempSync(join(tmpdir(), 'budgetlens-gen-'));
    const { files } = await generateSample({ out, pdf: true });
    const pdf = files.find((f) => f.endsWith('doc.pdf'));
    expect(pdf).toBeDefined();
    expect(
      readFileSync(pdf as string)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
