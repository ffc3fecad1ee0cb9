/**
 * Rule (stage 6): text of the 情况说明 that does not display as words — private-use characters (a font's own codes,
 * drawn as boxes or nothing without it), U+FFFD replacement characters, control characters and noncharacters,
 * and runs of rare characters from unrelated scripts (a font whose ToUnicode map is broken reads as CJK Extension
 * characters, kana, Latin or Cyrillic letters mixed together). One rare character, as in a person's or place's name,
 * is legitimate; so are symbols (①, ㎡, ℃, ─) and 〇. Narrative only.
 */
import { claimRef } from '../../narrative/claims-of';
import { formPlace, sentenceAround, textRunsOf } from '../../narrative/text-form';
import { defineCheck } from '../define-check';

/** Never text: private use, replacement character, noncharacters, controls (but line breaks and tabs). */
const BROKEN = '[\\p{Co}\\uFFFD\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]|[^\\P{Cc}\\n\\t]';
/**
 * Characters a Chinese disclosure prints: ASCII, the unified ideographs, CJK punctuation and compatibility forms,
 * fullwidth forms, general punctuation, Latin-1 signs (not its letters), letterlike symbols, number forms, arrows,
 * mathematical and technical signs, enclosed numbers, box drawing, shapes, dingbats, enclosed CJK and units.
 */
const COMMON =
  '\\s\\x20-\\x7E\\u00A0-\\u00BF\\u00D7\\u00F7\\u2000-\\u27BF\\u2E00-\\u2FDF\\u3000-\\u303F\\u3200-\\u33FF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE10-\\uFE1F\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
const BROKEN_RE = new RegExp(BROKEN, 'gu');
/** Three rare characters in a row are no name: a broken font map. */
const RARE_RUN_RE = new RegExp(`(?:(?!${BROKEN})[^${COMMON}]){3,}`, 'gu');

function codePoints(s: string): string {
  return [...s].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

export default defineCheck({
  id: 'text-undisplayable',
  scope: 'narrative',
  title: { zh: '无法正常显示的文字', en: 'Text that does not display' },
  explain: {
    zh: '情况说明中有私用区字符、替换字符（�）或控制字符，或成串的生僻字、异种文字（字体的编码映射损坏所致），读者看到的是方框、空白或乱码。',
    en: 'The narrative holds private-use, replacement (�) or control characters, or runs of rare characters from unrelated scripts (a broken font mapping): readers see boxes, gaps or gibberish.',
  },
  formula: '文字均可正常显示',
  run(doc, ctx) {
    for (const run of textRunsOf(doc)) {
      const found = new Map<number, { at: number; chars: string[] }>();
      const add = (at: number, chars: string) => {
        const s = sentenceAround(run.text, at).start;
        const entry = found.get(s) ?? { at, chars: [] };
        entry.chars.push(chars);
        found.set(s, entry);
      };
      for (const m of run.text.matchAll(BROKEN_RE)) add(m.index, m[0]);
      for (const m of run.text.matchAll(RARE_RUN_RE)) add(m.index, m[0]);
      for (const { at, chars } of found.values()) {
        const list = chars.map(codePoints).join('；');
        ctx.report({
          severity: 'warning',
          message: {
            zh: `文中有无法正常显示的字符（${list}），可能是字体缺失或编码映射错误。`,
            en: `Characters that do not display (${list}): a missing font or a broken character map.`,
          },
          stated: chars.join(''),
          cells: [],
          claim: claimRef(formPlace(run, at)),
        });
      }
    }
  },
});
