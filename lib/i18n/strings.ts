/**
 * UI strings, Chinese first with English beside each. Components receive a `t` function; they never pick a language.
 */
export type Lang = 'zh' | 'en';

const STRINGS = {
  brand: { zh: '预算透镜', en: 'BudgetLens' },
  markDetected: { zh: '已识别预算公开', en: 'Budget disclosure detected' },
  markFinal: { zh: '已识别决算公开', en: 'Final accounts detected' },
  tables: { zh: '张表', en: 'tables' },
  openInLens: { zh: '用预算透镜打开', en: 'Open in BudgetLens' },
  popupNotDisclosure: {
    zh: '本页不像预算或决算公开。',
    en: 'This page does not look like a budget or final-accounts disclosure.',
  },
  popupAnalyse: { zh: '分析本页', en: 'Analyse this page' },
  popupOpenPdf: { zh: '在预算透镜中打开此 PDF', en: 'Open this PDF in BudgetLens' },
  popupOpenViewer: { zh: '打开本地 PDF…', en: 'Open a local PDF…' },
  popupOptions: { zh: '设置', en: 'Settings' },
  viewerLoading: { zh: '正在载入 PDF…', en: 'Loading PDF…' },
  viewerChooseFile: { zh: '选择或拖入一个 PDF 文件', en: 'Choose or drop a PDF file' },
  viewerPages: { zh: '页', en: 'pages' },
  viewerNeedPermission: {
    zh: '预算透镜需要您允许读取该网站的文件。',
    en: 'BudgetLens needs your permission to read files from this site.',
  },
  viewerGrant: { zh: '允许读取', en: 'Allow' },
  viewerError: { zh: '无法打开此 PDF', en: 'Cannot open this PDF' },
  viewerOriginal: { zh: '用浏览器打开原文件', en: 'Open the original in the browser' },
  viewerCompanion: { zh: '添加表格文件…', en: 'Add the tables file…' },
  viewerCompanionHint: {
    zh: '本文件只有文字部分，表格在另一个文件中：选择那个文件，两者作为一份公开检查。',
    en: 'This file is the text only; its tables are in another file. Choose it to check both as one disclosure.',
  },
  viewerTextOnly: {
    zh: '本文件只有文字部分，表格在另一个文件中。请用工具栏的“添加表格文件…”选择表格文件。',
    en: 'This file is the text only; its tables are in another file. Use “Add the tables file…” in the toolbar.',
  },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  optionsTitle: { zh: '预算透镜设置', en: 'BudgetLens settings' },
  optionsLanguage: { zh: '界面语言', en: 'Language' },
  optionsAutoOpen: { zh: '自动用预算透镜打开预算公开 PDF', en: 'Open disclosure PDFs in BudgetLens automatically' },
  optionsSeverities: { zh: '显示哪些核对结果', en: 'Which check results to show' },
  optionsSaved: { zh: '已保存', en: 'Saved' },
  optionsPrivacy: {
    zh: '所有分析都在您的浏览器内完成，不会上传任何数据。',
    en: 'Everything is analysed inside your browser; nothing is uploaded.',
  },
  severity_error: { zh: '错误', en: 'Errors' },
  severity_warning: { zh: '警告', en: 'Warnings' },
  severity_unverified: { zh: '未能核实', en: 'Unverified' },
  severity_rounding: { zh: '舍入差异', en: 'Rounding' },
  severity_info: { zh: '说明', en: 'Info' },
  level_error: { zh: '错误', en: 'Error' },
  level_warning: { zh: '警告', en: 'Warning' },
  level_unverified: { zh: '未能核实', en: 'Could not be checked' },
  level_rounding: { zh: '舍入差异', en: 'Rounding difference' },
  level_info: { zh: '说明', en: 'Note' },
  level_verified: { zh: '核对一致', en: 'Verified' },
  badgeMore: { zh: '项', en: 'results' },
  cardFormula: { zh: '算式', en: 'Formula' },
  cardStated: { zh: '列示数', en: 'Stated' },
  cardComputed: { zh: '计算数', en: 'Computed' },
  cardDifference: { zh: '差额', en: 'Difference' },
  cardTolerance: { zh: '舍入容差', en: 'Rounding tolerance' },
  cardRule: { zh: '规则', en: 'Rule' },
  cardClose: { zh: '关闭', en: 'Close' },
  cardVerifiedOnly: {
    zh: '此数与相关各项核对一致。',
    en: 'This amount agrees with the amounts it is checked against.',
  },
  cardShowCells: { zh: '在页面中显示涉及的单元格', en: 'Show the cells involved' },
  chipPassed: { zh: '通过', en: 'passed' },
  panelTitle: { zh: '核对结果', en: 'Check results' },
  panelExpand: { zh: '展开核对结果', en: 'Show check results' },
  panelCollapse: { zh: '收起', en: 'Collapse' },
  panelOrganisation: { zh: '单位', en: 'Organisation' },
  panelYear: { zh: '年度', en: 'Year' },
  panelKind: { zh: '类型', en: 'Kind' },
  kindBudget: { zh: '预算', en: 'Budget' },
  kindFinal: { zh: '决算', en: 'Final accounts' },
  panelUnknown: { zh: '未识别', en: 'unknown' },
  panelPassed: { zh: '项核对一致', en: 'checks agree' },
  panelFindings: { zh: '发现', en: 'Findings' },
  panelNoFindings: { zh: '未发现问题。', en: 'No problems found.' },
  panelHidden: { zh: '项按设置未显示', en: 'hidden by your settings' },
  panelAnalysing: { zh: '正在分析…', en: 'Analysing…' },
  panelError: { zh: '无法分析本页', en: 'Could not analyse this page' },
  panelTableFailed: { zh: '无法读取的表格', en: 'Tables that could not be read' },
  panelTooLarge: {
    zh: '文档过大（共 {0} 张表、{1} 个单元格）：只分析了前 {2} 张表。',
    en: 'Document too large ({0} tables, {1} cells): only the first {2} tables were analysed.',
  },
  panelTooLargeNone: {
    zh: '文档过大（共 {0} 张表、{1} 个单元格）：未分析任何表格（第一张表已超出上限）。',
    en: 'Document too large ({0} tables, {1} cells): no table was analysed (the first is already past the limit).',
  },
  panelTableUnread: { zh: '未能可靠读取的表格', en: 'Tables that could not be read with confidence' },
  panelTableUnreadNote: {
    zh: '这些表中不成立的关系列为“未能核实”，不作为错误。',
    en: 'The identities that fail in these tables are listed as unverified, not as errors.',
  },
  chipUnread: { zh: '本表未能可靠读取', en: 'could not be read with confidence' },
  panelWarnings: { zh: '提示', en: 'Notes' },
  panelTables: { zh: '识别的表格', en: 'Recognised tables' },
  panelExport: { zh: '导出', en: 'Export' },
  exportJson: { zh: '报告 JSON', en: 'Report JSON' },
  exportMarkdown: { zh: '报告 Markdown', en: 'Report Markdown' },
  exportCsv: { zh: '表格 CSV', en: 'Table CSV' },
  overlayLabel: { zh: '预算透镜核对标记', en: 'BudgetLens check marks' },
  perCapitaTitle: { zh: '人均', en: 'Per capita' },
  perCapitaRegion: { zh: '所属地区', en: 'Region' },
  perCapitaPopulation: { zh: '常住人口', en: 'Residents' },
  perCapitaStaff: { zh: '实有人数', en: 'Staff' },
  perCapitaNone: { zh: '本文档没有可计算的人均数。', en: 'No per-capita figure could be computed for this document.' },
  perCapitaChooseRegion: { zh: '在设置中选择地区', en: 'Choose the region in Settings' },
  priorTitle: { zh: '与上年比（据文中说明）', en: 'Against last year (as the text states)' },
  priorThisYear: { zh: '本年', en: 'This year' },
  priorLastYear: { zh: '上年（推算）', en: 'Last year (implied)' },
  compareYears: { zh: '历年对比', en: 'Compare years' },
  executionTitle: { zh: '预算执行（{0}年预算 → 决算）', en: 'Budget against outturn ({0})' },
  executionCaption: { zh: '{0}，执行率 = 决算数 ÷ 预算数（{1}）', en: '{0}: rate = outturn ÷ budget ({1})' },
  executionMismatch: {
    zh: '决算中“{0}”的预算数 {1} 与已公开的预算 {2} 不一致。',
    en: 'The final accounts give “{0}” a budget of {1}; the published budget says {2}.',
  },
  executionAll: { zh: '逐科目查看预算与决算', en: 'Budget and outturn, item by item' },
  metricNumerator: { zh: '分子', en: 'Numerator' },
  metricDenominator: { zh: '分母', en: 'Denominator' },
  metricSource: { zh: '来源', en: 'Source' },
  metricFormula: { zh: '算式', en: 'Formula' },
  listingCount: { zh: '本页列出 {0} 份预算/决算公开', en: 'This page lists {0} budget disclosures' },
  listingCheck: { zh: '检查本页列出的全部公开', en: 'Check every disclosure listed here' },
  popupNotListing: {
    zh: '本页没有列出预算或决算公开的链接。',
    en: 'This page lists no budget or final-accounts disclosures.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;
export type Translate = (key: StringKey) => string;

/** A bilingual word table: every entry in Chinese and English. Pages with their own words (history, options) keep one. */
export type Words<K extends string> = Record<K, Record<Lang, string>>;

/** `{0}`, `{1}` … of a sentence filled from `args`. */
export function fillArgs(s: string, ...args: (string | number)[]): string {
  return s.replace(/\{(\d)\}/gu, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** The entry in the reader's language, `{0}`, `{1}` … filled from `args`. */
export function wordOf<K extends string>(words: Words<K>, lang: Lang, key: K, ...args: (string | number)[]): string {
  return fillArgs(words[key][lang], ...args);
}

export function translator(lang: Lang): Translate {
  return (key) => STRINGS[key][lang];
}
