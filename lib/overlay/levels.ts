/**
 * Overlay view logic: the levels a badge can show (the four finding severities plus a quiet "verified"), their order
 * of importance and their glyphs. Glyphs differ in shape so colour is never the only signal. No DOM, no Preact.
 */
import type { Severity } from '../checks/finding';

export type MarkLevel = Severity | 'verified';

/** Most important first: a cell with several results shows the first of these. */
export const LEVEL_ORDER: readonly MarkLevel[] = ['error', 'warning', 'unverified', 'rounding', 'info', 'verified'];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'unverified', 'rounding', 'info'];

/** One glyph per level, distinct in shape (read by sighted users without colour; screen readers get aria-labels). */
export const LEVEL_GLYPH: Record<MarkLevel, string> = {
  error: '✕',
  warning: '!',
  unverified: '?',
  rounding: '≈',
  info: 'i',
  verified: '✓',
};

/** The more important of two levels. */
export function worstLevel(a: MarkLevel | null, b: MarkLevel): MarkLevel {
  if (a === null) return b;
  return LEVEL_ORDER.indexOf(a) <= LEVEL_ORDER.indexOf(b) ? a : b;
}
