/**
 * Recognise (stage 3): classification codes as printed — one column (`2080505`, `30101`) or split into 类/款/项
 * columns (`208 | 05 | 05`) — joined to a digit string, and their level from the length. Codes are kept exactly as
 * printed: a misprinted code (`2101` for `21011`) keeps its digits and gets no level; judging it is for the checks.
 */
import type { Level } from '../model/budget-document';
import { fold } from './fold';

/** Digits of a code cell (`2080505`, `208 05 05`, `301-01`), or null when the cell is not a code. */
export function codeDigits(text: string): string | null {
  const t = fold(text).replace(/[-–.]/gu, '');
  return /^\d{2,9}$/.test(t) ? t : null;
}

/** Joins split code parts (类, 款, 项) in order; null when the first part is not a code. */
export function joinCodeParts(parts: readonly string[]): string | null {
  const digits = parts.map((p) => codeDigits(p) ?? (fold(p) === '' ? '' : null));
  if (digits.some((d) => d === null)) return null;
  const joined = digits.join('');
  return joined === '' ? null : joined;
}

/**
 * Level of a function code (3 类, 5 款, 7 项) or an economic code (3 类, 5 款); undefined for any other length.
 */
export function levelOf(code: string, economic: boolean): Level | undefined {
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'section';
  if (code.length === 7 && !economic) return 'item';
  return undefined;
}

/** `2080505 机关事业单位基本养老保险缴费支出` printed in one cell → code and name. */
export function splitCodeName(text: string): { code: string; name: string } | null {
  const m = /^[[【]?(\d{3}(?:\s?\d{2}){0,2})[\]】]?\s*(?<=[\]】\s])(\S.*)$/u.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  return { code: m[1].replace(/\s/gu, ''), name: m[2] };
}
