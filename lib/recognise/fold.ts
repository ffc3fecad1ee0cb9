/**
 * Recognise (stage 3) text folding: the comparison form used by every matcher in this stage.
 * Whitespace removed, NFKC (full-width → half-width), quotes dropped, and the few traditional characters seen in
 * budget forms folded to simplified, so one pattern matches `“三公”`, `"三公"`, `三公`, `項目名稱` and `项目名称`.
 * It is for matching only: displayed text always stays as extracted.
 */
import { rememberText, squash } from '../extract/normalize';

// Traditional → simplified for the vocabulary the recognisers look for (not a general converter).
const TRAD: Record<string, string> = {
  項: '项',
  稱: '称',
  門: '门',
  碼: '码',
  預: '预',
  決: '决',
  總: '总',
  額: '额',
  單: '单',
  資: '资',
  經: '经',
  費: '费',
  財: '财',
  撥: '拨',
  與: '与',
  產: '产',
  營: '营',
  國: '国',
  績: '绩',
  標: '标',
  級: '级',
  實: '实',
  際: '际',
  編: '编',
  製: '制',
  員: '员',
  數: '数',
  內: '内',
  設: '设',
  機: '机',
  構: '构',
  職: '职',
  屬: '属',
  萬: '万',
  億: '亿',
  結: '结',
  轉: '转',
  餘: '余',
  計: '计',
  辦: '办',
  運: '运',
  維: '维',
  護: '护',
  購: '购',
  車: '车',
  書: '书',
  錄: '录',
  體: '体',
  歲: '岁',
};
const TRAD_RE = new RegExp(`[${Object.keys(TRAD).join('')}]`, 'gu');
const QUOTES_RE = /["'“”‘’「」『』]/gu;

/** Matching form of a text: no whitespace, no quotes, half-width, simplified (remembered: NFKC is not cheap). */
export const fold = rememberText((s) =>
  squash(s)
    .replace(QUOTES_RE, '')
    .replace(TRAD_RE, (c) => TRAD[c] ?? c),
);
