/**
 * Rule (stage 6): a budget disclosure publishes its standard tables. Which set applies is inferred from what is
 * there: the national template (13 tables: 项目支出表, 机关运行经费表, 政府性基金收入表 …) or the Shanghai 9-table set
 * (三公 and 机关运行经费 in one table, no project tables). A document with only a few tables (an article quoting
 * one table) is not a full disclosure and is not judged.
 */
import type { BudgetDocument } from '../../model/budget-document';
import type { TableKind } from '../../model/table-kinds';
import { defineCheck } from '../define-check';
import { columnFor } from '../table-access';

const NAMES: Partial<Record<TableKind, string>> = {
  'budget.summary': '收支总表',
  'budget.income': '收入总表',
  'budget.expenditure': '支出总表',
  'budget.fiscal-summary': '财政拨款收支总表',
  'budget.general-public': '一般公共预算支出表',
  'budget.basic-economic': '一般公共预算基本支出经济分类表',
  'budget.gov-fund-income': '政府性基金预算收入表',
  'budget.gov-fund': '政府性基金预算支出表',
  'budget.state-capital': '国有资本经营预算表',
  'budget.three-public': '“三公”经费预算表',
  'budget.admin-operating': '机关运行经费预算表',
  'budget.projects': '项目支出预算表（本年预算）',
  'budget.projects-carryover': '项目支出预算表（上年结转）',
};

const CORE: TableKind[] = [
  'budget.summary',
  'budget.income',
  'budget.expenditure',
  'budget.fiscal-summary',
  'budget.general-public',
  'budget.basic-economic',
  'budget.gov-fund',
  'budget.state-capital',
  'budget.three-public',
];
const NATIONAL_EXTRA: TableKind[] = [
  'budget.gov-fund-income',
  'budget.admin-operating',
  'budget.projects',
  'budget.projects-carryover',
];

/** national: the 13-table template; shanghai: 9 tables with 三公 and 机关运行经费 combined. */
export function templateOf(doc: BudgetDocument): 'national' | 'shanghai' {
  const kinds = new Set(doc.tables.map((t) => t.kind));
  if (NATIONAL_EXTRA.some((k) => kinds.has(k))) return 'national';
  const tp = doc.tables.find((t) => t.kind === 'budget.three-public');
  if (tp && columnFor(tp, 'admin-operating')) return 'shanghai';
  return kinds.size > 0 && doc.document.unit === '元' ? 'shanghai' : 'national';
}

export default defineCheck({
  id: 'tables-present',
  scope: 'document',
  title: { zh: '标准表齐全', en: 'Standard tables present' },
  explain: {
    zh: '部门预算公开应包含全部标准表（全国模板 13 张；上海模板 9 张，“三公”经费与机关运行经费合为一表）。没有数据的表也应公开并注明“本表无数据”。',
    en: 'A budget disclosure publishes every standard table (13 in the national template, 9 in Shanghai’s, where the three public expenses and operating costs share one table). Tables without data are still published with a note.',
  },
  formula: 'kinds(document) ⊇ standard set',
  run(doc, ctx) {
    if (doc.document.kind === 'final') return;
    const kinds = new Set(doc.tables.map((t) => t.kind));
    const present = CORE.filter((k) => kinds.has(k)).length;
    if (present < 4) return;
    const template = templateOf(doc);
    const want = template === 'national' ? [...CORE, ...NATIONAL_EXTRA] : CORE;
    const missing = want.filter((k) => !kinds.has(k));
    if (missing.length === 0) {
      ctx.pass({ cells: [] });
      return;
    }
    const names = missing.map((k) => NAMES[k] ?? k);
    ctx.report({
      severity: 'warning',
      message: {
        zh: `未找到以下标准表（按${template === 'national' ? '全国 13 张表' : '上海 9 张表'}模板）：${names.join('、')}。没有数据的表也应公开并说明。`,
        en: `Standard tables not found (${template === 'national' ? 'national 13-table' : 'Shanghai 9-table'} template): ${missing.join(', ')}. Tables without data should still be published with a note.`,
      },
      formula: `missing: ${missing.join(', ')}`,
      cells: [],
    });
  },
});
