/**
 * Stage 1 (extract, HTML): classifies the short lines printed around a table — title, meta (部门名称/单位),
 * labels (`预算公开表1`), period lines (`(2025)年度`), notes (`注：本表无数据`), page furniture — by pattern only.
 * Pure string functions on normalised text; no DOM. It must not key on any one department's or fixture's wording.
 */
import { squash } from '../normalize';

/** Meta keys printed before a table's grid, each followed by a colon. */
const META_RE =
  /^[（(]?(?:部门名称|单位名称|部门|单位|金额单位|计量单位|编制单位|编制部门|预算单位|填报单位|预算部门|主管部门)[:：]/u;
// A unit anywhere in the line (`部门名称：某局 单位：万元`, `（单位：万元）`), even cut short (`单位：万`).
const UNIT_ANYWHERE_RE = /[单單]位[:：]/u;
const PARTIAL_UNIT_END_RE = /[单單]位[:：](?:人民币)?(?:万|萬|亿|億|千)?$/u;
const UNIT_TAIL_RE = /^(?:元|万元|萬元|亿元|億元)?[)）]?$/u;

/** `预算公开表1`, `部门公开表9`, `表一`, `附表3`, `附件2`, `表3-1`, `续表`, `(续)`. */
const LABEL_RE =
  /^(?:[\u4e00-\u9fa5]{0,8}公开表|附表|附件|表)\s*[0-9一二三四五六七八九十百]+(?:[-—－][0-9]+)?[:：]?$|^[\u4e00-\u9fa5]{0,8}公开\s*[0-9]+\s*表[:：]?$|^[（(]?续(?:表|上表)?[)）]?$/u;
/** `(2025)年度`, `(2025年度)`, `2025年度`. */
const PERIOD_RE = /^[（(]?\d{4}[)）]?年度?[)）]?$/u;
/** A table title ends in 表 (optionally followed by parenthesised qualifiers such as `（不含上年结转）`). */
const TITLE_END_RE = /表(?:[（(][^（()）]{0,40}[）)])*$/u;
const SECTION_RE = /^第[一二三四五六七八九十\d]+部分/u;
const SENTENCE_END_RE = /[。；;，,]$/u;

const NOTE_RE = /^[（(]?(?:注|备注|说明|注释)\s*\d*\s*[:：]|^注\s*\d+[、.．]|^注[:：]?$/u;
const EMPTY_TABLE_RE = /(?:本表|此表|该表).{0,16}(?:无|为空|空表|没有)|空表|无数据/u;
const ENUM_RE = /^(?:\d{1,2}[、.．]|[（(]\d{1,2}[)）])/u;

/** Page numbers and page furniture between two pieces of one table (`- 3 -`, `第3页`, `3/12`). */
const PAGE_FURNITURE_RE =
  /^(?:[-—－–]?\d{1,4}[-—－–]?|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}\/\d{1,4}|共\d{1,4}页第\d{1,4}页)$/u;

export function isMetaLine(text: string): boolean {
  const s = squash(text);
  if (s.length === 0 || s.length > 120) return false;
  return META_RE.test(s) || UNIT_ANYWHERE_RE.test(s);
}

/** A meta line whose unit is cut at the line end (`单位：万`, `单位：`), to be completed by the next line. */
export function endsWithPartialUnit(text: string): boolean {
  return PARTIAL_UNIT_END_RE.test(squash(text));
}

/** The rest of a unit split over two lines (`元`, `万元)`). */
export function isUnitTail(text: string): boolean {
  const s = squash(text);
  return s.length > 0 && UNIT_TAIL_RE.test(s);
}

export function isLabelLine(text: string): boolean {
  return LABEL_RE.test(squash(text));
}

export function isPeriodLine(text: string): boolean {
  return PERIOD_RE.test(squash(text));
}

/** Reads as a table title: short, not a sentence, ending in 表 (+ qualifiers). */
export function isTitleLine(text: string): boolean {
  const s = squash(text);
  if (s.length < 4 || s.length > 100) return false;
  if (SENTENCE_END_RE.test(s) || NOTE_RE.test(s) || SECTION_RE.test(s)) return false;
  return TITLE_END_RE.test(s);
}

const META_KEY_RE =
  /[（(]?(?:部门名称|单位名称|金额单位|计量单位|编制单位|编制部门|预算单位|填报单位|预算部门|主管部门|[单單]位)\s*[:：]/u;

/**
 * A title and its meta printed on one line (`2025年预算收支总表 单位：万元`, `…总表（单位：万元）`): split at the
 * first meta key when what precedes it reads as a title. null when the line is not of that shape.
 */
export function splitTitleMeta(text: string): { title: string; meta: string } | null {
  const m = META_KEY_RE.exec(text);
  if (!m || m.index === 0) return null;
  const title = text.slice(0, m.index).trim();
  if (!isTitleLine(title)) return null;
  return { title, meta: text.slice(m.index).trim() };
}

/**
 * A heading element's (or centred/bold line's) text may title a table unless it is a document section heading
 * (`第二部分 …`) or page furniture: converters centre page numbers (`- 3 -`), and one between two pieces of a
 * continued table must not read as the second piece's title.
 */
export function isHeadingTitle(text: string): boolean {
  const s = squash(text);
  return s.length >= 2 && s.length <= 100 && !SECTION_RE.test(s) && !SENTENCE_END_RE.test(s) && !isPageFurniture(s);
}

/** The first line of a note printed under a table. */
export function isNoteLine(text: string): boolean {
  const s = squash(text);
  if (s.length === 0 || s.length > 300) return false;
  return NOTE_RE.test(s) || (s.length <= 120 && EMPTY_TABLE_RE.test(s));
}

/** A further line of a note (`1.…`, `（2）…`) once a note has started. */
export function isNoteContinuation(text: string): boolean {
  const s = squash(text);
  return s.length > 0 && s.length <= 300 && (ENUM_RE.test(s) || NOTE_RE.test(s));
}

// `…总表（续）`, `…总表(续表)`, `…总表 续`, `(续)…总表`, `续表：…总表`: a title repeated over a table's next page.
const CONTINUED_END_RE = /\s*(?:[（(]续(?:表|上表)?[)）]|续表?)$/u;
const CONTINUED_START_RE = /^(?:[（(]续(?:表|上表)?[)）]|续表?[:：]?)\s*/u;

/**
 * The title a continuation title repeats (`2025年预算收支总表（续）` → `2025年预算收支总表`), or null when the line
 * carries no 续 mark or nothing is left without it.
 */
export function continuedTitle(text: string): string | null {
  const t = text.trim();
  const stripped = t.replace(CONTINUED_END_RE, '').replace(CONTINUED_START_RE, '').trim();
  return stripped !== t && stripped !== '' ? stripped : null;
}

/** Nothing but page furniture: may sit between two pieces of one table. */
export function isPageFurniture(text: string): boolean {
  return PAGE_FURNITURE_RE.test(squash(text));
}

const NUMBERED_HEADING_RE =
  /^(?:第[一二三四五六七八九十百\d]+(?:部分|章|节)|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、．])/u;

/** A short line that reads as a numbered heading (`一、收入预算情况说明`, `（一）…`, `第三部分 …`, `1、车辆情况：`). */
export function isNumberedHeading(text: string): boolean {
  const s = squash(text);
  if (s.length > 40 || /[。；;]/u.test(s)) return false;
  if (!NUMBERED_HEADING_RE.test(s)) return false;
  // `1、…` is also how list items and sentences start; only short ones are headings.
  return /^\d/u.test(s) ? s.length <= 16 : true;
}
