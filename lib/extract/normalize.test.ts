import { describe, expect, it } from 'vitest';
import { normalizeChars, rememberText } from './normalize';

describe('normalizeChars', () => {
  it('drops zero-width, bidi-control and other invisible format characters', () => {
    expect(normalizeChars('1\u200B234.\u200D50\uFEFF')).toBe('1234.50');
    expect(normalizeChars('\u202E预算\u202C\u2066表\u2069\u00AD')).toBe('预算表');
  });
});

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
