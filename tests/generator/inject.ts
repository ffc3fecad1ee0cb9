/**
 * Test infrastructure (synthetic document generator): plants one known error in a generated document's printed text
 * (a cell, a narrative phrase or an empty-table note) and records it, so the checks can be scored against truth.
 * The budget truth is never touched: only what the page prints changes, and each change is listed in `injected`.
 */
import Decimal from 'decimal.js';
import type { GeneratedDoc, Injection, InjectKind } from './document';
import { htmlTableIndices } from './document';
import { FINAL_KINDS, type FinalInjectKind, injectFinal } from './inject-final';
import { injectText, TEXT_KINDS, type TextKind } from './inject-text';
import { createRng, type Rng } from './prng';
import { type Cell, type LogicalTable, toGrid } from './tables';

export interface InjectOptions {
  kind: InjectKind;
  seed: number;
}

interface Target {
  table: number;
  row: number;
  col: number;
  /** Index of the source cell in its row (cells as listed, merges not expanded). */
  cellIndex: number;
  cell: Cell;
}

/** Amount cells with text, in body rows (or total rows), excluding the index row and headers. */
function amountCells(doc: GeneratedDoc, role: 'body' | 'total'): Target[] {
  const out: Target[] = [];
  doc.tables.forEach((tb, table) => {
    const { pos } = toGrid(tb.rows);
    tb.rows.forEach((cells, row) => {
      if (tb.roles[row] !== role) return;
      cells.forEach((cell, cellIndex) => {
        const p = pos[row]?.[cellIndex];
        if (cell.num && /\d/.test(cell.text) && p) out.push({ table, row, col: p[1], cellIndex, cell });
      });
    });
  });
  return out;
}

/** page.html coordinates of a logical cell, following the continuation split. */
function htmlOf(doc: GeneratedDoc, t: Target): Injection['html'] {
  const tb = doc.tables[t.table] as LogicalTable;
  const idx = htmlTableIndices(doc.tables)[t.table] ?? [];
  if (!tb.split || t.row < tb.split.at) return { table: idx[0] ?? -1, row: t.row, cell: t.cellIndex };
  const head = tb.roles.filter((r) => r === 'header').length;
  const row = (tb.split.repeatHeader ? head : 0) + t.row - tb.split.at;
  return { table: idx[1] ?? -1, row, cell: t.cellIndex };
}

function changeDigit(text: string, rng: Rng): string | null {
  const positions = [...text].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
  if (positions.length === 0) return null;
  const i = rng.pick(positions);
  const old = text[i] as string;
  const leading = i === positions[0] && positions.length > 1 && !text.slice(i + 1).startsWith('.');
  const choices = '0123456789'.split('').filter((d) => d !== old && !(leading && d === '0'));
  return text.slice(0, i) + rng.pick(choices) + text.slice(i + 1);
}

function swapDigits(text: string, rng: Rng): string | null {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const a = text[i] as string;
    const b = text[i + 1] as string;
    if (/\d/.test(a) && /\d/.test(b) && a !== b && !(i === 0 && b === '0')) pairs.push(i);
  }
  if (pairs.length === 0) return null;
  const i = rng.pick(pairs);
  return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
}

/** A total off by a whole number of units of the table (1–9 万元, or 1–9 thousand 元): far beyond rounding. */
function wrongTotal(text: string, unit: string, rng: Rng): string {
  const grouped = text.includes(',');
  const dp = text.split('.')[1]?.length ?? 0;
  const step = new Decimal(rng.int(1, 9)).times(unit === '元' ? 1000 : 1);
  const old = new Decimal(text.replace(/,/g, ''));
  const v = rng.chance(0.5) || old.lessThanOrEqualTo(step) ? old.plus(step) : old.minus(step);
  const [int, frac] = v.toFixed(dp).split('.');
  const intText = grouped ? (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',') : (int ?? '');
  return frac === undefined ? intText : `${intText}.${frac}`;
}

const cloneDoc = (doc: GeneratedDoc): GeneratedDoc => ({
  ...doc,
  tables: JSON.parse(JSON.stringify(doc.tables)) as LogicalTable[],
  blocks: doc.blocks.map((b) => ({ ...b })),
  injected: [...doc.injected],
});

/**
 * Returns a copy of `doc` with one error of `kind` planted and recorded in `injected`.
 * Throws when the document has nothing to plant it in (e.g. `missing-note` without an empty table).
 */
export function inject(doc: GeneratedDoc, opts: InjectOptions): GeneratedDoc {
  const out = cloneDoc(doc);
  const rng = createRng(opts.seed);
  const none = { table: null, row: null, col: null, block: null, claimId: null, html: null };

  if ((FINAL_KINDS as readonly string[]).includes(opts.kind)) {
    const at = (table: number, row: number, cellIndex: number) =>
      htmlOf(out, { table, row, col: 0, cellIndex, cell: { text: '' } });
    out.injected.push(injectFinal(out, opts.kind as FinalInjectKind, rng, at));
    return out;
  }

  if ((TEXT_KINDS as readonly string[]).includes(opts.kind)) {
    out.injected.push(injectText(out, opts.kind as TextKind, rng));
    return out;
  }

  if (opts.kind === 'pct-base') {
    const claim = rng.pick(out.claims.filter((c) => c.kind === 'change'));
    const wrong = new Decimal(claim.truth.wrongBasePct as string).toFixed(2);
    const phrase = claim.text.replace(new RegExp(`${claim.value}%$`), `${wrong}%`);
    const block = out.blocks[claim.block];
    if (!block?.text.includes(claim.text)) throw new Error(`claim ${claim.id} not found in its block`);
    block.text = block.text.replace(claim.text, phrase);
    out.injected.push({
      ...none,
      kind: 'pct-base',
      block: claim.block,
      claimId: claim.id,
      original: claim.text,
      new: phrase,
    });
    return out;
  }

  if (opts.kind === 'missing-note') {
    const candidates = out.tables.flatMap((tb, i) => (tb.notes.length > 0 ? [i] : []));
    if (candidates.length === 0) throw new Error('missing-note: no table with a note in this document');
    const table = rng.pick(candidates);
    const tb = out.tables[table] as LogicalTable;
    const original = tb.notes.shift() as string;
    out.injected.push({ ...none, kind: 'missing-note', table, original, new: '' });
    return out;
  }

  if (opts.kind === 'wrong-note') {
    // The note of one empty table copied from another kind of table, as in SH_putuo_2025 (国资 note says 政府性基金).
    const swaps: [RegExp, string][] = [
      [/政府性基金/, '国有资本经营'],
      [/国有资本经营/, '政府性基金'],
    ];
    const candidates = out.tables.flatMap((tb, i) => (tb.empty && tb.notes.length > 0 ? [i] : []));
    if (candidates.length === 0) throw new Error('wrong-note: no empty table with a note in this document');
    const table = rng.pick(candidates);
    const tb = out.tables[table] as LogicalTable;
    const original = tb.notes[0] as string;
    const kindWord =
      tb.kind === 'budget.state-capital' ? '国有资本经营' : tb.kind.startsWith('budget.gov-fund') ? '政府性基金' : '';
    const wrongWord = kindWord === '国有资本经营' ? '政府性基金' : '国有资本经营';
    const replaced = swaps.reduce((x, [re, to]) => (x === original ? x.replace(re, to) : x), original);
    // A bare 注：本表无数据 names no budget: write the full wrong sentence instead.
    const wrong = replaced !== original ? replaced : `本部门${out.spec.year}年无${wrongWord}预算收支，故本表为空表`;
    tb.notes[0] = wrong;
    out.injected.push({ ...none, kind: 'wrong-note', table, original, new: wrong });
    return out;
  }

  if (opts.kind === 'name') {
    const table = out.tables.findIndex((tb) => tb.kind === 'budget.performance');
    const tb = out.tables[table];
    const cell = tb?.rows[0]?.[1];
    if (!tb || !cell) throw new Error('name: no 绩效目标表 in this document');
    const original = cell.text;
    const nearMiss: [RegExp, string][] = [
      [/经费$/, '资金'],
      [/资金$/, '经费'],
      [/项目$/, '工程'],
      [/工程$/, '项目'],
    ];
    const rule = nearMiss.find(([re]) => re.test(original));
    const changed = rule ? original.replace(rule[0], rule[1]) : `${original}（一期）`;
    cell.text = changed;
    const { pos } = toGrid(tb.rows);
    const col = pos[0]?.[1]?.[1] ?? 1;
    const html = htmlOf(out, { table, row: 0, col, cellIndex: 1, cell });
    out.injected.push({ ...none, kind: 'name', table, row: 0, col, original, new: changed, html });
    return out;
  }

  const targets = rng.shuffle(amountCells(out, opts.kind === 'total' ? 'total' : 'body'));
  for (const t of targets) {
    const before = t.cell.text;
    const unit = (out.tables[t.table] as LogicalTable).unit;
    const after =
      opts.kind === 'digit'
        ? changeDigit(before, rng)
        : opts.kind === 'swap'
          ? swapDigits(before, rng)
          : wrongTotal(before, unit, rng);
    if (after === null || after === before) continue;
    t.cell.text = after;
    out.injected.push({
      ...none,
      kind: opts.kind,
      table: t.table,
      row: t.row,
      col: t.col,
      original: before,
      new: after,
      html: htmlOf(out, t),
    });
    return out;
  }
  throw new Error(`${opts.kind}: no cell to plant it in`);
}
