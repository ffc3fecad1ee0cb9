/**
 * The fuzzer in CI: a small seeded run over the project's own documents (and ../shared's when present) ends in no
 * crash, timeout or out-of-memory; its mutations are deterministic; and a damaged real PDF whose pdf.js worker leaks
 * a rejection (XRefEntryException) is analysed without ending the process.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePdfBytes } from '../lib/pipeline/node';
import { HAS_SHARED, sharedPath } from '../tests/support/shared';
import { runFuzz } from './fuzz';
import { mutate } from './fuzz-mutate';

describe('fuzz', () => {
  it('mutations are seeded: the same case gives the same bytes', () => {
    const bytes = new TextEncoder().encode(
      '<html><body><table><tr><td>合计</td><td>1.00</td></tr></table></body></html>',
    );
    const a = mutate('html', bytes, 42);
    const b = mutate('html', bytes, 42);
    expect(a.mutation).toBe(b.mutation);
    expect(a.bytes).toEqual(b.bytes);
  });

  it('a small seeded run: every case a report or a clear input error', async () => {
    const r = await runFuzz({ count: 24, seed: 3, workers: 2, shared: HAS_SHARED, out: null, timeoutMs: 60_000 });
    expect(r.cases).toHaveLength(24);
    expect(r.failures.map((f) => `${f.outcome} ${f.seedling} ${f.mutation}: ${f.detail}`)).toEqual([]);
  }, 300_000);

  it.skipIf(!HAS_SHARED)(
    'a real PDF damaged so that pdf.js leaks a rejection is still analysed',
    async () => {
      const original = new Uint8Array(readFileSync(sharedPath('real', 'SH_putuo_2025_dept-budget_caizhengju.pdf')));
      const { mutation, bytes } = mutate('pdf', original, 7 * 100_003 + 123);
      expect(mutation).toBe('zero');
      const report = await analyzePdfBytes(bytes, 'damaged.pdf');
      expect(report.tables.length).toBeGreaterThan(0);
      await new Promise((res) => setTimeout(res, 50));
    },
    120_000,
  );
});
