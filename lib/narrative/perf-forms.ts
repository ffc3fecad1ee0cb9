/**
 * Narrative (stage 5): the 项目支出绩效目标表 annexes read as forms — project name, 年度资金总额 / 实施期资金总额
 * (in 元, as the form's `项目资金(元)` says) and the free-text cells (项目概况, 立项依据 …) with where each lives.
 * Label cells are found by their words (simplified or traditional); the value is the next filled cell to the right,
 * or the one below when the label sits alone (both layouts are printed). Pure over grids; it checks nothing.
 */
import type Decimal from 'decimal.js';
import { rememberText } from '../extract/normalize';
import type { GridCell } from '../extract/types';
import type { BudgetDocument } from '../model/budget-document';
import { parseAmount } from '../money/amount';
import type { MoneyUnit } from '../money/unit';
import { fold } from '../recognise/fold';
import { simplify } from './simplify';
import { sourcesOf } from './sources';

export interface FormCell {
  row: number;
  col: number;
  text: string;
}

export interface FormAmount {
  value: Decimal;
  decimals: number;
  unit: MoneyUnit;
  cell: FormCell;
}

export interface PerfForm {
  /** BudgetTable.index of the form. */
  table: number;
  /** As printed; null when the name cell is blank or unreadable (e.g. only `(2025年度)`). */
  name: string | null;
  nameCell: FormCell | null;
  annual: FormAmount | null;
  total: FormAmount | null;
  /** Free-text cells (项目概况, 立项依据, 实施计划 …), label and content. */
  texts: { label: string; cell: FormCell }[];
}

type Grid = readonly (readonly GridCell[])[];

const NAME_RE = /^项目名称[:：]?(.*)$/u;
const ANNUAL_RE = /年度资金总额[:：]?(.*)$/u;
const TOTAL_RE = /实施期?资金总额[:：]?(.*)$/u;
const TEXT_LABEL_RE =
  /^(项目概况|立项依据|项目设立必要性|(项目)?实施计划|保证项目实施的制度[、,，]?措施|项目内容|资金用途|(资金)?支出构成|资金构成|资金使用计划|(资金|预算)测算依据)$/u;

// Every cell of every form is keyed, several times over.
const key = rememberText((s) => fold(simplify(s)));

function cellText(g: Grid, r: number, c: number): string {
  return g[r]?.[c]?.text ?? '';
}

/** The next filled cell right of (r, c) in the same row, then the first filled cell below in the same column. */
function valueNear(g: Grid, r: number, c: number, below = true): FormCell | null {
  const row = g[r] ?? [];
  for (let j = c + 1; j < row.length; j++) {
    const t = cellText(g, r, j);
    if (t.trim() !== '') return { row: r, col: j, text: t };
  }
  if (!below) return null;
  for (let i = r + 1; i < Math.min(g.length, r + 3); i++) {
    const t = cellText(g, i, c);
    if (t.trim() !== '') return { row: i, col: c, text: t };
  }
  return null;
}

function amountIn(text: string, cell: FormCell, unit: MoneyUnit): FormAmount | null {
  const t = simplify(text).normalize('NFKC').replace(/\s+/gu, '');
  const m = /([0-9][0-9,]*(?:\.[0-9]+)?)$/u.exec(t) ?? /^([0-9][0-9,]*(?:\.[0-9]+)?)/u.exec(t);
  if (!m?.[1]) return null;
  const p = parseAmount(m[1]);
  if (p.kind !== 'number' || p.value === null) return null;
  return { value: p.value, decimals: p.decimals, unit, cell };
}

function readAmount(g: Grid, r: number, c: number, rest: string, unit: MoneyUnit): FormAmount | null {
  const here = { row: r, col: c, text: cellText(g, r, c) };
  if (/[0-9]/u.test(rest)) return amountIn(rest, here, unit);
  const v = valueNear(g, r, c);
  if (!v) return null;
  const k = key(v.text);
  // The neighbour is another label (`年度资金总额:` beside `实施期资金总额:`): the values are in the row below.
  if (/资金总额|财政资金/u.test(k)) {
    const below = cellText(g, r + 1, c);
    return /[0-9]/u.test(below) ? amountIn(below, { row: r + 1, col: c, text: below }, unit) : null;
  }
  return amountIn(v.text, v, unit);
}

/** The form's money unit: `项目资金(元)` / `(万元)`; 元 when unstated (the national form prints 元). */
function formUnit(g: Grid): MoneyUnit {
  for (const row of g)
    for (const cell of row) {
      const k = key(cell.text);
      if (/项目资金/u.test(k)) {
        if (/万元/u.test(k)) return '万元';
        if (/元/u.test(k)) return '元';
      }
    }
  return '元';
}

/** Reads one 项目支出绩效目标表 grid. */
export function readPerfForm(table: number, g: Grid): PerfForm {
  const unit = formUnit(g);
  const form: PerfForm = { table, name: null, nameCell: null, annual: null, total: null, texts: [] };
  for (let r = 0; r < g.length; r++) {
    const row = g[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const raw = cellText(g, r, c);
      if (raw.trim() === '') continue;
      const k = key(raw);
      const name = NAME_RE.exec(k);
      if (name && form.nameCell === null) {
        const inline = raw.replace(/^.*?[名稱称][:：]?/u, '').trim();
        const v = name[1] ? { row: r, col: c, text: inline } : valueNear(g, r, c, false);
        if (
          v &&
          /[\u4e00-\u9fff]/u.test(v.text.replace(/\d{4}年度?/gu, '')) &&
          !/^[(（]?\d{4}年度?[)）]?$/u.test(v.text.trim())
        ) {
          form.name = v.text.trim();
          form.nameCell = v;
        }
        continue;
      }
      const annual = ANNUAL_RE.exec(k);
      if (annual && !form.annual) {
        form.annual = readAmount(g, r, c, annual[1] ?? '', unit);
        continue;
      }
      const total = TOTAL_RE.exec(k);
      if (total && !/年度/u.test(k) && !form.total) {
        form.total = readAmount(g, r, c, total[1] ?? '', unit);
        continue;
      }
      if (TEXT_LABEL_RE.test(k)) {
        const v = valueNear(g, r, c, false);
        if (v && v.text.length > 4) form.texts.push({ label: raw.trim(), cell: v });
      }
    }
  }
  return form;
}

/** Every 项目支出绩效目标表 of the document, read from the grids the pipeline attached (none when not attached). */
/** Read once per document: three rules and the report ask for the forms. */
const formsMemo = new WeakMap<BudgetDocument, PerfForm[]>();

export function perfFormsOf(doc: BudgetDocument): PerfForm[] {
  const src = sourcesOf(doc);
  if (!src) return [];
  const memo = formsMemo.get(doc);
  if (memo) return memo;
  const out: PerfForm[] = [];
  for (const t of doc.tables) {
    if (t.kind !== 'budget.performance') continue;
    const g = src.grids[t.index];
    if (g) out.push(readPerfForm(t.index, g));
  }
  formsMemo.set(doc, out);
  return out;
}
