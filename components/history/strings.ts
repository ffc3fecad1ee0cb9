/** The history page's words (zh first, en per settings). Text only. */
import { type Lang, wordOf } from '../../lib/i18n/strings';

export type { Lang };

const WORDS = {
  title: { zh: '我的预算历史', en: 'My budget history' },
  intro: {
    zh: '您打开过的预算公开，只保存在本浏览器中，不会上传。',
    en: 'Disclosures you have opened. Kept in this browser only; nothing is uploaded.',
  },
  export: { zh: '导出 JSON', en: 'Export JSON' },
  import: { zh: '导入 JSON', en: 'Import JSON' },
  clear: { zh: '清空历史', en: 'Clear history' },
  confirmClear: { zh: '确定清空全部历史记录？此操作不能撤销。', en: 'Clear the whole history? This cannot be undone.' },
  empty: {
    zh: '还没有历史记录。打开预算公开后会自动保存在这里。',
    en: 'No history yet. Disclosures you open are kept here.',
  },
  documents: { zh: '已打开的文档', en: 'Documents opened' },
  organisation: { zh: '单位', en: 'Organisation' },
  year: { zh: '年度', en: 'Year' },
  kind: { zh: '类型', en: 'Kind' },
  savedAt: { zh: '保存时间', en: 'Saved' },
  tables: { zh: '表格数', en: 'Tables' },
  compare: { zh: '查看对比', en: 'Compare years' },
  budget: { zh: '预算', en: 'Budget' },
  final: { zh: '决算', en: 'Final accounts' },
  back: { zh: '返回全部', en: 'All documents' },
  oneYear: {
    zh: '该单位只有一个年度的记录，再打开另一年度的公开即可对比。',
    en: 'Only one year of this organisation is stored; open another year to compare.',
  },
  notFound: { zh: '没有该单位的记录。', en: 'Nothing stored for this organisation.' },
  yoy: { zh: '同比变化', en: 'Year on year' },
  code: { zh: '编码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  delta: { zh: '增减', en: 'Change' },
  pct: { zh: '增幅', en: '%' },
  status: { zh: '状态', en: 'Status' },
  side_income: { zh: '收入', en: 'Income' },
  side_expenditure: { zh: '支出', en: 'Spending' },
  side_left: { zh: '左', en: 'Left' },
  side_right: { zh: '右', en: 'Right' },
  statusNew: { zh: '新增', en: 'new' },
  statusDropped: { zh: '取消', en: 'dropped' },
  tableNew: { zh: '（仅本年有此表）', en: '(this year only)' },
  tableDropped: { zh: '（仅上年有此表）', en: '(last year only)' },
  convertedFrom: { zh: '上年数已由{0}换算', en: 'last year converted from {0}' },
  unit: { zh: '单位：{0}', en: 'Unit: {0}' },
  perCapita: { zh: '人均数', en: 'Per-capita figures' },
  noPerCapita: { zh: '没有人均数（缺人口或人数）。', en: 'No per-capita figures (no population or staff count).' },
  metric: { zh: '指标', en: 'Figure' },
  chart: { zh: '功能分类支出（类）逐年变化', en: 'Expenditure by function class across years' },
  chartAria: { zh: '{0}各功能分类支出，{1}', en: '{0} expenditure by function class, {1}' },
  execution: { zh: '预算执行：{0}年决算与预算', en: 'Budget against outturn, {0}' },
  executionIntro: {
    zh: '同一年度的预算与决算逐科目对照；执行率 = 决算数 ÷ 预算数。',
    en: 'The budget and the final accounts of one year, item by item; rate = outturn ÷ budget.',
  },
  budgetCol: { zh: '预算数', en: 'Budget' },
  actualCol: { zh: '决算数', en: 'Outturn' },
  rate: { zh: '执行率', en: 'Rate' },
  mismatch: {
    zh: '决算中“{0}”的预算数 {1} 与已公开的预算 {2} 不一致。',
    en: 'The final accounts give “{0}” a budget of {1}; the published budget says {2}.',
  },
  imported: { zh: '已导入 {0} 份，保留已有 {1} 份。', en: 'Imported {0}; kept {1} already stored.' },
  cleared: { zh: '历史已清空。', en: 'History cleared.' },
  error: { zh: '出错：{0}', en: 'Error: {0}' },
} as const;

export type WordKey = keyof typeof WORDS;
export type T = (key: WordKey, ...args: (string | number)[]) => string;

export function wordsFor(lang: Lang): T {
  return (key, ...args) => wordOf(WORDS, lang, key, ...args);
}
