/**
 * Narrative (stage 5): how alike two project names are — 2 × LCS ÷ (|a| + |b|) over the folded names (no spaces,
 * quotes or brackets; traditional folded to simplified). `国企改革工作经费` vs `国企改制工作经费` → 0.875. Pure.
 */
import { fold } from '../recognise/fold';
import { simplify } from './simplify';

/** The comparison form of a project name. */
export function nameKey(s: string): string {
  return fold(simplify(s)).replace(/[()（）[\]【】《》<>、,，.。:：;；\-—_]/gu, '');
}

function lcs(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  let prev = new Array<number>(B.length + 1).fill(0);
  for (let i = 1; i <= A.length; i++) {
    const cur = new Array<number>(B.length + 1).fill(0);
    for (let j = 1; j <= B.length; j++)
      cur[j] = A[i - 1] === B[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    prev = cur;
  }
  return prev[B.length] ?? 0;
}

/** 1 for equal names, 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === '' || y === '') return 0;
  if (x === y) return 1;
  return (2 * lcs(x, y)) / ([...x].length + [...y].length);
}
