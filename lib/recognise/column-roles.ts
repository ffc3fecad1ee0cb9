/**
 * Recognise (stage 3): the role of each grid column (code, name, total, funding source, 基本/项目, 人员/公用, 三公 items …)
 * from the header text above it, plus the side of two-sided tables and budget/actual measures. Decides from header
 * words only (and, for a column with no header, from whether its body holds numbers); it must not read amounts.
 */
import type { GridCell } from '../extract/types';
import type { Column } from '../model/budget-document';
import { type ColumnRole, isAmountRole, type Measure, type Side } from '../model/column-roles';
import { type TableKind, TWO_SIDED_KINDS } from '../model/table-kinds';
import { parseAmount } from '../money/amount';
import { fold } from './fold';

// Specific words first; 合计/小计 and the measure-only words (预算数/决算数/金额) are resolved in context.
const ROLE_WORDS: [RegExp, ColumnRole][] = [
  [/^(备注|说明|备注说明)$/, 'text'],
  [/^类$/, 'code.class'],
  [/^款$/, 'code.section'],
  [/^项$/, 'code.item'],
  [/^(序号|栏次|行次)$/, 'index'],
  [/编码|代码|^科目号$/, 'code'],
  [/^政府预算.*科目名称$|^政府预算支出经济分类/, 'alt-name'],
  [/科目名称|项目名称|单位名称|部门名称|^项目$|^名称$|^科目$|^项目\(单位\)$|^单位$/, 'name'],
  [/因公出国/, 'outbound'],
  [/公务接待/, 'reception'],
  [/用车购置及运行|用车购置和运行|^(\d+[.、])?公务(用)?车费$/, 'vehicle'],
  [/购置(经)?费$|购置$/, 'vehicle-purchase'],
  [/运行(维护)?费$|运行维护$/, 'vehicle-operation'],
  [/机关运行经费/, 'admin-operating'],
  [/会议费/, 'meeting'],
  [/培训费/, 'training'],
  [/三公经费/, 'three-public'],
  [/当年预算安排|本年预算安排/, 'current-year'],
  [/上年结转安排/, 'prior-carryover'],
  [/年初结转和?结余|年初结余/, 'opening-balance'],
  [/年末结转和?结余|年末结余/, 'closing-balance'],
  [/上年结转|上年结余/, 'carryover'],
  [/用事业基金弥补|非财政拨款结余|实户资金余额/, 'balance-use'],
  [/基本支出/, 'basic'],
  [/项目支出|专项业务经费|^专项经费/, 'project'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/上缴上级/, 'remit-superior'],
  [/预留机动经费|机动经费/, 'reserve'],
  [/结转下年/, 'closing-balance'],
  [/对附属单位补助/, 'subsidy-affiliated'],
  [/经营支出/, 'operating-expense'],
  [/上级补助/, 'superior-subsidy'],
  [/附属单位上缴/, 'affiliated-remit'],
  [/事业单位经营收入|^经营收入$/, 'business-operating'],
  [/事业收入/, 'business-income'],
  [/其他收入/, 'other-income'],
  [/财政专户/, 'fiscal-special'],
  [/单位资金/, 'unit-funds'],
  [/一般公共预算/, 'general-public'],
  [/政府性基金/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
  [/财政拨款/, 'fiscal'],
  [/^本年收入$/, 'current-income'],
  [/合计|小计|总计/, 'total'],
  [/^金额$|预算数$|决算数$|^\d{4}年?(度)?(预算数?|决算数?)?$|^预算$|^决算$|执行数$/, 'amount'],
];

const SIDE_HEADING_RE = /^(财政拨款|本年)?(收入|支出)$|^.{0,12}预算(收入|支出)$/;

function roleOfWord(text: string): ColumnRole | null {
  const t = fold(text);
  if (t === '') return null;
  // 其中：基本支出 beside 项目支出 splits the total like any 基本支出; 其中：专项资金列入部门预算项目 is a detail of the
  // column before it: an amount, never a part of a sum.
  const detail = /^其中[:：]?(.*)$/u.exec(t);
  if (detail) {
    const inner = roleOfWord(detail[1] ?? '');
    return inner && isAmountRole(inner) && inner !== 'amount' && inner !== 'total' ? inner : 'of-which';
  }
  for (const [re, role] of ROLE_WORDS) if (re.test(t)) return role;
  return null;
}

/** The measure the deepest header cell that names one gives (预算数 › 合计 as well as 合计 › 预算数). */
function measureOf(path: readonly string[]): Measure | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const h = fold(path[i] ?? '');
    if (/决算数$|^决算$|执行数$/.test(h)) return 'actual';
    if (/^预算数$|^全年预算数$|^年初预算数$|^预算$/.test(h)) return 'budget';
  }
  return undefined;
}

/**
 * Role from a header path (outermost first). The deepest specific word decides; measure-only words (预算数/决算数/
 * 金额/2025年) take the role of the nearest amount group above them (因公出国 › 预算数 → outbound), and 合计/小计
 * under 公务用车购置及运行费 or “三公”经费 is that group's total.
 */
export function roleFromHeader(path: readonly string[]): ColumnRole | null {
  // Side headings (财政拨款收入 | 本年支出) group a side; they give no role to the columns under them.
  const roles = path.filter((p, i) => i === path.length - 1 || !SIDE_HEADING_RE.test(fold(p))).map(roleOfWord);
  let i = roles.length - 1;
  while (i >= 0 && (roles[i] === null || roles[i] === 'amount')) i--;
  const measureOnly = roles[roles.length - 1] === 'amount';
  if (i < 0) return measureOnly ? 'amount' : null;
  const r = roles[i] ?? null;
  if (r === null) return null;
  if (!isAmountRole(r)) {
    // 项目 › 预算数: a label group over a measure is still an amount column.
    return measureOnly && i < roles.length - 1 ? 'amount' : r;
  }
  if (r === 'total') {
    const up = roles
      .slice(0, i)
      .reverse()
      .find((x) => x !== null && x !== 'amount');
    if (up === 'vehicle' || up === 'three-public') return up;
    // 小计 under 财政拨款 / 一般公共预算拨款 / 单位资金 / 基本支出: that group's total.
    if (up !== undefined && isAmountRole(up) && up !== 'current-income' && up !== 'total') return up;
    // 合计 under 科目编码/项目: the 合计 row's label printed on a header line (PDF line merge), not an amount column.
    if (up !== undefined && !isAmountRole(up)) return up;
  }
  return r;
}

export interface ColumnContext {
  kind: TableKind;
  /** The document's year, when known: which of several printed years is this year's. */
  year?: number | null;
  rows: readonly (readonly GridCell[])[];
  headerRows: number;
  paths: string[][];
}

function bodyIsNumeric(rows: ColumnContext['rows'], headerRows: number, c: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (const row of rows.slice(headerRows)) {
    const p = parseAmount(row[c]?.text ?? '');
    if (p.kind === 'number' || p.kind === 'dash') numbers++;
    else if (p.kind === 'text') texts++;
  }
  return numbers > 0 && numbers >= texts;
}

function bodyIsCode(rows: ColumnContext['rows'], headerRows: number, c: number): boolean {
  let codes = 0;
  let other = 0;
  for (const row of rows.slice(headerRows)) {
    const t = fold(row[c]?.text ?? '');
    if (t === '') continue;
    if (/^\d{2,7}$/.test(t)) codes++;
    else other++;
  }
  return codes > 0 && codes > other;
}

/**
 * Which period each column is under, when the header prints more than one (2025年 | 2026年 | 增减变化情况; 上年预算数
 * | 本年预算数): by the year against the document's, or by 上年 / 本年 / 增减.
 */
function periodsOf(paths: readonly string[][], year: number | null): (Column['period'] | undefined)[] {
  const of = (path: readonly string[]): Column['period'] | undefined => {
    if (/增减|变化|比上年|同比|比\d{4}年/u.test(fold(path.join('|')))) return 'change';
    for (const p of path) {
      const t = fold(p);
      const y = /^(\d{4})年/u.exec(t)?.[1];
      if (y && year !== null) return Number(y) === year ? 'current' : Number(y) < year ? 'prior' : undefined;
      if (/^上年/u.test(t) && !/结转|结余/u.test(t)) return 'prior';
      if (/^(本年|当年)(预算|决算)/u.test(t)) return 'current';
    }
    return undefined;
  };
  const out = paths.map(of);
  const kinds = new Set(out.filter((p) => p !== undefined));
  // One period printed alone says nothing; a year heading over the whole table is not a block.
  return kinds.size >= 2 ? out : paths.map(() => undefined);
}

function sideWord(path: readonly string[]): Side | null {
  for (const p of path) {
    const t = fold(p);
    if (/收入$|^收入/.test(t) && !/支出/.test(t)) return 'income';
    if (/支出$|^支出/.test(t) && !/收入/.test(t)) return 'expenditure';
  }
  return null;
}

/** Assigns a role, key, side and measure to every grid column. */
export function assignColumns(ctx: ColumnContext): Column[] {
  const { paths, rows, headerRows } = ctx;
  const roles: ColumnRole[] = paths.map((path, c) => {
    const r = roleFromHeader(path);
    if (r === 'code' || r === 'name' || r === null) {
      // Header says code/name or nothing: let the body confirm (a 科目编码 header over split class/section cells stays code).
      if (r === null) {
        if (bodyIsCode(rows, headerRows, c)) return 'code';
        if (bodyIsNumeric(rows, headerRows, c)) return 'amount';
        return c === 0 || paths.slice(0, c).every((p) => p.length === 0) ? 'name' : 'unknown';
      }
      if (r === 'name' && bodyIsCode(rows, headerRows, c)) return 'code';
      if (
        r === 'code' &&
        !bodyIsCode(rows, headerRows, c) &&
        !paths.some((p, i) => i !== c && roleFromHeader(p) === 'name')
      )
        return 'name';
    }
    return r;
  });

  // 预算单位 / 单位名称 (and its code) beside the 科目 columns: whose the rows are, not what they are.
  const isUnitHeader = (c: number) =>
    /^(预算单位|单位名称|单位|预算单位名称|部门名称|部门)$/u.test(fold(paths[c]?.at(-1) ?? ''));
  const isUnitCodeHeader = (c: number) =>
    /^(单位编码|单位代码|预算单位编码|预算单位代码|部门编码|部门代码)$/u.test(fold(paths[c]?.at(-1) ?? ''));
  const subjects = roles.some((r, c) => !isUnitHeader(c) && !isUnitCodeHeader(c) && (r === 'name' || r === 'code'));
  if (subjects)
    for (let c = 0; c < roles.length; c++) {
      if (roles[c] === 'name' && isUnitHeader(c)) roles[c] = 'unit';
      else if (roles[c] === 'code' && isUnitCodeHeader(c)) roles[c] = 'unit-code';
    }

  // Adjacent whole-code columns under one 科目编码 header are the split 类/款/项 parts.
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] !== 'code' || roles[c + 1] !== 'code') continue;
    const parts: ColumnRole[] = ['code.class', 'code.section', 'code.item'];
    let k = 0;
    while (roles[c + k] === 'code' && k < 3) {
      roles[c + k] = parts[k] ?? 'code';
      k++;
    }
    c += k - 1;
  }

  // Sides: a two-sided table repeats its first label column (项目 / 科目编码) for the second side, after amounts, and
  // some print the expenditure side in several blocks (功能分类 | 支出用途; 功能 | 部门经济 | 政府经济). Checked on every
  // kind (国有资本经营预算收支预算表 is two-sided in one template, one-sided in another), but a repeated label column
  // makes sides only where the header or the kind says so: a second code column (政府经济科目编码 beside 部门经济科目编码)
  // or a stray label in a one-sided table is not a second side.
  const sides: (Side | undefined)[] = paths.map(() => undefined);
  const blocks: (number | undefined)[] = paths.map(() => undefined);
  {
    const first = roles.findIndex((r) => r === 'name' || r === 'code' || r === 'code.class');
    const firstRole = roles[first];
    const starts: number[] = first >= 0 ? [first] : [];
    for (let i = first + 1; first >= 0 && i < roles.length; i++) {
      const prev = starts[starts.length - 1] ?? first;
      if (roles[i] === firstRole && roles.slice(prev + 1, i).some((x) => isAmountRole(x))) starts.push(i);
    }
    const words = starts.map((s) => sideWord(paths[s] ?? []));
    const mirrored =
      starts.length >= 2 && starts.every((s) => (paths[s] ?? []).join('|') === (paths[first] ?? []).join('|'));
    const sided =
      starts.length >= 2 &&
      (TWO_SIDED_KINDS.has(ctx.kind) ||
        (words[0] === 'income' && words.slice(1).includes('expenditure')) ||
        (mirrored && words.every((w) => w === null)));
    if (sided) {
      const [l, rt]: [Side, Side] =
        words[0] === 'income' || words.slice(1).includes('expenditure') ? ['income', 'expenditure'] : ['left', 'right'];
      const second = starts[1] ?? paths.length;
      for (let c = 0; c < paths.length; c++) sides[c] = c < second ? l : rt;
      if (starts.length > 2)
        for (let c = second; c < paths.length; c++) {
          let b = 0;
          for (let k = 2; k < starts.length; k++) if (c >= (starts[k] ?? Number.POSITIVE_INFINITY)) b = k - 1;
          blocks[c] = b;
        }
    }
  }

  // A two-sided table's single amount column per side is `amount`; in one-sided tables keep what the header said.
  // 预算数 alone is just "the amount" in a budget; it is a measure only beside 决算数 columns.
  const periods = periodsOf(paths, ctx.year ?? null);
  const measures = new Set(paths.map(measureOf));
  const hasBothMeasures = measures.has('budget') && measures.has('actual');
  const used = new Map<string, number>();
  return paths.map((header, index) => {
    const role = roles[index] ?? 'unknown';
    const side = sides[index];
    const measure = isAmountRole(role) && hasBothMeasures ? measureOf(header) : undefined;
    let key = `${side ? `${side}.` : ''}${role}${measure ? `.${measure}` : ''}`;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    if (n > 0) key = `${key}#${n + 1}`;
    const col: Column = { index, role, key, header };
    if (side) col.side = side;
    const period = periods[index];
    if (period) col.period = period;
    const block = blocks[index];
    if (block !== undefined) col.block = block;
    if (measure) col.measure = measure;
    return col;
  });
}
