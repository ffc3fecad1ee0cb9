/**
 * Recognise (stage 3): document metadata — organisation, year, budget vs final accounts, department vs unit scope,
 * the unit most tables and the narrative use. Reads titles, table meta lines (部门名称：/编制部门：/预算单位：),
 * headings and form cells; it must not read amounts.
 */
import type { ExtractedDocument, RawTable } from '../extract/types';
import type { MoneyUnitName } from '../model/budget-document';
import type { TableKind } from '../model/table-kinds';
import { fold } from './fold';

const ORG_META_RE = /(?:部门名称|编制部门|编制单位|预算单位|单位名称|填报单位)[:：]\s*(.+)$/u;
const TITLE_ORG_RE = /^(.{2,40}?)\s*(20\d{2})\s*年度?\s*(部门|单位)?\s*(预算|决算)/u;
const YEAR_RE = /(20\d{2})\s*年/u;

function cleanOrg(s: string): string | null {
  const t = s
    .replace(/\s*(金额)?单位[:：].*$/u, '')
    .replace(/^\d+[-－—]/u, '')
    .trim();
  return t === '' || /XX|ＸＸ|某某/u.test(t) ? null : t;
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

/** Title-like texts in priority order: the source title, then the first headings. */
function titleTexts(doc: ExtractedDocument): string[] {
  const out: string[] = [];
  if (doc.source.title) out.push(doc.source.title);
  for (const b of doc.blocks.slice(0, 12)) out.push(b.text);
  return out;
}

export function organisationOf(doc: ExtractedDocument, formOrg: string | null): string | null {
  const fromMeta: string[] = [];
  for (const t of doc.tables) {
    for (const line of t.meta) {
      const m = ORG_META_RE.exec(line.trim());
      const org = m?.[1] ? cleanOrg(m[1]) : null;
      if (org) fromMeta.push(org);
    }
  }
  const meta = majority(fromMeta);
  if (meta) return meta;
  for (const t of titleTexts(doc)) {
    const m = TITLE_ORG_RE.exec(t.trim());
    const org = m?.[1] ? cleanOrg(m[1].replace(/^.*[>》]/u, '')) : null;
    if (org) return org;
  }
  return formOrg;
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

export function yearOf(doc: ExtractedDocument): number | null {
  for (const t of titleTexts(doc).slice(0, 1)) {
    const m = YEAR_RE.exec(t);
    if (m?.[1]) return Number(m[1]);
  }
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
  return null;
}

export function scopeOf(doc: ExtractedDocument): 'department' | 'unit' | null {
  const texts = [...titleTexts(doc).slice(0, 3), ...doc.tables.map((t) => t.title ?? '')].map(fold);
  for (const t of texts) {
    if (/单位(预算|决算)|预算单位|(预算|决算)单位/.test(t)) return 'unit';
    if (/部门(预算|决算)|部门.*(收支|收入|支出).*表/.test(t)) return 'department';
  }
  const meta = doc.tables.flatMap((t) => t.meta).map(fold);
  if (meta.some((m) => /^(编制单位|预算单位)[:：]/.test(m))) return 'unit';
  if (meta.some((m) => /^(编制部门|部门名称)[:：]/.test(m))) return 'department';
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
