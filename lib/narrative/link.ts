/**
 * Narrative (stage 5): which printed table value a narrative subject speaks about — subject → table kind, row
 * (by total-ness, name or function class) and column role. A subject can be printed in several tables (一般公共预算
 * 拨款 is 表2's column and, with the carry-over, 表4's); every plausible reading is returned, the section's own
 * table first. Read-only over the model; it does not compare anything.
 */
import type Decimal from 'decimal.js';
import type { BudgetDocument, BudgetTable, Column, MoneyUnitName, Row } from '../model/budget-document';
import type { ColumnRole, Measure, Side } from '../model/column-roles';
import { finalCounterpart, type TableKind } from '../model/table-kinds';
import { fold } from '../recognise/fold';
import type { Subject, SubjectId } from './subjects';

/** One printed table value a claim may speak about. */
export interface TableValue {
  table: number;
  /** Grid row / grid column (CellRef coordinates). */
  row: number;
  col: number;
  /** In `unit`; null for a blank cell (an exact zero). */
  value: Decimal | null;
  decimals: number;
  unit: MoneyUnitName;
  kind: TableKind;
  /** `表名 行名 列名` for messages. */
  label: string;
}

type RowPick = 'total' | 'first-total' | RegExp | { cls: string } | { path: readonly string[]; code?: string };

interface Lookup {
  kind: TableKind;
  row: RowPick;
  role: ColumnRole;
  side?: Side;
}

const GRAND = /总计$/u;
const CURRENT_TOTAL = /^本年(收入|支出)合计$|^本年收入$|^本年支出$/u;

function L(kind: TableKind, row: RowPick, role: ColumnRole, side?: Side): Lookup {
  return side ? { kind, row, role, side } : { kind, row, role };
}

const SOURCE_ROLE: Partial<Record<SubjectId, ColumnRole>> = {
  'fiscal-income': 'fiscal',
  'business-income': 'business-income',
  'business-operating': 'business-operating',
  'other-income': 'other-income',
  'general-public': 'general-public',
  'gov-fund': 'gov-fund',
  'state-capital': 'state-capital',
  'fiscal-special': 'fiscal-special',
  'unit-funds': 'unit-funds',
};
const SOURCE_ROW: Partial<Record<SubjectId, RegExp>> = {
  'fiscal-income': /^财政拨款(收入)?$/u,
  'business-income': /^事业收入$/u,
  'business-operating': /经营收入$/u,
  'other-income': /^其他收入$/u,
  'general-public': /一般公共预算/u,
  'gov-fund': /政府性基金/u,
  'state-capital': /国有资本经营/u,
  'fiscal-special': /财政专户/u,
  'unit-funds': /单位资金/u,
};
const THREE_PUBLIC_ROW: Partial<Record<SubjectId, RegExp>> = {
  outbound: /因公出国/u,
  reception: /公务接待/u,
  vehicle: /公务用车购置及运行/u,
  'vehicle-purchase': /公务用车购置费/u,
  'vehicle-operation': /公务用车运行/u,
};

function lookupsFor(s: Subject): Lookup[] {
  const src = SOURCE_ROLE[s.id];
  if (src) {
    const rowRe = SOURCE_ROW[s.id] as RegExp;
    return [
      L('budget.income', 'total', src),
      L('budget.summary', rowRe, 'amount', 'income'),
      L('budget.fiscal-summary', GRAND, src, 'expenditure'),
      L('budget.fiscal-summary', rowRe, 'amount', 'income'),
      L('budget.expenditure', 'total', src),
    ];
  }
  const tp = THREE_PUBLIC_ROW[s.id];
  if (tp) {
    const role = s.id as ColumnRole;
    return [L('budget.three-public', tp, 'total'), L('budget.three-public', 'first-total', role)];
  }
  switch (s.id) {
    case 'income-grand':
      return [L('budget.summary', GRAND, 'amount', 'income'), L('budget.fiscal-summary', GRAND, 'amount', 'income')];
    case 'expenditure-grand':
      return [
        L('budget.summary', GRAND, 'total', 'expenditure'),
        L('budget.expenditure', 'total', 'total'),
        L('budget.summary', GRAND, 'amount', 'income'),
      ];
    case 'income-current':
      return [L('budget.summary', CURRENT_TOTAL, 'amount', 'income'), L('budget.income', 'total', 'total')];
    case 'expenditure-current':
      return [
        L('budget.summary', GRAND, 'current-year', 'expenditure'),
        L('budget.summary', CURRENT_TOTAL, 'current-year', 'expenditure'),
        L('budget.summary', CURRENT_TOTAL, 'amount', 'income'),
        L('budget.summary', CURRENT_TOTAL, 'total', 'expenditure'),
      ];
    case 'carryover':
      return [
        L('budget.summary', /上年结转/u, 'amount', 'income'),
        L('budget.income', 'total', 'carryover'),
        L('budget.summary', GRAND, 'prior-carryover', 'expenditure'),
      ];
    case 'fiscal-total':
      return [
        L('budget.fiscal-summary', GRAND, 'amount', 'income'),
        L('budget.fiscal-summary', GRAND, 'total', 'expenditure'),
      ];
    case 'fiscal-current':
      return [L('budget.fiscal-summary', CURRENT_TOTAL, 'amount', 'income')];
    case 'fiscal-carry':
      return [L('budget.fiscal-summary', /上年.*结转/u, 'amount', 'income')];
    case 'gp-current':
      return [L('budget.general-public', 'total', 'total'), L('budget.income', 'total', 'general-public')];
    case 'gp-basic':
      return [L('budget.general-public', 'total', 'basic'), L('budget.basic-economic', 'total', 'total')];
    case 'basic':
      return [
        L('budget.expenditure', 'total', 'basic'),
        L('budget.general-public', 'total', 'basic'),
        L('budget.basic-economic', 'total', 'total'),
      ];
    case 'project':
      return [
        L('budget.expenditure', 'total', 'project'),
        L('budget.projects', 'first-total', 'total'),
        L('budget.general-public', 'total', 'project'),
      ];
    case 'personnel':
      return [L('budget.basic-economic', 'total', 'personnel')];
    case 'public':
      return [L('budget.basic-economic', 'total', 'public')];
    case 'three-public':
      return [L('budget.three-public', 'first-total', 'three-public'), L('budget.three-public', 'total', 'total')];
    case 'meeting':
      return [L('budget.three-public', 'first-total', 'meeting')];
    case 'training':
      return [L('budget.three-public', 'first-total', 'training')];
    case 'admin-operating':
      return [
        L('budget.admin-operating', 'first-total', 'total'),
        L('budget.admin-operating', 'first-total', 'amount'),
        L('budget.three-public', 'first-total', 'admin-operating'),
      ];
    case 'perf-projects':
      return [L('budget.projects', 'first-total', 'total')];
    case 'org-perf-total':
      return [
        L('budget.summary', CURRENT_TOTAL, 'amount', 'income'),
        L('budget.income', 'total', 'total'),
        L('budget.summary', GRAND, 'amount', 'income'),
      ];
    case 'function-item': {
      const pick = { path: s.path ?? [s.name], ...(s.code ? { code: s.code } : {}) };
      return [
        L('budget.general-public', pick, 'total'),
        L('budget.expenditure', pick, 'total'),
        L('budget.gov-fund', pick, 'total'),
        L('budget.state-capital', pick, 'total'),
      ];
    }
    case 'function-class':
      return [
        L('budget.general-public', { cls: s.name }, 'total'),
        L('budget.expenditure', { cls: s.name }, 'total'),
        L('budget.fiscal-summary', { cls: s.name }, 'total', 'expenditure'),
        L('budget.summary', { cls: s.name }, 'total', 'expenditure'),
        L('budget.income', { cls: s.name }, 'total'),
      ];
    default:
      return [];
  }
}

/**
 * Lookups in a 决算: the budget's, on the 决算 tables — except where the two differ. There 收入 and 支出 are not one
 * figure (本年支出合计 is no 本年收入合计: 结余 lie between them), and 年初结转和结余 stands for 上年结转.
 */
function finalLookupsFor(s: Subject): Lookup[] {
  switch (s.id) {
    case 'expenditure-current':
      return [
        L('final.summary', CURRENT_TOTAL, 'total', 'expenditure'),
        L('final.summary', CURRENT_TOTAL, 'amount', 'expenditure'),
        L('final.expenditure', 'total', 'total'),
      ];
    case 'income-current':
      return [L('final.summary', CURRENT_TOTAL, 'amount', 'income'), L('final.income', 'total', 'total')];
    case 'carryover':
      return [L('final.summary', /年初结转/u, 'amount', 'income')];
    case 'fiscal-carry':
      return [L('final.fiscal-summary', /年初.*结转/u, 'amount', 'income')];
    default:
      return lookupsFor(s).flatMap((l) => {
        const kind = finalCounterpart(l.kind);
        if (!kind) return [];
        // A fund's spending (政府性基金预算财政拨款支出X) is the 本年支出合计 row: the 总计 row adds the closing balance.
        const row = SOURCE_ROLE[s.id] && l.row === GRAND && l.side === 'expenditure' ? CURRENT_TOTAL : l.row;
        return [{ ...l, kind, row }];
      });
  }
}

/** Which tables a section's numbers come from (二、收入预算 → 表1/表2 …), most specific first. */
export function sectionKinds(section: string | null): TableKind[] {
  const h = fold(section ?? '');
  if (/三公/u.test(h)) return ['budget.three-public'];
  if (/机关运行/u.test(h)) return ['budget.admin-operating'];
  if (/基本支出/u.test(h)) return ['budget.basic-economic', 'budget.general-public'];
  if (/一般公共预算/u.test(h)) return ['budget.general-public'];
  if (/财政拨款/u.test(h)) return ['budget.fiscal-summary'];
  if (/收入预算|收入情况/u.test(h)) return ['budget.summary', 'budget.income'];
  if (/支出预算|支出情况/u.test(h)) return ['budget.expenditure', 'budget.summary'];
  if (/绩效/u.test(h)) return ['budget.projects', 'budget.expenditure'];
  if (/收支|变动/u.test(h)) return ['budget.summary'];
  return [];
}

const NUMBERING_RE = /^[一二三四五六七八九十]+[、.．]|^[0-9]+[、.．]?|^[（(][一二三四五六七八九十0-9]+[)）]/u;

function rowName(row: Row, side?: Side): string {
  const n = side && row.sides?.[side] ? (row.sides[side]?.name ?? '') : row.name;
  return fold(n).replace(NUMBERING_RE, '');
}

function rowTotal(row: Row, side?: Side): boolean {
  return side && row.sides?.[side] ? (row.sides[side]?.isTotal ?? false) : row.isTotal;
}

function pickRow(t: BudgetTable, pick: RowPick, side: Side | undefined, col: Column): Row | null {
  if (pick === 'total') {
    const totals = t.rows.filter((r) => rowTotal(r, side) && /^(合计|总计|部门合计)$|合计$/u.test(rowName(r, side)));
    return totals[0] ?? t.rows.find((r) => rowTotal(r, side)) ?? null;
  }
  if (pick === 'first-total') {
    const total = t.rows.find((r) => rowTotal(r, side));
    if (total) return total;
    // A one-row table (Shanghai's 三公 table): that row.
    if (t.rows.length === 1) return t.rows[0] ?? null;
    // No 合计 row (the project table opens with the department's row): the largest amount is the total.
    let best: Row | null = null;
    for (const r of t.rows) {
      const v = r.amounts[col.key];
      if (!v) continue;
      const bv = best?.amounts[col.key];
      if (!best || !bv || v.gt(bv)) best = r;
    }
    return best;
  }
  if (pick instanceof RegExp) return t.rows.find((r) => pick.test(rowName(r, side))) ?? null;
  if ('path' in pick) return rowByPath(t, pick.path, pick.code);
  const cls = fold(pick.cls);
  return (
    t.rows.find((r) => r.code?.length === 3 && rowName(r, side) === cls) ??
    t.rows.find((r) => rowName(r, side) === cls) ??
    null
  );
}

const sameName = (a: string, b: string) => fold(a).replace(/其它/gu, '其他') === fold(b).replace(/其它/gu, '其他');

/**
 * The row of a 科目 named by code, or by its path of names from 类 down: each name looked up among the rows under
 * the one before (by code prefix), so 行政运行 is the one under 财政事务, not the first 行政运行 of the table.
 */
function rowByPath(t: BudgetTable, path: readonly string[], code?: string): Row | null {
  if (code) return t.rows.find((r) => r.code === code) ?? null;
  let prefix = '';
  let found: Row | null = null;
  for (const [depth, name] of path.entries()) {
    const len = [3, 5, 7][depth];
    const candidates = t.rows.filter(
      (r) => r.code !== undefined && r.code.length === len && r.code.startsWith(prefix) && sameName(rowName(r), name),
    );
    // Two rows of one name under one parent: the path does not say which.
    if (candidates.length !== 1) return null;
    found = candidates[0]!;
    prefix = found.code!;
  }
  return found;
}

/**
 * `measure` (final accounts): 预算 figures are read only from columns headed 预算数 (never from the outturn), 决算
 * figures from 决算数 columns or, where the table prints one measure, its only one.
 */
function valueAt(doc: BudgetDocument, t: BudgetTable, lk: Lookup, measure?: Measure): TableValue | null {
  let cols = t.columns.filter((c) => c.role === lk.role && (lk.side === undefined || c.side === lk.side));
  if (measure === 'budget') cols = cols.filter((c) => c.measure === 'budget');
  else if (measure === 'actual')
    cols = cols.some((c) => c.measure === 'actual')
      ? cols.filter((c) => c.measure === 'actual')
      : cols.filter((c) => c.measure === undefined);
  // A side printing one amount column (预算数) holds its totals there.
  if (cols.length === 0 && lk.role === 'total' && measure !== 'budget') {
    const amounts = t.columns.filter(
      (c) => c.role === 'amount' && (lk.side === undefined || c.side === lk.side) && c.measure !== 'budget',
    );
    if (amounts.length === 1) cols = amounts;
  }
  // This year's column where the table prints several years side by side.
  const col = cols.find((c) => c.period === 'current') ?? cols.find((c) => c.period === undefined);
  if (!col) return null;
  const row = pickRow(t, lk.row, lk.side, col);
  if (!row) return null;
  if (!(col.key in row.amounts)) return null;
  const v = row.amounts[col.key] ?? null;
  const header = col.header[col.header.length - 1] ?? col.role;
  return {
    table: t.index,
    row: row.gridRow,
    col: col.index,
    value: v,
    decimals: v === null ? 0 : (row.decimals[col.key] ?? 0),
    unit: t.unit ?? doc.document.unit ?? '万元',
    kind: t.kind,
    label: `${(t.title ?? t.kind).replace(/^\d{4}年(度)?/u, '')} ${rowName(row, lk.side) || '（无名称行）'} ${header.replace(/\s+/gu, '')}`,
  };
}

/**
 * Every table value the subject may refer to, the section's own tables first. Empty when the document prints no
 * table for it (政府采购, a missing table) — the claim is then unchecked, not wrong.
 */
export function linkSubject(
  doc: BudgetDocument,
  subject: Subject,
  section: string | null,
  measure?: Measure,
): TableValue[] {
  const final = doc.document.kind === 'final';
  const lookups = final ? finalLookupsFor(subject) : lookupsFor(subject);
  const pref = sectionKinds(section)
    .map((k) => (final ? finalCounterpart(k) : k))
    .filter((k): k is TableKind => k !== null);
  const rank = (k: TableKind) => {
    const i = pref.indexOf(k);
    return i < 0 ? pref.length : i;
  };
  const ordered = lookups.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l.kind) - rank(b.l.kind) || a.i - b.i);
  const out: TableValue[] = [];
  const seen = new Set<string>();
  for (const { l } of ordered) {
    for (const t of doc.tables.filter((x) => x.kind === l.kind && !x.empty)) {
      const v = valueAt(doc, t, l, final ? (measure ?? 'actual') : undefined);
      if (!v) continue;
      const k = `${v.table}:${v.row}:${v.col}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(v);
      break;
    }
  }
  return out;
}

/** Names of the function classes (3-digit rows) the document's tables print. */
export function classNamesOf(doc: BudgetDocument): string[] {
  const names = new Set<string>();
  for (const t of doc.tables) {
    if (t.kind === 'budget.basic-economic' || t.kind === 'final.basic-economic') continue;
    for (const r of t.rows) if (r.code?.length === 3) names.add(r.name);
  }
  return [...names].filter((n) => /支出$|预备费$/u.test(n));
}
