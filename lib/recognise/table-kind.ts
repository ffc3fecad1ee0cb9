/**
 * Recognise (stage 3): which standard table a RawTable is — from its title when it has one, else from its header
 * and first cells. Patterns follow the national template and the Shanghai/final-accounts wording, tolerant of
 * 表一/表1/附表3-1 prefixes, year prefixes, （不含上年结转）, quotes and full/half width (see fold.ts).
 * It must not look at amounts or decide anything about columns; an unknown table is `other`, never an error.
 */
import type { GridCell, RawTable } from '../extract/types';
import type { TableKind } from '../model/table-kinds';
import { fold } from './fold';

export type KindBy = 'title' | 'header' | 'content' | 'none';

export interface KindResult {
  kind: TableKind;
  by: KindBy;
}

type Family = 'budget' | 'final';
/** A rule maps a folded title to a kind stem; the family (budget/final) is added by the caller. */
interface TitleRule {
  test: RegExp;
  /** Extra condition on the folded title. */
  unless?: RegExp;
  stem: (t: string, family: Family) => TableKind | null;
}

const k =
  (budget: TableKind | null, final: TableKind | null) =>
  (_t: string, family: Family): TableKind | null =>
    family === 'final' ? final : budget;

// Order matters: the more specific wording first (三公 before 财政拨款, 基本支出 before 一般公共预算, 财政拨款收支总表
// before 收支总表, 政府性基金收入 before 收入总表). Titles are read by pattern over every template seen (national 表1–13,
// 上海, 广东 收支总体情况表, 重庆 …情况表, 江苏 公开NN表, 西安 部门综合预算…明细表, 深圳 基本支出总表), never one title.
const ECON = /经济(分类|科目)/;
const FUNC = /功能(分类|科目)/;
const TITLE_RULES: TitleRule[] = [
  { test: /项目支出?绩效目标|项目绩效目标|专项.{0,6}绩效目标|项目.{0,4}绩效/, stem: k('budget.performance', null) },
  { test: /整体支出绩效目标|部门整体绩效|整体绩效目标|部门绩效目标/, stem: k('budget.org-performance', null) },
  { test: /绩效目标/, stem: k('budget.performance', null) },
  { test: /三公经费|三公/, stem: k('budget.three-public', 'final.three-public') },
  { test: /机关运行经费/, stem: k('budget.admin-operating', 'final.admin-operating') },
  { test: /政府采购/, stem: k('budget.procurement', null) },
  // 财政拨款上年结转资金支出表: a list of its own, read by its header.
  { test: /结转资金.{0,4}(支出)?表/, stem: () => null },
  {
    test: /项目支出(预算|决算)?(明细|总|情况)?表|项目支出及其他支出|专项业务经费支出表/,
    stem: (t, f) =>
      f === 'final' ? 'final.projects' : /上年结转|结转项目/.test(t) ? 'budget.projects-carryover' : 'budget.projects',
  },
  {
    test: /基本支出/,
    unless: /项目支出/,
    stem: (t, f) => {
      if (f === 'final') return 'final.basic-economic';
      if (FUNC.test(t) && !ECON.test(t)) return 'budget.basic-function';
      if (/财政拨款/.test(t) && !/一般公共预算/.test(t)) return 'budget.fiscal-basic-economic';
      return 'budget.basic-economic';
    },
  },
  {
    test: /政府性基金/,
    stem: (t, f) =>
      f === 'final'
        ? 'final.gov-fund'
        : /收入/.test(t) && !/支出/.test(t)
          ? 'budget.gov-fund-income'
          : 'budget.gov-fund',
  },
  { test: /国有资本经营/, stem: k('budget.state-capital', 'final.state-capital') },
  {
    test: /财政拨款收(入)?支(出)?(预算|决算)?(总体情况|情况)?总?表/,
    stem: k('budget.fiscal-summary', 'final.fiscal-summary'),
  },
  {
    test: /财政拨款.{0,4}支出(预算|决算)?(明细|情况)?表/,
    stem: (t, f) =>
      f === 'final'
        ? 'final.general-public'
        : ECON.test(t)
          ? 'budget.fiscal-basic-economic'
          : 'budget.fiscal-expenditure',
  },
  {
    test: /一般公共预算.*支出/,
    stem: (t, f) =>
      f === 'final'
        ? 'final.general-public'
        : ECON.test(t)
          ? 'budget.general-public-economic'
          : 'budget.general-public',
  },
  {
    test: /收(入)?支(出)?(预算|决算)?(总体情况|情况)?总?表|收入支出决算表/,
    stem: k('budget.summary', 'final.summary'),
  },
  { test: /收入(预算|决算)?(总体情况|情况)?总?表|收入决算表/, stem: k('budget.income', 'final.income') },
  {
    test: /支出(预算|决算)?(总体情况|情况|经济分类情况)?总?表|支出决算表/,
    stem: (t, f) =>
      f === 'final' ? 'final.expenditure' : ECON.test(t) ? 'budget.expenditure-economic' : 'budget.expenditure',
  },
];

/** The kind a title names, or null when it names no known table. */
export function kindFromTitle(title: string): TableKind | null {
  const t = fold(title);
  if (t === '') return null;
  if (/^目录$|^目次$/.test(t)) return 'toc';
  const family: Family = /决算/.test(t) ? 'final' : 'budget';
  for (const rule of TITLE_RULES) {
    if (rule.test.test(t) && !rule.unless?.test(t)) return rule.stem(t, family);
  }
  return null;
}

function cellTexts(rows: GridCell[][], maxRows: number): string[][] {
  return rows.slice(0, maxRows).map((r) => r.map((c) => fold(c.text)));
}

const PAGE_NO_RE = /^\d{1,3}$/;
const TOC_ENTRY_RE =
  /第.+部分|^表[一二三四五六七八九十\d]|^[一二三四五六七八九十]+、|^\d+[.、]|预算表|决算表|总表|情况说明|名词解释/;

/** A 目录: most rows are `entry … page number` with no amounts. */
function looksLikeToc(rows: GridCell[][]): boolean {
  const texts = cellTexts(rows, rows.length);
  if (texts.length < 3) return false;
  let entries = 0;
  for (const r of texts) {
    const filled = r.filter((c) => c !== '');
    const first = filled[0] ?? '';
    const last = filled[filled.length - 1] ?? '';
    if (filled.length >= 2 && PAGE_NO_RE.test(last) && TOC_ENTRY_RE.test(first.replace(/[.…·]+$/u, ''))) entries++;
    if (r.some((c) => /\d\.\d/.test(c))) return false;
  }
  return entries >= Math.max(3, texts.length * 0.6);
}

/** Performance-target forms (绩效目标表) have no title in many pages: they are recognised by their label cells. */
function kindFromContent(rows: GridCell[][]): TableKind | null {
  const head = cellTexts(rows, 4).flat();
  const has = (re: RegExp) => head.some((c) => re.test(c));
  if (has(/^部门基本信息$|^部门(整体)?绩效目标$/) || (has(/部门名称/) && has(/编制/))) return 'budget.org-performance';
  if (
    has(/主管部门及代码|^主管部门$/) ||
    (has(/^项目名称$/) && has(/项目属性|实施单位|项目期/)) ||
    (has(/项目名称$/) && has(/^绩效目标$|^绩效指标$/))
  )
    return 'budget.performance';
  if (looksLikeToc(rows)) return 'toc';
  return null;
}

/** Untitled amount tables: a best guess from header vocabulary, weaker than a title. */
function kindFromHeader(rows: GridCell[][]): TableKind | null {
  const head = cellTexts(rows, 4).flat().join('|');
  const has = (re: RegExp) => re.test(head);
  const twoSided = has(/(^|\|)(财政拨款)?收入(\||$)/) && has(/(^|\|)(财政拨款)?支出(\||$)/);
  const family: Family = has(/决算/) ? 'final' : 'budget';
  const pick = (b: TableKind, f: TableKind) => (family === 'final' ? f : b);
  if (has(/因公出国/)) return pick('budget.three-public', 'final.three-public');
  if (twoSided && has(/当年预算安排|上年结转安排|单位资金|事业收入/)) return pick('budget.summary', 'final.summary');
  if (twoSided && has(/一般公共预算/)) return pick('budget.fiscal-summary', 'final.fiscal-summary');
  if (has(/人员经费/) && has(/公用经费/)) return pick('budget.basic-economic', 'final.basic-economic');
  if (has(/政府性基金收入预算/)) return 'budget.gov-fund-income';
  if (has(/本年收入|单位资金|财政专户|事业收入/) && has(/科目|编码/)) return pick('budget.income', 'final.income');
  if (has(/项目名称/) && has(/财政拨款/)) return pick('budget.projects', 'final.projects');
  if (has(/基本支出/) && has(/项目支出/) && has(/科目|编码/)) return pick('budget.expenditure', 'final.expenditure');
  return null;
}

/** Classifies a table: title first, then form content (performance / 目录), then header vocabulary. */
export function classifyTable(table: Pick<RawTable, 'title' | 'rows'>): KindResult {
  const fromTitle = table.title ? kindFromTitle(table.title) : null;
  if (fromTitle) return { kind: fromTitle, by: 'title' };
  const fromContent = kindFromContent(table.rows);
  if (fromContent) return { kind: fromContent, by: 'content' };
  const fromHeader = kindFromHeader(table.rows);
  if (fromHeader) return { kind: fromHeader, by: 'header' };
  return { kind: 'other', by: 'none' };
}
