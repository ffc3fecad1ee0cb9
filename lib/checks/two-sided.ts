/**
 * Checks (stage 6): reads a two-sided table (收入 | 支出: 收支总表, 财政拨款收支总表, 收入支出决算总表 …) into its lines —
 * per block of each side: the items (top level, each with the lines under it), the subtotal (本年收入合计 / 一、本年收入 /
 * 当年支出小计), the carry-over lines (上年结转, 年初结转和结余, 使用非财政拨款结余) or what follows the spending (结转下年,
 * 年末结转和结余, 结余分配), and the grand total (收入总计 / 收入合计 / 总计, printed last or first). Structure only, from
 * the names, their numbering (一、 / （一） / 1.) and their order; no amounts are compared here, and a line the names
 * cannot place is left out rather than guessed (the rules then say less, never something false).
 */
import type { BudgetTable, Column, Row, SideRow } from '../model/budget-document';
import { type ColumnRole, isAmountRole, type Side } from '../model/column-roles';
import { roleFromHeader } from '../recognise/column-roles';

export interface Line {
  row: Row;
  /** The line as read on its block (for block 0 the side's row; later blocks their own). */
  side: SideRow;
  /** Name without its numbering (`一、` `1.` `（一）`). */
  name: string;
  /** Numbering depth: 1 for 一、, 2 for （一） or 1., 3 for 1. under （一）, 0 when unnumbered. */
  level: number;
}

export interface SourceLine extends Line {
  role: ColumnRole | null;
  /** Lines printed under this one (deeper numbering, or unnumbered under a numbered line). */
  children: SourceLine[];
  /** The children are one level of numbered lines, so this line is their sum; unnumbered children may span levels. */
  summable: boolean;
}

export interface Block {
  side: Side;
  /** 0 for a side's first block. */
  index: number;
  /** The block's amount columns. */
  columns: Column[];
  items: SourceLine[];
  subtotal: Line | null;
  /** Income: money brought in besides this year's income. Expenditure: what follows this year's spending. */
  after: SourceLine[];
  grand: Line | null;
}

export interface TwoSided {
  incomeSide: Side;
  expenditureSide: Side;
  income: Block;
  /** The expenditure side's blocks (by function, by use, by economic class …), each adding up to the same totals. */
  expenditure: Block[];
  sources: SourceLine[];
  incomeSubtotal: Line | null;
  carry: SourceLine[];
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
const SUB_RE = /^(?:[(（][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d)|[(（]\d+[)）]|[①-⑳])/u;

export function stripNumbering(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/^[一二三四五六七八九十]+[、.．]\s*/u, '')
    .replace(/^\d+[.、．](?!\d)\s*/u, '')
    .replace(/^\([一二三四五六七八九十\d]+\)\s*/u, '')
    .replace(/^[①-⑳]\s*/u, '')
    .replace(/\s+/gu, '');
}

/** 1 for 一、, 2 for （一） or (before any （一）) 1., 3 for 1. printed under （一）, 0 unnumbered. */
function levelOf(name: string, seenParen: boolean): number {
  const n = name.normalize('NFKC').trim();
  if (TOP_RE.test(n)) return 1;
  if (/^\([一二三四五六七八九十]+\)/u.test(n)) return 2;
  if (SUB_RE.test(n)) return seenParen ? 3 : 2;
  return 0;
}

/** 本年收入合计 / 当年收入小计 / 本年支出合计. */
const SUBTOTAL_RE = /^(?:本年|当年)?(?:收入|支出)(?:合计|小计)$|^本年(?:收入|支出)$|^当年(?:收入|支出)$/u;
/** A subtotal printed as the heading of its items (一、本年收入 / 一、本年支出, with the items numbered （一） under it). */
const HEADING_SUBTOTAL_RE = /^(?:本年|当年)(?:收入|支出)$/u;
const GRAND_RE = /总计$|^合计$|^(?:收入|支出)合计$/u;
/** Money brought in besides this year's income: 上年结转, 年初结转和结余, 使用非财政拨款结余, 用事业基金弥补收支差额. */
const CARRY_RE = /^上年.{0,8}(?:结转|结余)|^年初.{0,6}(?:结转|结余)|^使用.{0,10}结余|^用事业基金弥补/u;
/** A detail of the line above it, outside every sum: 其中：… */
const DETAIL_RE = /^其中[:：]?/u;
/** Column-number and header leftovers on a side. */
const NOISE_RE = /^(?:栏次|行次|项目|\*+)$/u;

interface Raw {
  row: Row;
  side: SideRow;
  raw: string;
  name: string;
}

function linesOf(table: BudgetTable, side: Side, block: number): Raw[] {
  const out: Raw[] = [];
  for (const row of table.rows) {
    const s = row.sides?.[side];
    const sr = block === 0 ? s : s?.blocks?.[block - 1];
    if (!sr) continue;
    const raw = sr.name.normalize('NFKC').trim();
    if (raw === '' || NOISE_RE.test(raw)) continue;
    out.push({ row, side: sr, raw, name: stripNumbering(raw) });
  }
  return out;
}

function makeLine(r: Raw, level: number): SourceLine {
  return {
    row: r.row,
    side: r.side,
    name: r.name,
    level,
    role: roleFromHeader([r.name]),
    children: [],
    summable: false,
  };
}

/** Nests items by numbering: deeper-numbered and unnumbered lines go under the numbered line above them. */
function nest(lines: SourceLine[]): SourceLine[] {
  const numbered = lines.some((l) => l.level > 0);
  if (!numbered) return lines;
  // One unnumbered line heading numbered ones (财政拨款 over 1.一般公共预算拨款, 2.政府性基金预算拨款 …).
  const [head, second] = lines;
  if (head && second && head.level === 0 && second.level > 0) {
    head.children = nest(lines.slice(1));
    const levels = new Set(head.children.map((c) => c.level));
    head.summable = levels.size === 1 && !levels.has(0);
    return [head];
  }
  const top = Math.min(...lines.filter((l) => l.level > 0).map((l) => l.level));
  const out: SourceLine[] = [];
  let parent: SourceLine | null = null;
  let group: SourceLine[] = [];
  const close = () => {
    if (parent && group.length > 0) {
      parent.children = nest(group);
      const levels = new Set(group.map((g) => g.level));
      const one = [...levels][0] ?? 0;
      // Children numbered on one level directly under their parent add up to it.
      parent.summable = levels.size === 1 && one > parent.level && parent.children.length === group.length;
    }
    group = [];
  };
  for (const l of lines) {
    if (l.level === top || (l.level > 0 && l.level < top) || (parent === null && l.level === 0)) {
      close();
      out.push(l);
      parent = l.level > 0 ? l : null;
    } else group.push(l);
  }
  close();
  return out;
}

/** Lines after this year's: income carry-over, or what follows the spending (结转下年, 年末结转和结余, 结余分配). */
const AFTER_EXP_RE = /结转|结余|上缴|弥补/u;

/** Coded lines (223 / 22301 / 2230105) nest by code prefix, never by position; uncoded lines stay at the top. */
function nestByCode(lines: SourceLine[]): SourceLine[] {
  const byCode = new Map<string, SourceLine>();
  const out: SourceLine[] = [];
  for (const l of lines) {
    const code = l.side.code ?? '';
    const parent = code.length > 3 ? byCode.get(code.slice(0, code.length - 2)) : undefined;
    if (parent) {
      parent.children.push(l);
      parent.summable = true;
    } else out.push(l);
    if (code) byCode.set(code, l);
  }
  return out;
}

/**
 * One block of one side. Its lines in order: an optional grand total printed first (重庆: 合计 under the header); the
 * items, closed by the subtotal (本年收入合计) — or headed by it (一、本年收入, the items numbered one level down under
 * it); the lines after this year's (income: 上年结转, 年初结转和结余 …; expenditure: 结转下年 …), each with the lines
 * under it; the grand total, the last total line. 收入合计 is the subtotal when another total follows it, else the grand.
 */
function readBlock(table: BudgetTable, side: Side, index: number, kind: 'income' | 'expenditure'): Block {
  const columns = table.columns.filter((c) => c.side === side && isAmountRole(c.role) && (c.block ?? 0) === index);
  const block: Block = { side, index, columns, items: [], subtotal: null, after: [], grand: null };
  const raws = linesOf(table, side, index).filter((r) => !DETAIL_RE.test(r.name));
  const levels: number[] = [];
  let seenParen = false;
  for (const r of raws) {
    const l = levelOf(r.raw, seenParen);
    if (/^[(（][一二三四五六七八九十]/u.test(r.raw)) seenParen = true;
    levels.push(l);
  }
  const isTotal = (i: number) => GRAND_RE.test(raws[i]!.name) || SUBTOTAL_RE.test(raws[i]!.name);
  const isAfter = (i: number) =>
    kind === 'income' ? CARRY_RE.test(raws[i]!.name) : AFTER_EXP_RE.test(raws[i]!.name) && !isTotal(i);
  let lo = 0;
  if (raws.length > 1 && GRAND_RE.test(raws[0]!.name)) {
    block.grand = makeLine(raws[0]!, 0);
    lo = 1;
  }
  // 一、本年收入 heading its items.
  let heading = -1;
  if (raws[lo] && HEADING_SUBTOTAL_RE.test(raws[lo]!.name)) {
    heading = lo;
    block.subtotal = makeLine(raws[lo]!, levels[lo] ?? 0);
  }
  const totals: number[] = [];
  for (let i = lo; i < raws.length; i++) if (i !== heading && isTotal(i)) totals.push(i);
  let grandIdx = -1;
  if (!block.grand && totals.length > 0) {
    grandIdx = totals[totals.length - 1]!;
    block.grand = makeLine(raws[grandIdx]!, levels[grandIdx] ?? 0);
  }
  const subIdx = heading >= 0 ? -1 : (totals.find((i) => i !== grandIdx) ?? -1);
  if (subIdx >= 0) block.subtotal = makeLine(raws[subIdx]!, levels[subIdx] ?? 0);
  const end = grandIdx >= 0 ? grandIdx : raws.length;
  // Where this year's items stop.
  let itemsEnd: number;
  if (heading >= 0) {
    const hl = levels[heading] ?? 0;
    itemsEnd = heading + 1;
    while (
      itemsEnd < end &&
      !isTotal(itemsEnd) &&
      (hl === 0 || (levels[itemsEnd] ?? 0) === 0 || (levels[itemsEnd] ?? 0) > hl)
    )
      itemsEnd++;
  } else itemsEnd = subIdx >= 0 ? subIdx : end;
  const items: SourceLine[] = [];
  const after: SourceLine[] = [];
  let owner: SourceLine | null = null;
  for (let i = heading >= 0 ? heading + 1 : lo; i < end; i++) {
    if (isTotal(i)) continue;
    const line = makeLine(raws[i]!, levels[i] ?? 0);
    const inItems = i < itemsEnd && !isAfter(i);
    if (inItems) {
      items.push(line);
      continue;
    }
    // After this year's lines: a carry-over (or 结转下年 …) line, or a line under the one before it.
    if (isAfter(i) || !owner || (line.level > 0 && line.level <= owner.level)) {
      after.push(line);
      owner = line;
    } else {
      owner.children.push(line);
    }
  }
  block.items = items.some((l) => l.side.code) ? nestByCode(items) : nest(items);
  for (const a of after) {
    const ls = new Set(a.children.map((c) => c.level));
    a.summable = a.children.length > 0 && ls.size === 1 && ([...ls][0] === 0 || [...ls][0]! > a.level);
  }
  block.after = after;
  return block;
}

/** Null when the table has no income and expenditure sides. */
export function readTwoSided(table: BudgetTable): TwoSided | null {
  if (!table.twoSided) return null;
  const sides = new Set(table.columns.map((c) => c.side).filter((s): s is Side => s !== undefined));
  const incomeSide: Side | null = sides.has('income') ? 'income' : sides.has('left') ? 'left' : null;
  const expenditureSide: Side | null = sides.has('expenditure') ? 'expenditure' : sides.has('right') ? 'right' : null;
  if (!incomeSide || !expenditureSide) return null;
  const income = readBlock(table, incomeSide, 0, 'income');
  const blockIds = [...new Set(table.columns.filter((c) => c.side === expenditureSide).map((c) => c.block ?? 0))].sort(
    (a, b) => a - b,
  );
  const expenditure = blockIds.map((b) => readBlock(table, expenditureSide, b, 'expenditure'));
  const exp = expenditure[0] ?? readBlock(table, expenditureSide, 0, 'expenditure');
  const carry = income.after.filter((l) => CARRY_RE.test(l.name));
  return {
    incomeSide,
    expenditureSide,
    income,
    expenditure,
    sources: income.items,
    incomeSubtotal: income.subtotal,
    carry,
    carryChildren: carry.length === 1 ? (carry[0]?.children ?? []) : [],
    incomeGrand: income.grand,
    classes: exp.items,
    expenditureSubtotal: exp.subtotal,
    expenditureAfter: exp.after,
    expenditureGrand: exp.grand,
  };
}
