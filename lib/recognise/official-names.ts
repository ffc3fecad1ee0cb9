/**
 * Recognise (stage 3) vocabulary: the official name of a 政府收支分类科目 code in a given year
 * (classification-names.generated.ts) and how a printed name compares with it. Pure lookups: what to report, and
 * where, is the checks' business.
 *
 * Printing variants that change nothing are the same name: spacing, full-/half-width brackets and punctuation,
 * quotes, 其它 for 其他, trailing punctuation, a leading list number (`七、`, `（一）`, `1.`, `其中：`) and a trailing
 * level mark (`（类）`). Anything else — an abbreviation, local wording, a cut name — is `unknown`, never wrong.
 */
import type { Level } from '../model/budget-document';
import { CLASSIFICATION_NAMES, type ClassificationFamily } from './classification-names.generated';
import { levelOf } from './codes';
import { fold } from './fold';

export type { ClassificationFamily };

const LEADING_NUMBER_RE =
  /^(?:其中:?|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d)|[①-⑳])+/u;
const TRAILING_PUNCT_RE = /[。.,、;:]+$/u;
const LEVEL_MARK_RE = /\((?:类|款|项)\)$/u;

/** The comparison form of a 科目 name: two printings with the same key are the same name. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/其它/gu, '其他')
    .replace(/[【〔[]/gu, '(')
    .replace(/[】〕\]]/gu, ')')
    .replace(LEADING_NUMBER_RE, '')
    .replace(TRAILING_PUNCT_RE, '')
    .replace(LEVEL_MARK_RE, '')
    .replace(TRAILING_PUNCT_RE, '');
}

/** Function codes start with 2 (支出功能分类), economic ones with 3 (部门预算) or 5 (政府预算); income codes are not covered. */
export function familyOfCode(code: string): ClassificationFamily | null {
  if (!/^\d+$/u.test(code)) return null;
  if (code.startsWith('2')) return 'function';
  if (code.startsWith('3') || code.startsWith('5')) return 'economic';
  return null;
}

interface Named {
  from: number | null;
  to: number | null;
  name: string;
  key: string;
}

const byCode = new Map<string, Named[]>();
for (const [family, code, from, to, name] of CLASSIFICATION_NAMES) {
  const k = `${family}:${code}`;
  byCode.set(k, [...(byCode.get(k) ?? []), { from, to, name, key: nameKey(name) }]);
}

const holds = (n: Named, year: number) => (n.from === null || n.from <= year) && (n.to === null || year <= n.to);

const namesOf = (code: string, family: ClassificationFamily): readonly Named[] => byCode.get(`${family}:${code}`) ?? [];

/** The official names of a code in a year: one, or two in a year whose renaming date is uncertain; [] when not covered. */
export function officialNames(code: string, year: number, family: ClassificationFamily): string[] {
  return namesOf(code, family)
    .filter((n) => holds(n, year))
    .map((n) => n.name);
}

export type NameVerdict =
  | { kind: 'official' }
  /** The code's own name in an earlier year, renamed since. */
  | { kind: 'outdated'; official: string[] }
  /** The official name of other codes of the same level in that year (类 and 款 only). */
  | { kind: 'other-code'; codes: string[]; official: string[] }
  /** Not covered, or wording that is neither (an abbreviation, local wording, a cut name): not judged. */
  | { kind: 'unknown' };

/**
 * An earlier name that is contained in the current one (农业 in 农业农村) may as well be an abbreviation of it, so
 * it is not called outdated.
 */
function earlierName(names: readonly Named[], year: number, key: string): boolean {
  const current = names.filter((n) => holds(n, year));
  return names.some((n) => n.to !== null && n.to < year && n.key === key && !current.some((c) => c.key.includes(key)));
}

const sameLevelIndex = new Map<string, Map<string, string[]>>();

/** key → codes whose official name it is in that year, for one family and level. */
function officialIndex(year: number, family: ClassificationFamily, level: Level): Map<string, string[]> {
  const id = `${year}:${family}:${level}`;
  const hit = sameLevelIndex.get(id);
  if (hit) return hit;
  const index = new Map<string, string[]>();
  for (const [k, names] of byCode) {
    const [fam, code] = k.split(':') as [ClassificationFamily, string];
    if (fam !== family || levelOf(code, family === 'economic') !== level) continue;
    for (const n of names) if (holds(n, year)) index.set(n.key, [...(index.get(n.key) ?? []), code]);
  }
  sameLevelIndex.set(id, index);
  return index;
}

/**
 * How a printed name compares with the code's official name in the year. Another code's name is judged for 类 and 款
 * only: 项 names repeat under every 款 (行政运行, 事业运行), and a 项 printed with another's name is as likely a local
 * wording as a slip.
 */
export function compareName(code: string, year: number, family: ClassificationFamily, printed: string): NameVerdict {
  const names = namesOf(code, family);
  const official = names.filter((n) => holds(n, year));
  const key = nameKey(printed);
  if (official.length === 0 || key === '') return { kind: 'unknown' };
  if (official.some((n) => n.key === key)) return { kind: 'official' };
  const officialText = official.map((n) => n.name);
  if (earlierName(names, year, key)) return { kind: 'outdated', official: officialText };
  const level = levelOf(code, family === 'economic');
  if ((level === 'class' || level === 'section') && !names.some((n) => n.key === key)) {
    // Within one classification: a 3xx code beside a 5xx name is two classifications side by side, read as one.
    const codes = (officialIndex(year, family, level).get(key) ?? []).filter((c) => c !== code && c[0] === code[0]);
    if (codes.length > 0) return { kind: 'other-code', codes, official: officialText };
  }
  return { kind: 'unknown' };
}

export interface OutdatedName {
  code: string;
  level: Level;
  /** The earlier name, as officially written. */
  name: string;
  key: string;
  /** The code's official names in the year. */
  official: string[];
}

const outdatedCache = new Map<string, OutdatedName[]>();

/**
 * The earlier names of one family's codes that are wrong in a year wherever they are printed, code or no code: the
 * code has a name in that year, and no code of either family carries the earlier name then (其他资本性支出, once 310,
 * is 31099 today).
 */
export function outdatedNames(year: number, family: ClassificationFamily): readonly OutdatedName[] {
  const id = `${year}:${family}`;
  const hit = outdatedCache.get(id);
  if (hit) return hit;
  const current = new Set<string>();
  for (const names of byCode.values()) for (const n of names) if (holds(n, year)) current.add(n.key);
  const out: OutdatedName[] = [];
  for (const [k, names] of byCode) {
    const [fam, code] = k.split(':') as [ClassificationFamily, string];
    if (fam !== family) continue;
    const official = names.filter((n) => holds(n, year)).map((n) => n.name);
    if (official.length === 0) continue;
    const level = levelOf(code, family === 'economic');
    if (!level) continue;
    for (const n of names)
      if (!current.has(n.key) && earlierName(names, year, n.key))
        out.push({ code, level, name: n.name, key: n.key, official });
  }
  outdatedCache.set(id, out);
  return out;
}
