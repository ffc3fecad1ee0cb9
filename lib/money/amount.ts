/**
 * Money & units (shared by stage 2–4): reads one printed amount cell as a Decimal, never a binary float.
 * It only classifies and parses the printed text; it does not know which unit the table is in, and it must not
 * guess whether an integer is a code (`2080505`) or an amount — callers decide from the column's role.
 */
import Decimal from 'decimal.js';

export type AmountKind = 'blank' | 'dash' | 'number' | 'percent' | 'text';

export interface ParsedAmount {
  kind: AmountKind;
  /** The printed number (a percentage as printed: `12.5%` → 12.5). null for blank, dash and text. */
  value: Decimal | null;
  /** Digits printed after the decimal point (0 for integers and non-numbers); sets the rounding bound. */
  decimals: number;
}

const BLANK: ParsedAmount = { kind: 'blank', value: null, decimals: 0 };
const DASH: ParsedAmount = { kind: 'dash', value: null, decimals: 0 };
const TEXT: ParsedAmount = { kind: 'text', value: null, decimals: 0 };

// After NFKC: full-width digits, `，` `．` `％` `（` `）` `－` are ASCII; U+2212 MINUS SIGN and the dash family are not.
const MINUS_RE = /[\u2212\u2012\u2013\uFE63]/gu;
const DASH_ONLY_RE = /^[-\u2010\u2011\u2012\u2013\u2014\u2015\u2500\u2212\u30FC]+$/u;
// Strict thousands grouping (groups of exactly three) or plain digits; optional fraction.
const NUMBER_BODY = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+)`;
const NUMBER_RE = new RegExp(`^([+-]?)[¥￥]?(${NUMBER_BODY})$`, 'u');
const PERCENT_RE = new RegExp(String.raw`^([+-]?)(${NUMBER_BODY})\s*%$`, 'u');
// Accounting negatives `(12.30)`: only with a decimal point, because `(1)` in a cell is a list marker, not -1.
const PAREN_RE = /^\((\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d+)\)$/u;

function toDecimal(sign: string, body: string): Decimal {
  const d = new Decimal(body.replace(/,/gu, ''));
  return sign === '-' ? d.negated() : d;
}

function fractionDigits(body: string): number {
  const dot = body.indexOf('.');
  return dot < 0 ? 0 : body.length - dot - 1;
}

/** Classifies and parses one printed amount (a table cell). Never throws. */
export function parseAmount(text: string): ParsedAmount {
  const s = text.normalize('NFKC').replace(/\s+/gu, ' ').trim().replace(MINUS_RE, '-');
  if (s === '') return BLANK;
  if (DASH_ONLY_RE.test(s)) return DASH;
  let m = NUMBER_RE.exec(s);
  if (m) {
    const body = m[2] ?? '';
    return { kind: 'number', value: toDecimal(m[1] ?? '', body), decimals: fractionDigits(body) };
  }
  m = PERCENT_RE.exec(s);
  if (m) {
    const body = m[2] ?? '';
    return { kind: 'percent', value: toDecimal(m[1] ?? '', body), decimals: fractionDigits(body) };
  }
  m = PAREN_RE.exec(s);
  if (m) {
    const body = m[1] ?? '';
    return { kind: 'number', value: toDecimal('-', body), decimals: fractionDigits(body) };
  }
  return TEXT;
}
