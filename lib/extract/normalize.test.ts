import { describe, expect, it } from 'vitest';
import { rememberText } from './normalize';

describe('rememberText', () => {
  it('computes each distinct text once and answers the same afterwards', () => {
    const calls: string[] = [];
    const upper = rememberText((s) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('forgets everything once it holds `max` texts, then starts again', () => {
    const calls: string[] = [];
    const same = rememberText((s) => {
      calls.push(s);
      return s;
    }, 2);
    for (const s of ['a', 'b', 'c', 'a']) same(s);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
