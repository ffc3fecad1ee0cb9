/**
 * Test infrastructure (synthetic document generator): a tiny seeded PRNG so that a seed always yields the same document.
 * It must not use Math.random or the clock; money is drawn as Decimal in whole hundredths, never as a float amount.
 */
import Decimal from 'decimal.js';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Fisher–Yates copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** Amount in [min, max] with exactly `dp` decimals, drawn as an integer count of 10^-dp units. */
  amount(min: number, max: number, dp?: number): Decimal;
  chance(p: number): boolean;
}

/** mulberry32: 32-bit state, good enough for test data and identical on every platform. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    amount: (min, max, dp = 2) => {
      const scale = 10 ** dp;
      return new Decimal(int(Math.round(min * scale), Math.round(max * scale))).div(scale);
    },
    chance: (p) => next() < p,
  };
}
