/**
 * Rule (stage 6): the 情况说明 names a function 科目 by the name it had before it was renamed (医疗卫生与计划生育支出 in a
 * 2021 说明, 行政事业单位离退休（款） in a 2026 one). A defect of form: a warning. A renamed 类 name is distinctive
 * enough to be found anywhere in the text; a 款 or 项 name only where the text marks it as a 科目 (`（款）`), since
 * the words (行政事业单位离退休, 新闻出版广播影视) are ordinary phrases too. A sentence telling the renaming
 * (原医疗卫生与计划生育支出) is not a use of the old name. Reads the narrative only.
 */

import type { BudgetDocument } from '../../model/budget-document';
import { claimRef } from '../../narrative/claims-of';
import { type BlockAnchor, locate, passagesOf } from '../../narrative/passages';
import { sourcesOf } from '../../narrative/sources';
import { type OutdatedName, outdatedNames } from '../../recognise/official-names';
import { headingLevel } from '../../recognise/sections';
import { defineCheck } from '../define-check';

const BRACKETS: Record<string, string> = { '（': '[（(]', '(': '[（(]', '）': '[）)]', ')': '[）)]' };
const LEVEL_MARK = '\\s*[（(]\\s*[类款项]\\s*[）)]';
const HAN_RE = /\p{Script=Han}/u;
const TOLD_BEFORE_RE = /(?:原|旧|由|从)["“]?$/u;
const TOLD_AFTER_RE = /^["”]?(?:调整|更名|改为|变更|改称)/u;

/** A printed name with any spacing between its characters (a PDF line may break or space a word). */
const spaced = (name: string) =>
  [...name].map((c) => BRACKETS[c] ?? c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*');

interface Matcher {
  re: RegExp;
  /** Needs a level mark after it, and no Han character just before it. */
  marked: boolean;
  name: OutdatedName;
}

function matchersFor(year: number): Matcher[] {
  const names = outdatedNames(year, 'function');
  const stems = names.filter((n) => n.level === 'class').map((n) => n.key.replace(/支出$/u, ''));
  const out: Matcher[] = [];
  for (const n of names) {
    const bare = n.level === 'class' || stems.some((s) => n.key.includes(s));
    if (bare) out.push({ re: new RegExp(spaced(n.name), 'gu'), marked: false, name: n });
    const short = n.name.replace(/支出$/u, '');
    const alt = short !== n.name ? `(?:${spaced(n.name)}|${spaced(short)})` : spaced(n.name);
    out.push({ re: new RegExp(`${alt}${LEVEL_MARK}`, 'gu'), marked: true, name: n });
  }
  return out;
}

interface Hit {
  start: number;
  end: number;
  name: OutdatedName;
}

function hitsIn(text: string, matchers: readonly Matcher[]): Hit[] {
  const all: Hit[] = [];
  for (const m of matchers) {
    for (const found of text.matchAll(m.re)) {
      const start = found.index;
      const end = start + found[0].length;
      if (m.marked && start > 0 && HAN_RE.test(text[start - 1] as string)) continue;
      if (TOLD_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start))) continue;
      if (TOLD_AFTER_RE.test(text.slice(end, end + 3))) continue;
      all.push({ start, end, name: m.name });
    }
  }
  // A longer name covering a shorter one is the one printed (其他医疗卫生与计划生育支出 over 医疗卫生与计划生育支出).
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of all) if (!kept.some((k) => k.start <= h.start && h.end <= k.end)) kept.push(h);
  return kept;
}

/** A stretch of text to search, its section, and where offsets in it are printed. */
interface Piece {
  text: string;
  section: string | null;
  place: (start: number, end: number) => { anchor: BlockAnchor; start: number; end: number };
}

/**
 * The blocks themselves, headings included: a numbered sub-heading (（三）医疗卫生与计划生育支出（类）) is where a 说明
 * most often names a class, and passages leave headings out. Without blocks, the model's sections.
 */
function piecesOf(doc: BudgetDocument): Piece[] {
  const blocks = sourcesOf(doc)?.blocks ?? [];
  if (blocks.length === 0)
    return passagesOf(doc, null).map((p) => ({
      text: p.text,
      section: p.section,
      place: (start, end) => locate(p, start, end),
    }));
  let section: string | null = null;
  return blocks.map((b) => {
    const level = headingLevel(b);
    if (level === 1) section = null;
    else if (level === 2) section = b.text.trim();
    const anchor = (b.anchor ?? null) as BlockAnchor;
    return { text: b.text, section, place: (start, end) => ({ anchor, start, end }) };
  });
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join('或');
const quotedEn = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' or ');

export default defineCheck({
  id: 'code-name-official-text',
  scope: 'narrative',
  title: { zh: '说明中的旧科目名称', en: 'Former category names in the narrative' },
  explain: {
    zh: '情况说明提到科目时应使用当年《政府收支分类科目》中的名称。已更名的科目仍用旧名称（如2019年起的“卫生健康支出”写作“医疗卫生与计划生育支出”），读者无法与表中的行对应。',
    en: "The narrative should name a category as that year's government classification does. A renamed category under its former name (卫生健康支出 since 2019 written as 医疗卫生与计划生育支出) cannot be traced to the table row.",
  },
  formula: '文中科目名称 = 当年规范名称',
  run(doc, ctx) {
    const year = doc.document.year;
    if (year === null) return;
    const matchers = matchersFor(year);
    // Once per code and section: a 说明 that keeps the old name keeps it paragraph after paragraph.
    const reported = new Set<string>();
    for (const p of piecesOf(doc)) {
      for (const h of hitsIn(p.text, matchers)) {
        const key = `${p.section ?? ''}|${h.name.code}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const printed = p.text.slice(h.start, h.end);
        const loc = p.place(h.start, h.end);
        ctx.report({
          severity: 'warning',
          message: {
            zh: `说明中的“${printed}”是科目 ${h.name.code} 更名前的名称；${year}年的规范名称为${quoted(h.name.official)}。`,
            en: `The narrative's "${printed}" is the former name of code ${h.name.code}; its official name in ${year} is ${quotedEn(h.name.official)}.`,
          },
          formula: `name(${h.name.code}, ${year}) = ${quoted(h.name.official)} ≠ “${h.name.name}”`,
          stated: printed,
          cells: [],
          claim: claimRef({
            text: printed,
            section: p.section,
            part: null,
            anchor: loc.anchor,
            start: loc.start,
            end: loc.end,
            sentence: '',
          }),
        });
      }
    }
  },
});
