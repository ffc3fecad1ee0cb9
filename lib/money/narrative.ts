/**
 * Money & units: amounts and percentages written in running Chinese text (情况说明), with their positions,
 * so the narrative-claims stage can read sentences like `收入2,061.71万元，占61.19%`. It only finds and parses
 * mentions; it does not decide what an amount refers to, and it does not normalise the text (positions are
 * offsets into the string it was given, in UTF-16 code units).
 */
import Decimal from 'decimal.js';
import type { MoneyUnit } from './unit';
import { parseUnit } from './unit';

export interface MoneyMention {
  value: Decimal;
  unit: MoneyUnit;
  /** Digits printed after the decimal point. */
  decimals: number;
  /** [start, end) offsets of `raw` in the searched text. */
  start: number;
  end: number;
  /** The text as printed, number and unit, e.g. `2,061.71万元`. */
  raw: string;
}

export interface PercentMention {
  /** As printed: `61.19%` → 61.19. */
  value: Decimal;
  decimals: number;
  start: number;
  end: number;
  raw: string;
}

// ASCII digits group with `,`; full-width digits with `，` or `,` — a full-width comma between ASCII digits is
// read as a clause break (`增加2，100万元` is too ambiguous to call 2,100).
const ASCII_NUM = `(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:[.．][0-9]+)?`;
const WIDE_NUM = `(?:[０-９]{1,3}(?:[，,][０-９]{3})+(?![０-９])|[０-９]+)(?:[.．][０-９]+)?`;
const NUM = `(?:${ASCII_NUM}|${WIDE_NUM})`;
// Not starting in the middle of a number: after a digit, a decimal point, or a digit-and-comma (`1,2345万元`
// is a misprint we would rather not read than read as 2345).
const NOT_AFTER_DIGIT = `(?<![0-9０-９.．])(?<![0-9０-９][,，])`;
// Text from PDFs may space the unit apart (`12.3 万 元`).
const MONEY_RE = new RegExp(`${NOT_AFTER_DIGIT}(${NUM})\\s*((?:[亿億万萬]\\s*)?元)`, 'gu');
const PERCENT_RE = new RegExp(`${NOT_AFTER_DIGIT}([-－−]?)(${NUM})\\s*[%％]`, 'gu');

function parseNumber(raw: string): { value: Decimal; decimals: number } {
  const s = raw.normalize('NFKC').replace(/,/gu, '');
  const dot = s.indexOf('.');
  return { value: new Decimal(s), decimals: dot < 0 ? 0 : s.length - dot - 1 };
}

/** Every amount with a written unit (`800万元`, `1.5亿元`, `350元`, `12.3 万元`), in text order. */
export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY_RE)) {
    const num = m[1];
    const unit = parseUnit(m[2] ?? '');
    if (num === undefined || unit === null) continue;
    const { value, decimals } = parseNumber(num);
    const start = m.index;
    out.push({ value, unit, decimals, start, end: start + m[0].length, raw: m[0] });
  }
  return out;
}

/** Every percentage (`61.19%`, `12.5％`, `-3%`), in text order. */
export function findPercents(text: string): PercentMention[] {
  const out: PercentMention[] = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    const num = m[2];
    if (num === undefined) continue;
    const parsed = parseNumber(num);
    const value = m[1] ? parsed.value.negated() : parsed.value;
    const start = m.index;
    out.push({ value, decimals: parsed.decimals, start, end: start + m[0].length, raw: m[0] });
  }
  return out;
}
