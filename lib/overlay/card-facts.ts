/**
 * Overlay view logic: what a finding's card says, as label/value lines — the rule in plain words, the formula with
 * the actual numbers, stated, computed, difference and tolerance with their unit. Reads the finding only; it never
 * recomputes a number (the check stage did that, in decimal strings, and they are shown as printed).
 */
import type { Finding } from '../checks/finding';
import type { Lang } from '../i18n/strings';
import { LEVEL_GLYPH } from './levels';

export interface CardFact {
  label: 'formula' | 'stated' | 'computed' | 'difference' | 'tolerance';
  value: string;
}

export interface CardText {
  glyph: string;
  message: string;
  rule: string;
  facts: CardFact[];
}

export function cardText(f: Finding, lang: Lang): CardText {
  const unit = f.unit ? ` ${f.unit}` : '';
  const facts: CardFact[] = [];
  // The runner writes a marker, not a formula, for a rule that threw.
  if (f.formula && f.formula !== 'internal-error') facts.push({ label: 'formula', value: f.formula });
  if (f.stated !== null) facts.push({ label: 'stated', value: `${f.stated}${unit}` });
  if (f.computed !== null) facts.push({ label: 'computed', value: `${f.computed}${unit}` });
  if (f.difference !== null) facts.push({ label: 'difference', value: `${f.difference}${unit}` });
  if (f.tolerance !== null) facts.push({ label: 'tolerance', value: `±${f.tolerance.replace(/^[±-]/, '')}${unit}` });
  return { glyph: LEVEL_GLYPH[f.severity], message: f.message[lang], rule: f.rule, facts };
}
