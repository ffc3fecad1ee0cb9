/**
 * Rule (stage 6): the two summaries against the detail tables. 收支总表 income sources = 收入总表 合计 row by fund
 * (and 财政拨款收支总表 income = the same); 收支总表 expenditure per function class = 支出总表 类 rows (matched by
 * name); 财政拨款收支总表 per class and fund = 一般公共预算 / 基金 / 国资 tables' 类 rows; grand totals = 支出总表 合计.
 */
import type { BudgetDocument, BudgetTable, Column, Row } from '../../model/budget-document';
import type { ColumnRole } from '../../model/column-roles';
import type { TableKind } from '../../model/table-kinds';
import type { CheckContext } from '../define-check';
import { defineCheck } from '../define-check';
import { cellLabel, compareAcross, compareFirstHolding, normName, type Side2, totalRow } from '../joins';
import { amountColumns, columnFor, ofFamily, tableOf } from '../table-access';
import { type Line, readTwoSided, type TwoSided } from '../two-sided';

function lineCell(table: BudgetTable, line: Line, col: Column): Side2 {
  return { table, row: line.row, col, label: `${line.name}`, sideRow: line.side };
}

function classRows(table: BudgetTable): Map<string, Row> {
  const m = new Map<string, Row>();
  for (const r of table.rows) {
    const code = r.sides?.expenditure?.code ?? r.code;
    if (code?.length === 3) m.set(normName(r.sides?.expenditure?.name ?? r.name), r);
  }
  return m;
}

function expTotalColumn(t: BudgetTable): Column | null {
  if (t.twoSided) return t.columns.find((c) => c.side === 'expenditure' && c.role === 'total') ?? null;
  return columnFor(t, 'total') ?? columnFor(t, 'amount');
}

function detailCell(t: BudgetTable, r: Row, col: Column): Side2 {
  const s: Side2 = { table: t, row: r, col, label: cellLabel(t, r, col) };
  if (t.twoSided && r.sides?.expenditure) s.sideRow = r.sides.expenditure;
  return s;
}

const EXCLUDES_CARRY_RE = /不含.{0,4}结转/u;

interface CarryInfo {
  inc: BudgetTable;
  col: Column;
  /** skip: compare only classes without carry-over; add: add the class's carry-over to the detail sum. */
  mode: 'skip' | 'add';
}

/** Summary class lines (one expenditure column) against the same-named 类 rows of detail tables (summed). */
function matchClasses(
  doc: BudgetDocument,
  ctx: CheckContext,
  t: BudgetTable,
  ts: NonNullable<ReturnType<typeof readTwoSided>>,
  col: Column,
  details: BudgetTable[],
  carry: CarryInfo | null,
): void {
  const excl = details.some((d) => EXCLUDES_CARRY_RE.test(d.title ?? ''));
  const incClasses = carry ? classRows(carry.inc) : new Map<string, Row>();
  const incTotal = carry ? totalRow(carry.inc) : null;
  const what = (name: string) => ({
    zh: `${t.title ?? t.kind}「${name}」（${col.header[col.header.length - 1] ?? col.role}）与${details.map((d) => d.title ?? d.kind).join('、')}`,
    en: `${t.kind} "${name}" (${col.role}) vs ${details.map((d) => d.kind).join(', ')}`,
  });
  const run = (line: Line, pick: (d: BudgetTable) => Row | null, incRow: Row | null) => {
    const terms: Side2[] = [];
    for (const d of details) {
      const r = pick(d);
      const dCol = expTotalColumn(d);
      if (r && dCol) terms.push(detailCell(d, r, dCol));
    }
    if (terms.length === 0) return;
    if (carry && excl && incRow) {
      const v = incRow.amounts[carry.col.key];
      const has = v !== null && v !== undefined && !v.isZero();
      if (has && carry.mode === 'skip') return;
      if (has) terms.push(detailCell(carry.inc, incRow, carry.col));
    }
    cmp(doc, ctx, what(line.name).zh, what(line.name).en, lineCell(t, line, col), terms);
  };
  for (const line of ts.classes) {
    const key = normName(line.name);
    if (!details.some((d) => classRows(d).has(key))) continue;
    run(line, (d) => classRows(d).get(key) ?? null, incClasses.get(key) ?? null);
  }
  const grand = ts.expenditureSubtotal ?? ts.expenditureGrand;
  if (grand) {
    const at = printedColumn(grand, amountColumns(t, ts.expenditureSide), col);
    const what = {
      zh: `${t.title ?? t.kind}「${grand.name}」与${details.map((d) => d.title ?? d.kind).join('、')}合计`,
      en: `${t.kind} "${grand.name}" vs the total of ${details.map((d) => d.kind).join(', ')}`,
    };
    const terms: Side2[] = [];
    for (const d of details) {
      const r = totalRow(d);
      const dCol = expTotalColumn(d);
      if (r && dCol) terms.push(detailCell(d, r, dCol));
    }
    if (carry && excl && incTotal) {
      const v = incTotal.amounts[carry.col.key];
      const has = v !== null && v !== undefined && !v.isZero();
      if (has && carry.mode === 'skip') return;
      if (has) terms.push(detailCell(carry.inc, incTotal, carry.col));
    }
    if (terms.length > 0) cmp(doc, ctx, what.zh, what.en, lineCell(t, grand, at), terms);
  }
}

/** The column of an expenditure side whose amount is printed on this line (a merged total line prints it once). */
function printedColumn(line: Line, cols: readonly Column[], prefer: Column): Column {
  const key = (c: Column) => c.key.slice((c.side?.length ?? 0) + 1);
  const has = (c: Column) => (line.side.amounts[key(c)] ?? null) !== null;
  return has(prefer) ? prefer : (cols.find(has) ?? prefer);
}

/** Spending by use (基本支出, 项目支出, 单位预留机动经费) in a block of the summary ↔ the 支出总表 total row. */
function matchUses(doc: BudgetDocument, ctx: CheckContext, t: BudgetTable, ts: TwoSided, exp: BudgetTable): void {
  const total = totalRow(exp);
  if (!total) return;
  for (const block of ts.expenditure) {
    const col = block.columns[0];
    if (!col) continue;
    for (const line of block.items) {
      if (!line.role || !USE_ROLES.has(line.role)) continue;
      const dCol = columnFor(exp, line.role);
      if (!dCol) continue;
      cmp(
        doc,
        ctx,
        `${t.title ?? t.kind}「${line.name}」与支出总表合计行`,
        `${t.kind} "${line.name}" vs expenditure table total`,
        lineCell(t, line, col),
        [detailCell(exp, total, dCol)],
      );
    }
  }
}

const USE_ROLES: ReadonlySet<ColumnRole> = new Set(['basic', 'project', 'reserve']);

function printed(c: Side2): boolean {
  const key = c.sideRow ? c.col.key.slice((c.col.side?.length ?? 0) + 1) : c.col.key;
  return ((c.sideRow ?? c.row).amounts[key] ?? null) !== null;
}

function cmp(doc: BudgetDocument, ctx: CheckContext, zh: string, en: string, a: Side2, b: Side2[]): void {
  if (![a, ...b].some(printed)) return;
  compareAcross(doc, ctx, { zh, en }, a, b);
}

const FUND_TABLE: Partial<Record<ColumnRole, TableKind>> = {
  'general-public': 'budget.general-public',
  'gov-fund': 'budget.gov-fund',
  'state-capital': 'budget.state-capital',
};

export default defineCheck({
  id: 'summary-matches-tables',
  scope: 'cross',
  title: { zh: '总表与明细表一致', en: 'Summaries agree with the detail tables' },
  explain: {
    zh: '收支总表的各项收入应等于收入总表合计行对应资金列；各类支出应等于支出总表同名“类”；财政拨款收支总表各类支出应等于一般公共预算、政府性基金、国有资本经营支出表的同名“类”。',
    en: 'The summary’s income sources equal the income table’s total row by fund; its spending per class equals the expenditure table’s class rows; the fiscal summary’s spending per class and fund equals the fund tables’ class rows.',
  },
  formula: '收支总表.来源 = 收入总表.合计[来源]；收支总表.类 = 支出总表.类；财政拨款收支总表.类[资金] = 分资金表.类',
  run(doc, ctx) {
    const inc = tableOf(doc, ofFamily(doc, 'budget.income'));
    const exp = tableOf(doc, ofFamily(doc, 'budget.expenditure'));
    const incTotal = inc && !inc.empty ? totalRow(inc) : null;
    for (const kind of ['budget.summary', 'budget.fiscal-summary'] as const) {
      const t = tableOf(doc, ofFamily(doc, kind));
      if (!t || t.empty) continue;
      const ts = readTwoSided(t);
      if (!ts) continue;
      const incCol = amountColumns(t, ts.incomeSide)[0];
      // Income sources ↔ 收入总表 合计 row (by fund role).
      if (inc && incTotal && incCol) {
        // Where the income table prints no 上年结转 column, its fund columns may include each fund's carry-over,
        // which the summary prints apart (上年结转 › 一般公共预算拨款): both readings are tried.
        const carryByRole = new Map(
          ts.carry.flatMap((c) => c.children).flatMap((c) => (c.role ? [[c.role, c] as const] : [])),
        );
        const noCarryColumn = !columnFor(inc, 'carryover');
        for (const s of [...ts.sources, ...ts.sources.flatMap((x) => x.children)]) {
          if (!s.role) continue;
          const col = columnFor(inc, s.role);
          if (!col) continue;
          const stated = lineCell(t, s, incCol);
          const term = detailCell(inc, incTotal, col);
          if (![stated, term].some(printed)) continue;
          const carried = noCarryColumn ? carryByRole.get(s.role) : undefined;
          compareFirstHolding(
            doc,
            ctx,
            { zh: `${t.title ?? kind}「${s.name}」与收入总表合计行`, en: `${kind} "${s.name}" vs income table total` },
            [
              { stated, terms: [term] },
              ...(carried ? [{ stated: term, terms: [stated, lineCell(t, carried, incCol)] }] : []),
            ],
          );
        }
        // Each money-brought-in line (上年结转, 使用非财政拨款结余 …) against the income table's column of its kind; an
        // unnamed single line is the carry-over.
        const lines =
          ts.carry.length === 1 && !ts.carry[0]!.role ? [{ ...ts.carry[0]!, role: 'carryover' as const }] : ts.carry;
        for (const c of kind === 'budget.summary' ? lines : []) {
          const col = c.role ? columnFor(inc, c.role) : null;
          if (!col) continue;
          cmp(
            doc,
            ctx,
            `${t.title ?? kind}「${c.name}」与收入总表${col.header[col.header.length - 1] ?? ''}`,
            `${kind} "${c.name}" vs income table`,
            lineCell(t, c, incCol),
            [detailCell(inc, incTotal, col)],
          );
        }
      }
      // Expenditure classes ↔ detail tables' 类 rows.
      const expCols = amountColumns(t, ts.expenditureSide);
      if (kind === 'budget.summary') {
        const main = expCols.find((c) => c.role === 'total') ?? expCols.find((c) => c.role === 'amount');
        if (main && exp && !exp.empty) matchClasses(doc, ctx, t, ts, main, [exp], null);
        if (exp && !exp.empty) matchUses(doc, ctx, t, ts, exp);
        continue;
      }
      // 财政拨款收支总表 includes 上年结转; fund tables printed 不含上年结转 do not. Per fund, compare only where the
      // income table shows no carry-over for the class (where it does, the split of the carry-over between funds
      // is not printed); the all-fund column compares with Σ fund tables + carry-over.
      const carryCol = inc ? columnFor(inc, 'carryover') : null;
      const funds: BudgetTable[] = [];
      for (const c of expCols) {
        const k = FUND_TABLE[c.role];
        const ft = k ? tableOf(doc, ofFamily(doc, k)) : null;
        if (ft && !ft.empty) {
          funds.push(ft);
          matchClasses(doc, ctx, t, ts, c, [ft], inc && carryCol ? { inc, col: carryCol, mode: 'skip' } : null);
        }
      }
      const all = expCols.find((c) => c.role === 'total') ?? (expCols.length === 1 ? expCols[0] : undefined);
      if (all && funds.length > 0)
        matchClasses(doc, ctx, t, ts, all, funds, inc && carryCol ? { inc, col: carryCol, mode: 'add' } : null);
    }
  },
});
