/**
 * Recognise (stage 3): document metadata — organisation, year, budget vs final accounts, department vs unit scope,
 * the unit most tables and the narrative use. Reads titles, table meta lines (部门名称：/编制部门：/预算单位：),
 * headings and form cells; it must not read amounts.
 */
import type { ExtractedDocument, RawTable } from '../extract/types';
import type { MoneyUnitName } from '../model/budget-document';
import type { TableKind } from '../model/table-kinds';
import { fold } from './fold';

/** `部门名称：X` / `部门: X` / `单位：X` (but `单位：万元` is a unit) — each key and value of a meta line. */
const META_PAIR_RE =
  /(部门名称|单位名称|编制部门|编制单位|预算单位|预算部门|填报单位|主管部门|资金主管部门|部门|单位)\s*[:：]\s*(\S(?:.*?\S)?)(?=\s+(?:部门名称|单位名称|编制部门|编制单位|预算单位|部门|单位|金额单位)\s*[:：]|\s*$)/gu;
const TITLE_ORG_RE = /^(.{2,40}?)\s*(20\d{2})\s*年度?\s*(部门|单位)?(综合)?\s*(预算|决算)/u;
const YEAR_RE = /(20\d{2})\s*年/u;
const MONEY_UNIT_RE = /^(?:人民币)?(?:万元|元|亿元|千元)$/u;
/** Headings and their numbering that precede a name on a cover or in a 目录 (第二部分, 五、, 附件2). */
const LEADING_RE =
  /^(?:第[一二三四五六七八九十\d]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|附件\s*\d*)\s*/u;
/** How an organisation's name ends; a candidate that does not end so is a heading or a phrase, not a name. */
const ORG_NAME_END =
  /(?:局|厅|委员会|委|办公室|办公厅|办|中心|站|所|队|院|学校|校|馆|协会|联合会|会|部|处|社|团|公司|集团|街道|办事处|政府|机关|本级|人大|政协|法院|检察院)(?:[(（][^)）]{1,8}[)）])?$/u;

function cleanOrg(s: string): string | null {
  let t = s
    .replace(/\s*(金额)?单位[:：].*$/u, '')
    .replace(/^\d+[-－—]/u, '')
    .trim();
  while (LEADING_RE.test(t)) t = t.replace(LEADING_RE, '').trim();
  t = t.replace(/\s+/gu, '');
  if (t === '' || /XX|ＸＸ|某某/u.test(t) || MONEY_UNIT_RE.test(t)) return null;
  return ORG_NAME_END.test(t.normalize('NFKC')) ? t : null;
}

function majority<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

/**
 * The cover: the document's first lines up to its 目录 or first heading, joined (a title broken over lines, `2026年深
 * 圳市财政局(本级)部门预` / `算`, is one title again).
 */
export function coverText(doc: ExtractedDocument): string {
  const parts: string[] = [];
  for (const b of doc.blocks.slice(0, 6)) {
    const t = b.text.trim();
    if (/^目\s*录$/u.test(t) || b.role === 'heading' || t.length > 60) break;
    parts.push(t);
  }
  return parts.join('');
}

/** Title-like texts in priority order: the cover, then the first headings, then the file's own title. */
function titleTexts(doc: ExtractedDocument): string[] {
  const out: string[] = [];
  const cover = coverText(doc);
  if (cover) out.push(cover);
  for (const b of doc.blocks.slice(0, 12)) out.push(b.text);
  if (doc.source.title) out.push(doc.source.title);
  return out;
}

/** What is left of a cover title without its year and the words for the document (`国家信访局2026年度部门预算`). */
function orgOfTitle(t: string): string | null {
  const m = TITLE_ORG_RE.exec(t.trim());
  if (m?.[1]) {
    const org = cleanOrg(m[1].replace(/^.*[>》]/u, ''));
    if (org) return org;
  }
  // `2026年深圳市财政局(本级)部门预算`, `2019年佛山市轨道交通局部门决算`: the year first.
  const y = /^(?:.{0,4}?)20\d{2}\s*年度?\s*(.{2,40}?)\s*(?:部门|单位)(?:综合)?(?:预算|决算)/u.exec(t.trim());
  return y?.[1] ? cleanOrg(y[1]) : null;
}

export function organisationOf(doc: ExtractedDocument, formOrg: string | null): string | null {
  const fromMeta: string[] = [];
  const lines = [...doc.tables.flatMap((t) => t.meta), ...doc.blocks.slice(0, 8).map((b) => b.text)];
  for (const line of lines)
    for (const m of line.trim().matchAll(META_PAIR_RE)) {
      const org = m[2] ? cleanOrg(m[2]) : null;
      if (org) fromMeta.push(org);
    }
  const meta = majority(fromMeta);
  if (meta) return meta;
  for (const t of titleTexts(doc)) {
    const org = orgOfTitle(t);
    if (org) return org;
  }
  // A cover naming the organisation on a line of its own above `2026年部门预算…`.
  const first = doc.blocks[0]?.text ? cleanOrg(doc.blocks[0].text) : null;
  return first ?? formOrg;
}

/** 部门名称 cell of a form table (`095-泽州县能源局` → `泽州县能源局`). */
export function organisationFromForm(table: RawTable): string | null {
  for (const row of table.rows) {
    for (let c = 0; c < row.length - 1; c++) {
      if (fold(row[c]?.text ?? '') !== '部门名称') continue;
      const next = row.slice(c + 1).find((x) => x.text.trim() !== '');
      return next ? cleanOrg(next.text) : null;
    }
  }
  return null;
}

/**
 * The year the document is for: its cover's, else the one most table titles carry, else the first its text names.
 * The file's own title comes last: producers leave a template's title in the metadata (关于做好2018年…).
 */
export function yearOf(doc: ExtractedDocument): number | null {
  const cover = YEAR_RE.exec(coverText(doc))?.[1];
  if (cover) return Number(cover);
  const years = doc.tables
    .map((t) => (t.title ? YEAR_RE.exec(t.title)?.[1] : undefined))
    .filter((y) => y !== undefined);
  const y = majority(years);
  if (y) return Number(y);
  for (const t of titleTexts(doc)) {
    const m = YEAR_RE.exec(t);
    if (m?.[1]) return Number(m[1]);
  }
  return null;
}

/** Budget or final accounts: the tables' titles decide when there are tables (a cover page may say anything). */
export function documentKindOf(doc: ExtractedDocument, kinds: readonly TableKind[]): 'budget' | 'final' | null {
  const families = kinds
    .filter((k) => k.startsWith('final.') || (k.startsWith('budget.') && !k.includes('performance')))
    .map((k) => k.split('.')[0]);
  const fam = majority(families);
  if (fam === 'budget' || fam === 'final') return fam;
  for (const t of titleTexts(doc).slice(0, 3)) {
    const f = fold(t);
    if (/决算/.test(f)) return 'final';
    if (/预算/.test(f)) return 'budget';
  }
  // Performance targets alone (a 绩效目标表 annex): targets are set with the budget.
  if (kinds.some((k) => k === 'budget.performance' || k === 'budget.org-performance')) return 'budget';
  return null;
}

/**
 * 部门 or 单位: the cover says (2026年度单位预算公开 / 部门综合预算), else the tables' titles (单位预算表), else the meta
 * keys (编制单位 / 预算单位 → a unit; 部门名称 → a department). `所属预算单位` in running text says nothing.
 */
export function scopeOf(doc: ExtractedDocument): 'department' | 'unit' | null {
  const word = (t: string): 'department' | 'unit' | null => {
    const f = fold(t);
    const u = f.search(/单位(预算|决算)/u);
    const d = f.search(/部门(综合)?(预算|决算)/u);
    if (u >= 0 && (d < 0 || u < d)) return 'unit';
    if (d >= 0) return 'department';
    return null;
  };
  const cover = word(coverText(doc));
  if (cover) return cover;
  // Table titles also say it as 预算单位…表 (上海: 2025年预算单位财务收支预算总表) or 部门…收支…表.
  const titleWord = (t: string): 'department' | 'unit' | null => {
    const f = fold(t);
    if (/(预算|决算)单位.*表/u.test(f)) return 'unit';
    if (/部门.*(收支|收入|支出).*表/u.test(f)) return 'department';
    return word(t);
  };
  const titles = majority(doc.tables.map((t) => titleWord(t.title ?? '')).filter((w) => w !== null));
  if (titles) return titles;
  for (const t of titleTexts(doc).slice(0, 5)) {
    const w = word(t);
    if (w) return w;
  }
  const meta = doc.tables.flatMap((t) => t.meta).map(fold);
  if (meta.some((m) => /^(编制单位|预算单位)[:：]/.test(m))) return 'unit';
  if (meta.some((m) => /^(编制部门|部门名称|部门)[:：]/.test(m))) return 'department';
  return null;
}

/** The unit written most often right after a number in the narrative. */
export function narrativeUnitOf(doc: ExtractedDocument): MoneyUnitName | null {
  const units: MoneyUnitName[] = [];
  for (const b of doc.blocks) {
    for (const m of b.text.normalize('NFKC').matchAll(/\d\s*(亿元|万元|元)/gu)) {
      const u = m[1];
      if (u === '亿元' || u === '万元' || u === '元') units.push(u);
    }
  }
  return majority(units);
}
