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

/**
 * Invisible format characters: zero-width spaces and joiners, bidi embeddings, overrides and isolates, word joiners,
 * the BOM and soft hyphens. They carry nothing a disclosure means, and left in they can hide a number from the
 * checks (`1\u200B234`) or turn a badge's text around (U+202E).
 */
const INVISIBLE_RE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** NFKC plus radical-to-ideograph mapping, invisible format characters dropped; keeps whitespace as is. */
export function normalizeChars(s: string): string {
  return s
    .replace(RADICAL_RE, (c) => RADICALS.get(c) ?? c)
    .replace(INVISIBLE_RE, '')
    .normalize('NFKC');
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
