import { describe, expect, it } from 'vitest';
import { createRng } from '../tests/generator/prng';
import { mutateText, runMutationBench } from './bench-mutations';

describe('mutateText', () => {
  const rng = createRng(7);
  it('changes one digit', () => {
    const out = mutateText('427.87', 'digit', rng);
    expect(out).not.toBeNull();
    expect(out).not.toBe('427.87');
    expect(out?.length).toBe(6);
  });
  it('swaps two different adjacent digits, and refuses when all digits are equal', () => {
    expect(['247.87', '472.87', '428.77', '427.78', '42.787'].includes(mutateText('427.87', 'swap', rng) ?? '')).toBe(
      true,
    );
    expect(mutateText('1111', 'swap', rng)).toBeNull();
  });
  it('shifts the decimal point', () => {
    const out = mutateText('427.87', 'shift', rng);
    expect(['42.787', '4278.7']).toContain(out);
  });
});

describe('runMutationBench (small run on generated documents)', () => {
  it('detects every eligible mutation and raises no false error', async () => {
    const r = await runMutationBench({ perDoc: 4, fixtures: false, real: false, out: null, seed: 3 });
    expect(r.total.falseErrors).toBe(0);
    expect(r.total.eligible).toBeGreaterThan(20);
    expect(r.total.share).toBeGreaterThanOrEqual(0.99);
    expect(r.markdown).toContain('| **total** |');
  }, 120_000);
});
