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
  severity_rounding: { zh: '舍入差异', en: 'Rounding' },
  severity_info: { zh: '说明', en: 'Info' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;
export type Translate = (key: StringKey) => string;

export function translator(lang: Lang): Translate {
  return (key) => STRINGS[key][lang];
}
