/**
 * Rule (stage 6): a disclosure publishes the tables its own template says it has. Provinces' templates differ (深圳
 * prints 11 tables, 重庆 12 with no 国有资本经营 table, 西安 13 of its own), so the document itself decides what is
 * expected: the tables its 目录 lists, and the numbers its tables carry (表1 … 表12, 公开01表 …: a number skipped is
 * a table missing). Only a document that states neither is held to a known template (the national 13 tables, or
 * Shanghai's 9) — and only when it prints nearly all of that template's tables, so a province's shorter set is not
 * called incomplete. A document with only a few tables (an article quoting one) is not judged.
 */
import type { BudgetDocument } from '../../model/budget-document';
import { BY_ECONOMIC, BY_FUNCTION, type TableKind } from '../../model/table-kinds';
import { sourcesOf } from '../../narrative/sources';
import { fold } from '../../recognise/fold';
import { kindFromTitle } from '../../recognise/table-kind';
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

const FINAL_NAMES: Partial<Record<TableKind, string>> = {
  'final.summary': '收入支出决算总表',
  'final.income': '收入决算表',
  'final.expenditure': '支出决算表',
  'final.fiscal-summary': '财政拨款收入支出决算总表',
  'final.general-public': '一般公共预算财政拨款支出决算表',
  'final.basic-economic': '一般公共预算财政拨款基本支出决算表',
  'final.three-public': '财政拨款“三公”经费支出决算表',
  'final.gov-fund': '政府性基金预算财政拨款收入支出决算表',
  'final.state-capital': '国有资本经营预算财政拨款收入支出决算表',
};
/** The national 决算 template's 公开01–09表 (Shanghai publishes the same nine). */
const FINAL_CORE = Object.keys(FINAL_NAMES) as TableKind[];

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

const TEMPLATE_EN: Record<string, string> = {
  '全国决算 9 张表模板': 'national 9-table final-accounts',
  '全国 13 张表模板': 'national 13-table',
  '上海 9 张表模板': 'Shanghai 9-table',
};

/** A template the document does not name is assumed only when at most this many of its tables are absent. */
const MAX_ABSENT = 2;

/** national: the 13-table template; shanghai: 9 tables with 三公 and 机关运行经费 combined. */
export function templateOf(doc: BudgetDocument): 'national' | 'shanghai' {
  const kinds = new Set(doc.tables.map((t) => t.kind));
  if (NATIONAL_EXTRA.some((k) => kinds.has(k))) return 'national';
  const tp = doc.tables.find((t) => t.kind === 'budget.three-public');
  if (tp && columnFor(tp, 'admin-operating')) return 'shanghai';
  return kinds.size > 0 && doc.document.unit === '元' ? 'shanghai' : 'national';
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] ?? 0) : 0);
  return CN_DIGITS[s] ?? null;
}

/** The number a table's title or label carries (表3, 表三, 公开03表, 部门公开表3, 附表3), or null. */
export function tableNumber(title: string): number | null {
  // Spaces kept: '表9 2019年…' is 表9, not 表92019.
  const t = title
    .normalize('NFKC')
    .replace(/(表)\s+/gu, '$1')
    .replace(/\s+(表)/gu, '$1')
    .replace(/公开\s*(\d+)\s*表/u, '公开$1表');
  const d = /(?:^|公开|附)表(\d{1,3})(?![\d\-－])/u.exec(t) ?? /公开(\d{1,2})表/u.exec(t);
  if (d?.[1]) return Number(d[1]);
  const c = /(?:^|公开|附)表([一二三四五六七八九十]{1,3})(.?)/u.exec(t);
  if (!c?.[1]) return null;
  // The longest reading that is a number, but 一 of 一般 is not a digit (表七一般公共预算…, 表十一般…).
  let n = c[1];
  if (n.endsWith('一') && (c[2] === '般' || t.slice((c.index ?? 0) + 1 + n.length).startsWith('般')))
    n = n.slice(0, -1);
  for (let k = n.length; k > 0; k--) {
    const v = chineseNumber(n.slice(0, k));
    if (v !== null) return v;
  }
  return null;
}

/** A title without its number, year and brackets, to match a 目录 entry with the table it names. */
function core(title: string): string {
  return fold(title)
    .replace(/^(?:部门)?(?:公开|附)?表[一二三四五六七八九十\d]{1,3}(?:表)?|公开\d+表/u, '')
    .replace(/\d{4}年度?/gu, '')
    .replace(/\([^)]*\)/gu, '')
    .replace(/[.…·\d]+$/u, '');
}

/**
 * The tables the document's 目录 lists (its table of contents printed as a table, or as the text of a 目录
 * section) that no table of the document answers to — by kind, or by the entry's words in a title.
 */
function listedButAbsent(doc: BudgetDocument): { listed: number; absent: string[] } {
  const entries: string[] = [];
  const grids = sourcesOf(doc)?.grids ?? [];
  for (const t of doc.tables)
    if (t.kind === 'toc')
      for (const r of grids[t.index] ?? []) entries.push(r.find((c) => c.text.trim() !== '')?.text ?? '');
  for (const s of doc.document.sections) if (/^目\s*录$/u.test(fold(s.heading))) entries.push(...s.text.split('\n'));
  const kinds = new Set(doc.tables.map((t) => t.kind));
  const titles = doc.tables.map((t) => core(t.title ?? ''));
  let listed = 0;
  const absent: string[] = [];
  for (const e of entries) {
    const k = kindFromTitle(e);
    if (!k || k === 'toc' || k === 'other') continue;
    listed++;
    const c = core(e);
    const kin = [k, BY_ECONOMIC[k], BY_FUNCTION[k]].some((x) => x !== undefined && kinds.has(x));
    if (kin || (c.length >= 4 && titles.some((t) => t.includes(c) || (t.length >= 4 && c.includes(t))))) continue;
    absent.push(`目录所列的“${e.replace(/[.…·\s\d]+$/u, '').trim()}”`);
  }
  return { listed, absent };
}

export default defineCheck({
  id: 'tables-present',
  scope: 'document',
  title: { zh: '标准表齐全', en: 'Standard tables present' },
  explain: {
    zh: '部门预算（决算）公开应包含其模板的全部表格：目录列出的表、按编号排列的表（表1…表N）都应在文件中。文件未列目录也未编号时，按其所用的全国或上海模板判断。没有数据的表也应公开并注明“本表无数据”。',
    en: 'A budget disclosure publishes every table of its template: each table its contents list names and each number in its sequence of tables (表1 … 表N). Where it states neither, the national or Shanghai template it follows is used. Tables without data are still published with a note.',
  },
  formula: 'kinds(document) ⊇ the tables its own template announces',
  run(doc, ctx) {
    const final = doc.document.kind === 'final';
    const kinds = new Set(doc.tables.map((t) => t.kind));
    const present = (final ? FINAL_CORE : CORE).filter((k) => kinds.has(k)).length;
    if (present < 4) return;
    const toc = listedButAbsent(doc);
    const missing: string[] = [...toc.absent];
    // Numbers the tables carry, in document order; an unnumbered table between 表6 and 表8 is 表7 (a label not
    // printed is not a table missing).
    const statements = doc.tables.filter((t) => t.kind !== 'toc');
    const numbered = statements.map((t) => (t.title ? tableNumber(t.title) : null));
    const numbers = numbered.filter((n): n is number => n !== null);
    const seen = new Set(numbers);
    let last = 0;
    numbered.forEach((n, i) => {
      if (n !== null) {
        last = n;
        return;
      }
      const next = numbered.slice(i + 1).find((x) => x !== null);
      if (next !== undefined && next !== null && next > last + 1) seen.add(++last);
    });
    const max = numbers.length > 0 ? Math.max(...numbers) : 0;
    if (numbers.length >= 3)
      for (let n = 1; n <= max; n++) if (!seen.has(n)) missing.push(`表${n}（编号在表1至表${max}之间）`);
    let template: string | null = null;
    if (toc.listed === 0 && numbers.length < 3) {
      const which = final ? 'final' : templateOf(doc);
      const want = which === 'final' ? FINAL_CORE : which === 'national' ? [...CORE, ...NATIONAL_EXTRA] : CORE;
      const absent = want.filter((k) => !kinds.has(k));
      if (absent.length <= MAX_ABSENT) {
        template =
          which === 'final' ? '全国决算 9 张表模板' : which === 'national' ? '全国 13 张表模板' : '上海 9 张表模板';
        for (const k of absent) missing.push(FINAL_NAMES[k] ?? NAMES[k] ?? k);
      }
    }
    if (missing.length === 0) {
      ctx.pass({ cells: [] });
      return;
    }
    const by = template ? `按${template}` : '按本文件自身的目录和编号';
    ctx.report({
      severity: 'warning',
      message: {
        zh: `未找到以下表格（${by}）：${missing.join('、')}。没有数据的表也应公开并说明。`,
        en: `Tables not found (${template ? `by the ${TEMPLATE_EN[template] ?? template} template` : 'by the document’s own contents list and numbering'}): ${missing.join(', ')}. Tables without data should still be published with a note.`,
      },
      formula: `missing: ${missing.join(', ')}`,
      cells: [],
    });
  },
});
