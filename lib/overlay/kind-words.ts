/**
 * Overlay view logic: each table kind in words for the reader (zh/en), shown on a table's chip and in the summary.
 * Exhaustive over TableKind so a new kind cannot ship without its words. Text only, no logic.
 */
import type { TableKind } from '../model/table-kinds';

type Words = { zh: string; en: string };

export const KIND_WORDS: Record<TableKind, Words> = {
  'budget.summary': { zh: '收支预算总表', en: 'Budget summary' },
  'budget.income': { zh: '收入预算总表', en: 'Income budget' },
  'budget.expenditure': { zh: '支出预算总表', en: 'Expenditure budget' },
  'budget.fiscal-summary': { zh: '财政拨款收支预算总表', en: 'Fiscal appropriation summary' },
  'budget.general-public': { zh: '一般公共预算支出表', en: 'General public budget expenditure' },
  'budget.basic-economic': { zh: '一般公共预算基本支出表', en: 'Basic expenditure by economic class' },
  'budget.gov-fund-income': { zh: '政府性基金收入预算表', en: 'Government fund income' },
  'budget.gov-fund': { zh: '政府性基金预算支出表', en: 'Government fund expenditure' },
  'budget.state-capital': { zh: '国有资本经营预算支出表', en: 'State capital operations' },
  'budget.three-public': { zh: '“三公”经费预算表', en: '“Three public” expenses' },
  'budget.admin-operating': { zh: '机关运行经费预算表', en: 'Administrative operating costs' },
  'budget.projects': { zh: '项目支出预算表', en: 'Project expenditure' },
  'budget.projects-carryover': { zh: '上年结转项目支出表', en: 'Carried-over projects' },
  'budget.performance': { zh: '项目绩效目标表', en: 'Project performance targets' },
  'budget.org-performance': { zh: '整体支出绩效目标表', en: 'Overall performance targets' },
  'budget.general-public-economic': {
    zh: '一般公共预算支出表（按经济分类）',
    en: 'General public budget expenditure by economic class',
  },
  'budget.basic-function': { zh: '基本支出表（按功能分类）', en: 'Basic expenditure by function' },
  'budget.fiscal-expenditure': { zh: '财政拨款支出表', en: 'Fiscal appropriation expenditure' },
  'budget.fiscal-basic-economic': { zh: '财政拨款基本支出表', en: 'Fiscal basic expenditure by economic class' },
  'budget.expenditure-economic': { zh: '支出经济分类表', en: 'Expenditure by economic class' },
  'budget.procurement': { zh: '政府采购预算表', en: 'Government procurement' },
  'final.summary': { zh: '收入支出决算总表', en: 'Final accounts summary' },
  'final.income': { zh: '收入决算表', en: 'Income (final)' },
  'final.expenditure': { zh: '支出决算表', en: 'Expenditure (final)' },
  'final.fiscal-summary': { zh: '财政拨款收入支出决算总表', en: 'Fiscal appropriation summary (final)' },
  'final.general-public': { zh: '一般公共预算财政拨款支出决算表', en: 'General public budget expenditure (final)' },
  'final.basic-economic': { zh: '一般公共预算基本支出决算表', en: 'Basic expenditure by economic class (final)' },
  'final.projects': { zh: '项目支出决算表', en: 'Project expenditure (final)' },
  'final.three-public': { zh: '“三公”经费决算表', en: '“Three public” expenses (final)' },
  'final.gov-fund': { zh: '政府性基金决算表', en: 'Government fund (final)' },
  'final.state-capital': { zh: '国有资本经营决算表', en: 'State capital operations (final)' },
  'final.admin-operating': { zh: '机关运行经费决算表', en: 'Administrative operating costs (final)' },
  toc: { zh: '目录', en: 'Contents' },
  other: { zh: '其他表格', en: 'Other table' },
};

export function kindWords(kind: TableKind, lang: 'zh' | 'en'): string {
  return KIND_WORDS[kind][lang];
}
