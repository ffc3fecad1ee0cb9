/**
 * Text normalisation shared by every extractor (stage 1). Pure string functions, no DOM, no pdf.js.
 */
import { RADICAL_PAIRS } from './radicals.generated';

const RADICALS = new Map<string, string>();
for (let i = 0; i < RADICAL_PAIRS.length; ) {
  const a = String.fromCodePoint(RADICAL_PAIRS.codePointAt(i) as number);
  i += a.length;
  const b = String.fromCodePoint(RADICAL_PAIRS.codePointAt(i) as number);
  i += b.length;
  RADICALS.set(a, b);
}
// KANGXI RADICAL DOOR: NFKC gives the traditional 戶, but the documents are simplified Chinese.
RADICALS.set('\u2F3E', '户');

const RADICAL_RE = /[\u2E80-\u2EFF\u2F3E]/gu;

/** NFKC plus radical-to-ideograph mapping; keeps whitespace as is. */
export function normalizeChars(s: string): string {
  return s.replace(RADICAL_RE, (c) => RADICALS.get(c) ?? c).normalize('NFKC');
}

/** Normalised cell or line text: characters normalised, whitespace runs (incl. NBSP, ideographic space) collapsed, trimmed. */
export function normalizeText(s: string): string {
  return normalizeChars(s).replace(/\s+/gu, ' ').trim();
}

/** Text with all whitespace removed, the form used to compare cells with ground truth. */
export function squash(s: string): string {
  return normalizeChars(s).replace(/\s+/gu, '');
}

/**
 * A text function whose results are remembered: later stages fold the same labels and cells over and over (every row
 * name against every pattern, for every rule). Bounded, so a long session on a single-page site cannot grow it forever.
 */
export function rememberText(fn: (s: string) => string, max = 50_000): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) {
      out = fn(s);
      if (seen.size >= max) seen.clear();
      seen.set(s, out);
    }
    return out;
  };
}
