/**
 * Rule (stage 6): the totals of a two-sided table (收支总表, 财政拨款收支总表, 收入支出决算总表): per block of each side,
 * each line = Σ the lines numbered under it, 本年收入合计 = Σ sources, 收入总计 = 本年收入合计 + 上年结转 (and the other
 * carry-over lines), 本年支出合计 = Σ function classes (each further block — by use, by economic class — too), 支出总计 =
 * 本年支出合计 + 结转, and 收入总计 = 支出总计. Reads the model only.
 *
 * The names and numbering say which lines are the items; where they allow more than one reading (a line numbered
 * like a sibling that the printed amounts show is a heading over the lines below it), each reading is tried and the
 * one the printed amounts satisfy is taken: a table that adds up is never reported because its layout was unusual.
 */
import type { BudgetDocument, BudgetTable, Column, SideRow } from '../../model/budget-document';
import type { CheckContext, Term } from '../define-check';
import { defineCheck } from '../define-check';
import { amountColumns, columnLabel, tableLabel, termAt } from '../table-access';
import { compareSum } from '../tolerance';
import { type Block, type Line, readTwoSided, type SourceLine, type TwoSided } from '../two-sided';

interface Cell {
  line: Line;
  /** The side row the amount is read from (the side's own, which holds every block's amounts). */
  side: SideRow;
  col: Column;
}

function term(doc: BudgetDocument, table: BudgetTable, c: Cell, label?: string): Term {
  return termAt(doc, table, c.line.row, c.col, label ?? c.line.name, { side: c.side });
}

function sideRowOf(line: Line, block: Block): SideRow {
  return line.row.sides?.[block.side] ?? line.side;
}

function printed(c: Cell): boolean {
  const key = c.col.key.slice((c.col.side?.length ?? 0) + 1);
  return (c.side.amounts[key] ?? null) !== null;
}

/**
 * A total line's amount in a block's column. A total printed once across the blocks of its side (江苏: 当年支出小计 in a
 * cell merged over the function and the use blocks, its figure under the last) is read where it is printed: the same
 * row, the same position among another block's columns.
 */
function totalCell(line: Line, blocks: Block[], block: Block, k: number): Cell | null {
  const side = sideRowOf(line, block);
  const own: Cell = { line, side, col: block.columns[k]! };
  if (printed(own)) return own;
  for (const other of blocks) {
    if (other === block || !other.columns[k]) continue;
    const c: Cell = { line, side, col: other.columns[k] };
    if (printed(c)) return c;
  }
  return own;
}

function cellsOf(lines: readonly Line[], block: Block, col: Column): Cell[] {
  return lines.map((line) => ({ line, side: sideRowOf(line, block), col }));
}

function walk(items: readonly SourceLine[], out: SourceLine[] = []): SourceLine[] {
  for (const i of items) {
    out.push(i);
    walk(i.children, out);
  }
  return out;
}

/** Readings of "the items of this year" from the lines: as nested, with headings replaced by what is under them. */
function readings(items: readonly SourceLine[]): Line[][] {
  const out: Line[][] = [[...items]];
  if (items.some((i) => i.children.length > 0)) {
    out.push(items.flatMap((i) => (i.summable && i.children.length > 0 ? i.children : [i])));
    out.push(walk(items));
  }
  return out;
}

function compare(
  ctx: CheckContext,
  doc: BudgetDocument,
  table: BudgetTable,
  stated: Cell | null,
  candidates: Cell[][],
  what: { zh: string; en: string },
): void {
  if (!stated) return;
  const chosen =
    candidates.find((terms) => {
      const c = compareSum(
        term(doc, table, stated),
        terms.map((t) => term(doc, table, t)),
      );
      return c.verdict !== 'mismatch';
    }) ?? candidates[0];
  if (!chosen) return;
  if (![stated, ...chosen].some(printed)) return;
  // A sum over nothing printed says nothing: the lines were not found, not that they add up to zero.
  if (chosen.length > 0 && !chosen.some(printed) && printed(stated)) return;
  ctx.compare({
    what: {
      zh: `${tableLabel(table)} ${what.zh}（${columnLabel(stated.col)}）`,
      en: `${tableLabel(table)}: ${what.en} (${columnLabel(stated.col)})`,
    },
    stated: term(doc, table, stated),
    terms: chosen.map((c) => term(doc, table, c)),
  });
}

function checkBlock(
  ctx: CheckContext,
  doc: BudgetDocument,
  table: BudgetTable,
  ts: TwoSided,
  blocks: Block[],
  block: Block,
  first: Block,
): void {
  const income = block.side === ts.incomeSide;
  block.columns.forEach((col, k) => {
    for (const item of walk(block.items))
      if (item.summable)
        compare(
          ctx,
          doc,
          table,
          { line: item, side: sideRowOf(item, block), col },
          [cellsOf(item.children, block, col)],
          {
            zh: `“${item.name}” = Σ 其下各项`,
            en: `"${item.name}" = Σ sub-items`,
          },
        );
    for (const a of block.after)
      if (a.summable)
        compare(ctx, doc, table, { line: a, side: sideRowOf(a, block), col }, [cellsOf(a.children, block, col)], {
          zh: `“${a.name}” = Σ 其下各项`,
          en: `"${a.name}" = Σ sub-items`,
        });
    // A further block without its own subtotal line adds up to the first block's (the same printed total).
    const subLine = block.subtotal ?? (block !== first ? first.subtotal : null);
    const grandLine = block.grand ?? (block !== first ? first.grand : null);
    const sub = subLine ? totalCell(subLine, blocks, block, k) : null;
    const grand = grandLine ? totalCell(grandLine, blocks, block, k) : null;
    const candidates = readings(block.items).map((ls) => cellsOf(ls, block, col));
    const after = cellsOf(block.after, block, col);
    if (sub) {
      compare(ctx, doc, table, sub, candidates, {
        zh: income ? '本年收入合计 = Σ 各项收入' : '本年支出合计 = Σ 各类支出',
        en: income ? 'income this year = Σ sources' : 'spending this year = Σ classes',
      });
      if (grand && grand.line.row !== sub.line.row)
        compare(ctx, doc, table, grand, [[sub, ...after]], {
          zh: income ? '收入总计 = 本年收入合计 + 上年结转' : '支出总计 = 本年支出合计 + 结转',
          en: income
            ? 'total income = income this year + carry-over'
            : 'total spending = spending this year + carried forward',
        });
    } else if (grand) {
      compare(
        ctx,
        doc,
        table,
        grand,
        candidates.map((c) => [...c, ...after]),
        {
          zh: income ? '收入总计 = Σ 各项收入 + 上年结转' : '支出总计 = Σ 各类支出',
          en: income ? 'total income = Σ sources + carry-over' : 'total spending = Σ classes',
        },
      );
    }
  });
}

export default defineCheck({
  id: 'two-sided-totals',
  scope: 'table',
  title: { zh: '收支总表的合计与总计', en: 'Totals of the income/expenditure summary' },
  explain: {
    zh: '收支总表中：本年收入合计 = 各项收入之和；收入总计 = 本年收入合计 + 上年结转；本年支出合计 = 各功能分类支出之和；收入总计 = 支出总计。',
    en: 'In a two-sided summary: this year’s income = Σ sources; total income = this year’s income + carry-over; this year’s spending = Σ function classes; total income = total spending.',
  },
  formula: '本年收入合计 = Σ来源；收入总计 = 本年收入合计 + 上年结转 = 支出总计；本年支出合计 = Σ类',
  run(doc, ctx) {
    for (const table of doc.tables) {
      if (table.empty) continue;
      const ts = readTwoSided(table);
      if (!ts) continue;
      const [first] = ts.expenditure;
      if (!first) continue;
      checkBlock(ctx, doc, table, ts, [ts.income], ts.income, ts.income);
      for (const b of ts.expenditure) checkBlock(ctx, doc, table, ts, ts.expenditure, b, first);
      // 收入总计 = 支出总计: the income amount against the expenditure side's total (or only) column.
      const inc = ts.income.columns[0];
      const expCols = amountColumns(table, ts.expenditureSide).filter((c) => (c.block ?? 0) === 0);
      const exp = expCols.find((c) => c.role === 'total') ?? expCols.find((c) => c.role === 'amount') ?? expCols[0];
      if (inc && exp && ts.incomeGrand && ts.expenditureGrand) {
        const stated = totalCell(ts.incomeGrand, [ts.income], ts.income, 0);
        const k = first.columns.indexOf(exp);
        const spent = totalCell(ts.expenditureGrand, ts.expenditure, first, k < 0 ? 0 : k);
        if (stated && spent && (printed(stated) || printed(spent)))
          ctx.compare({
            what: {
              zh: `${tableLabel(table)} 收入总计 = 支出总计`,
              en: `${tableLabel(table)}: total income = total spending`,
            },
            stated: term(doc, table, stated, '收入总计'),
            terms: [term(doc, table, spent, '支出总计')],
          });
      }
    }
  },
});
