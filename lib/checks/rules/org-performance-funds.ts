/**
 * Rule (stage 6): the money of a 部门整体支出绩效目标表 (西安's 年度主要任务 | 预算金额（万元）: 总额 / 财政拨款 / 其他资金,
 * a row per task and a 金额合计 row). Each task's 总额 = 财政拨款 + 其他资金 and the 金额合计 row = Σ the tasks, column
 * by column — numbers of one table, errors when they do not hold. The form's 总额 is the department's money of the
 * year: it should be the 收支总表's 本年收入合计 or 收入总计 (templates differ on whether 上年结转 is in), or one of them
 * less a 其中 part (西安 leaves 专项资金列入部门预算的项目 to its own form). Otherwise the form may be drawn up on a
 * basis of its own: info, and a warning only where it claims more money than the whole budget. Reads the form grid.
 */
import type Decimal from 'decimal.js';
import type { GridCell } from '../../extract/types';
import type { BudgetDocument, MoneyUnitName } from '../../model/budget-document';
import { parseAmount } from '../../money/amount';
import { convert } from '../../money/unit';
import { sourcesOf } from '../../narrative/sources';
import { fold } from '../../recognise/fold';
import { type CheckContext, defineCheck } from '../define-check';
import type { CellRef } from '../finding';
import { compareSum, type Printed, printedText } from '../tolerance';

const COLUMNS = { total: /^(预算)?(资金)?总额$|^合计$/u, fiscal: /^财政拨款(资金)?$/u, other: /^其他资金$/u } as const;
type Col = keyof typeof COLUMNS;
const TOTAL_ROW_RE = /^(金额)?合计$|^总计$/u;
const UNIT_RE = /[(（]\s*(万元|元)\s*[)）]/u;

interface Amount extends Printed {
  cell: CellRef;
}

interface Funds {
  table: number;
  cols: Record<Col, number>;
  tasks: { row: number; amounts: Partial<Record<Col, Amount>> }[];
  total: { row: number; amounts: Partial<Record<Col, Amount>> } | null;
  unit: MoneyUnitName | null;
}

const text = (c: GridCell | undefined) => fold(c?.text ?? '').replace(/\s+/gu, '');

/** The funds block of a form grid: its header row (总额 / 财政拨款 / 其他资金), its task rows and its 合计 row. */
export function fundsOf(grid: readonly (readonly GridCell[])[], table: number): Funds | null {
  for (let h = 0; h < grid.length; h++) {
    const row = grid[h] ?? [];
    const find = (re: RegExp) => row.findIndex((c) => re.test(text(c)));
    const cols = { total: find(COLUMNS.total), fiscal: find(COLUMNS.fiscal), other: find(COLUMNS.other) };
    if (cols.total < 0 || cols.fiscal < 0 || cols.other < 0) continue;
    if (!(cols.total < cols.fiscal && cols.fiscal < cols.other)) continue;
    // The unit is printed over the three columns (预算金额（万元）) in the rows above.
    let unit: MoneyUnitName | null = null;
    for (let u = h; u >= Math.max(0, h - 2) && !unit; u--)
      for (const c of grid[u] ?? []) {
        const m = UNIT_RE.exec(text(c));
        if (m && /金额|资金|预算/u.test(text(c))) unit = m[1] as MoneyUnitName;
      }
    const amountsOf = (r: number) => {
      const out: Partial<Record<Col, Amount>> = {};
      for (const col of Object.keys(cols) as Col[]) {
        const p = parseAmount(grid[r]?.[cols[col]]?.text ?? '');
        if (p.kind === 'number' && p.value)
          out[col] = {
            value: p.value,
            decimals: p.decimals,
            unit: unit ?? '万元',
            cell: { table, row: r, col: cols[col] },
          };
        else if (p.kind === 'text') return null;
      }
      return out;
    };
    const funds: Funds = { table, cols, tasks: [], total: null, unit };
    for (let r = h + 1; r < grid.length; r++) {
      const labels = (grid[r] ?? []).slice(0, cols.total).map(text);
      const amounts = amountsOf(r);
      if (!amounts?.total) break;
      if (labels.some((l) => TOTAL_ROW_RE.test(l))) {
        funds.total = { row: r, amounts };
        break;
      }
      funds.tasks.push({ row: r, amounts });
    }
    return funds.tasks.length > 0 ? funds : null;
  }
  return null;
}

const zero = (like: Amount, col: Col, row: number, table: number, cols: Record<Col, number>): Amount => ({
  value: like.value.minus(like.value),
  decimals: 0,
  unit: like.unit,
  blank: true,
  cell: { table, row, col: cols[col] },
});

const LABELS: Record<Col, string> = { total: '总额', fiscal: '财政拨款', other: '其他资金' };

function check(ctx: CheckContext, stated: Amount, terms: Amount[], col: Col[], zh: string, en: string) {
  ctx.compare({
    what: { zh: `整体绩效目标表 ${zh}`, en: `Organisation performance form, ${en}` },
    stated: { ...stated, label: LABELS[col[0] as Col] },
    terms: terms.map((t, i) => ({ ...t, label: LABELS[col[Math.min(i + 1, col.length - 1)] as Col] })),
  });
}

interface SummaryTotals {
  /** 本年收入合计 and 收入总计, as printed, and in 万元. */
  totals: { label: string; wan: Decimal; printed: Printed }[];
  /** The income side's 其中 rows (其中：专项资金列入部门预算的项目): a form may leave one out, as 西安's does. */
  parts: { label: string; printed: Printed }[];
}

function summaryTotals(doc: BudgetDocument): SummaryTotals {
  const t = doc.tables.find((x) => x.kind === 'budget.summary' && !x.empty);
  // Income is printed first (left) in a two-sided 收支总表, whether or not its side was named.
  const key = t?.columns.find((c) => c.role === 'amount' && c.side !== 'expenditure')?.key;
  const out: SummaryTotals = { totals: [], parts: [] };
  if (!t?.unit || !key) return out;
  const unit = t.unit as MoneyUnitName;
  for (const r of t.rows) {
    const v = r.amounts[key];
    if (!v) continue;
    const printed = { value: v, decimals: v.decimalPlaces(), unit };
    const label = /本年收入合计|收入合计/u.test(r.name)
      ? '本年收入合计'
      : /收入总计|总计/u.test(r.name)
        ? '收入总计'
        : null;
    if (label) out.totals.push({ label, wan: convert(v, unit, '万元'), printed });
    else if (/^其中/u.test(r.name) && !v.isZero()) out.parts.push({ label: r.name, printed });
  }
  return out;
}

export default defineCheck({
  id: 'org-performance-funds',
  scope: 'document',
  title: { zh: '整体绩效目标表的预算金额', en: 'Funds on the organisation performance form' },
  explain: {
    zh: '部门整体支出绩效目标表中，每项任务的总额应等于财政拨款加其他资金，金额合计应等于各项任务之和；金额合计的总额应与收支总表的本年收入合计（或收入总计）一致。',
    en: "On the organisation performance form each task's total must be its fiscal plus other funds and the 金额合计 row the sum of the tasks; the form's total should be the 收支总表's 本年收入合计 (or 收入总计).",
  },
  formula: '总额 = 财政拨款 + 其他资金；金额合计 = Σ 任务；金额合计 = 本年收入合计',
  run(doc, ctx) {
    const grids = sourcesOf(doc)?.grids;
    if (!grids) return;
    for (const form of doc.tables.filter((t) => t.kind === 'budget.org-performance')) {
      const funds = fundsOf(grids[form.index] ?? [], form.index);
      if (!funds) continue;
      const { table, cols } = funds;
      const rows = funds.total ? [...funds.tasks, funds.total] : funds.tasks;
      for (const { row, amounts } of rows) {
        const { total, fiscal, other } = amounts;
        if (!total || !fiscal) continue;
        const name = row === funds.total?.row ? '金额合计' : `第 ${row + 1} 行任务`;
        check(
          ctx,
          total,
          [fiscal, other ?? zero(total, 'other', row, table, cols)],
          ['total', 'fiscal', 'other'],
          `${name}的总额 = 财政拨款 + 其他资金`,
          `${row === funds.total?.row ? 'total row' : `task row ${row + 1}`}: total = fiscal + other`,
        );
      }
      if (!funds.total) continue;
      for (const col of Object.keys(cols) as Col[]) {
        const stated = funds.total.amounts[col];
        const terms = funds.tasks.map(
          ({ row, amounts }) => amounts[col] ?? zero(funds.total?.amounts.total as Amount, col, row, table, cols),
        );
        if (stated && terms.some((t) => !t.blank))
          check(ctx, stated, terms, [col, col], `金额合计的${LABELS[col]} = Σ 各项任务`, `total row, ${col} = Σ tasks`);
      }
      const formTotal = funds.total.amounts.total;
      const { totals, parts } = summaryTotals(doc);
      if (!formTotal || !funds.unit || totals.length === 0) continue;
      const holds = (terms: Printed[]) => compareSum(formTotal, terms).verdict !== 'mismatch';
      const same = totals.some(
        (t) => holds([t.printed]) || parts.some((q) => holds([t.printed, { ...q.printed, negate: true }])),
      );
      if (same) {
        ctx.pass({ cells: [formTotal.cell] });
        continue;
      }
      // A form may be drawn up on a basis of its own: only money beyond the whole budget is a finding.
      const beyond = totals.every((t) => convert(formTotal.value, funds.unit as MoneyUnitName, '万元').gt(t.wan));
      ctx.report({
        severity: beyond ? 'warning' : 'info',
        message: {
          zh: `整体绩效目标表金额合计 ${printedText(formTotal)}${funds.unit}，与收支总表的${totals.map((t) => `${t.label} ${t.wan.toFixed(2)}万元`).join('、')}都不一致${beyond ? '，超出部门全年预算' : '，可能按其他口径编制'}。`,
          en: `The organisation performance form totals ${printedText(formTotal)} ${funds.unit}; the 收支总表 gives ${totals.map((t) => `${t.label} ${t.wan.toFixed(2)} 万元`).join(', ')}${beyond ? ', more than the whole budget' : ', perhaps on another basis'}.`,
        },
        stated: printedText(formTotal),
        computed: totals[0]?.wan.toFixed(2) ?? null,
        cells: [formTotal.cell],
      });
    }
  },
});
