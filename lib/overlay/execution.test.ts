import { describe, expect, it } from 'vitest';
import type { ExecutionComparison } from '../history/execution';
import type { Analysis } from './analyse';
import { askExecutionFor } from './execution';

const analysis = (id: string) => ({ report: { id } }) as unknown as Analysis;
const answer = { organisation: 'x', year: 2025, tables: [], mismatches: [], notes: [] } as ExecutionComparison;

describe('askExecutionFor', () => {
  it('hands the answer over while its analysis is still shown, and not after another replaced it', async () => {
    const a = analysis('a');
    let shown: Analysis = a;
    const got: ExecutionComparison[] = [];
    askExecutionFor(
      async () => answer,
      a,
      () => shown,
      (e) => got.push(e),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([answer]);
    askExecutionFor(
      async () => answer,
      a,
      () => shown,
      (e) => got.push(e),
    );
    shown = analysis('b');
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toHaveLength(1);
  });
  it('asks nothing without a report or an asker, and a failed ask shows nothing', async () => {
    const got: unknown[] = [];
    askExecutionFor(
      undefined,
      analysis('a'),
      () => null,
      (e) => got.push(e),
    );
    askExecutionFor(
      async () => answer,
      { report: null } as unknown as Analysis,
      () => null,
      (e) => got.push(e),
    );
    const a = analysis('c');
    askExecutionFor(
      async () => Promise.reject(new Error('no background')),
      a,
      () => a,
      (e) => got.push(e),
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toEqual([]);
  });
});
