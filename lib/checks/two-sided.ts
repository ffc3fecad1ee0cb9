/**
 * Checks (stage 6): reads a two-sided table (收入 | 支出: 收支总表, 财政拨款收支总表) into its lines — the income
 * sources (top level and their sub-items), 本年收入合计, 上年结转, 收入总计, and the expenditure classes, 本年支出合计,
 * 支出总计 — from the row names on each side. Structure only; no amounts compared here.
 */
import type { BudgetTable, Row, SideRow } from '../model/budget-document';
import type { ColumnRole, Side } from '../model/column-roles';
import { roleFromHeader } from '../recognise/column-roles';

export interface Line {
  row: Row;
  side: SideRow;
  /** Name without its numbering (`一、` `1.` `（一）`). */
  name: string;
}

export interface SourceLine extends Line {
  role: ColumnRole | null;
  children: SourceLine[];
}

export interface TwoSided {
  incomeSide: Side;
  expenditureSide: Side;
  sources: SourceLine[];
  incomeSubtotal: Line | null;
  carry: Line[];
  /** Sub-items printed under a carry-over line (一、一般公共预算 … under 上年财政拨款结转). */
  carryChildren: Line[];
  incomeGrand: Line | null;
  classes: Line[];
  expenditureSubtotal: Line | null;
  /** 年末结转和结余 and similar lines between the expenditure subtotal and grand total. */
  expenditureAfter: Line[];
  expenditureGrand: Line | null;
}

const TOP_RE = /^[一二三四五六七八九十]+[、.．]/u;
const SUB_RE = /^(\d+[.、．]|[(（][一二三四五六七八九十\d]+[)）])/u;

export function stripNumbering(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/^[一二三四五六七八九十]+[、.．]\s*/u, '')
    .replace(/^\d+[.、．]\s*/u, '')
    .replace(/^\([一二三四五六七八九十\d]+\)\s*/u, '')
    .replace(/\s+/gu, '');
}

const INCOME_SUBTOTAL_RE = /^本年收入合计$|^收入合计$|^本年收入小计$/u;
const INCOME_GRAND_RE = /收入总计$|^总计$/u;
const EXP_SUBTOTAL_RE = /^本年支出合计$|^支出合计$|^本年支出小计$/u;
const EXP_GRAND_RE = /支出总计$|^总计$/u;
// 上年结转 (budget), 年初结转和结余 and 使用非财政拨款结余 (final accounts): money brought in besides this year’s income.
const CARRY_RE = /^上年.{0,8}(结转|结余)|^年初.{0,4}结转|^使用.{0,10}结余/u;

/** Null when the table has no income and expenditure sides. */
export function readTwoSided(table: BudgetTable): TwoSided | null {
  if (!table.twoSided) return null;
  const sides = new Set(table.columns.map((c) => c.side).filter((s): s is Side => s !== undefined));
  const incomeSide: Side | null = sides.has('income') ? 'income' : sides.has('left') ? 'left' : null;
  const expenditureSide: Side | null = sides.has('expenditure') ? 'expenditure' : sides.has('right') ? 'right' : null;
  if (!incomeSide || !expenditureSide) return null;
  const out: TwoSided = {
    incomeSide,
    expenditureSide,
    sources: [],
    incomeSubtotal: null,
    carry: [],
    carryChildren: [],
    incomeGrand: null,
    classes: [],
    expenditureSubtotal: null,
    expenditureAfter: [],
    expenditureGrand: null,
  };
  let incomeState: 'sources' | 'after' = 'sources';
  let expState: 'classes' | 'after' = 'classes';
  for (const row of table.rows) {
    const inc = row.sides?.[incomeSide];
    if (inc && inc.name.trim() !== '') {
      const name = stripNumbering(inc.name);
      const line: Line = { row, side: inc, name };
      if (INCOME_SUBTOTAL_RE.test(name)) {
        out.incomeSubtotal = line;
        incomeState = 'after';
      } else if (INCOME_GRAND_RE.test(name)) out.incomeGrand = line;
      else if (CARRY_RE.test(name)) {
        out.carry.push(line);
        incomeState = 'after';
      } else if (incomeState === 'after' && out.carry.length > 0 && !inc.isTotal) {
        out.carryChildren.push(line);
      } else if (incomeState === 'sources') {
        const src: SourceLine = { ...line, role: roleFromHeader([name]), children: [] };
        const last = out.sources[out.sources.length - 1];
        if (SUB_RE.test(inc.name.normalize('NFKC').trim()) && !TOP_RE.test(inc.name) && last) last.children.push(src);
        else out.sources.push(src);
      }
    }
    const exp = row.sides?.[expenditureSide];
    if (exp && exp.name.trim() !== '') {
      const name = stripNumbering(exp.name);
      const line: Line = { row, side: exp, name };
      if (EXP_SUBTOTAL_RE.test(name)) {
        out.expenditureSubtotal = line;
        expState = 'after';
      } else if (EXP_GRAND_RE.test(name)) out.expenditureGrand = line;
      else if (expState === 'classes' && !exp.isTotal) out.classes.push(line);
      else if (expState === 'after') out.expenditureAfter.push(line);
    }
  }
  return out;
}
