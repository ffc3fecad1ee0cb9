/** The options page's words for the per-capita overrides and the history section (zh first). Text only. */
import { type Lang, wordOf } from '../../lib/i18n/strings';

const WORDS = {
  perCapita: { zh: '人均数', en: 'Per-capita figures' },
  perCapitaHint: {
    zh: '默认按单位名称识别地区，用第七次人口普查常住人口计算人均数。可在此改用您自己的数字。',
    en: 'By default the region is read from the organisation name and the 2020 census population is used. You can override them here.',
  },
  region: { zh: '地区（行政区划代码或名称）', en: 'Region (division code or name)' },
  regionApply: { zh: '识别', en: 'Look up' },
  regionClear: { zh: '清除', en: 'Clear' },
  regionResolved: { zh: '已选：{0}（{1}），常住人口 {2} 人', en: 'Chosen: {0} ({1}), population {2}' },
  regionAmbiguous: { zh: '“{0}”可能指以下地区，请选择：', en: '“{0}” could be any of these; choose one:' },
  regionUnknown: { zh: '找不到“{0}”对应的地区。', en: 'No division found for “{0}”.' },
  regionNone: { zh: '未设置：按单位名称识别。', en: 'Not set: read from the organisation name.' },
  population: { zh: '人口（人，留空用普查数）', en: 'Population (persons; blank = census)' },
  staff: { zh: '人员数（人，留空用公开文件中的人数）', en: 'Staff count (blank = as the disclosure states)' },
  invalidNumber: { zh: '请输入正整数。', en: 'Enter a positive whole number.' },
  history: { zh: '预算历史', en: 'Budget history' },
  historyHint: {
    zh: '您打开过的预算公开保存在本浏览器中（共 {0} 份），用于逐年对比，不会上传。',
    en: 'Disclosures you opened are kept in this browser ({0} stored) for year-on-year comparison; nothing is uploaded.',
  },
  historyOpen: { zh: '打开历史页', en: 'Open the history page' },
  historyExport: { zh: '导出 JSON', en: 'Export JSON' },
  historyClear: { zh: '清空历史', en: 'Clear history' },
  historyConfirm: {
    zh: '确定清空全部历史记录？此操作不能撤销。',
    en: 'Clear the whole history? This cannot be undone.',
  },
} as const;

export type OptionsWord = keyof typeof WORDS;

export function optionsWord(lang: Lang, key: OptionsWord, ...args: (string | number)[]): string {
  return wordOf(WORDS, lang, key, ...args);
}
