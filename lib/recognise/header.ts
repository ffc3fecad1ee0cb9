/**
 * Recognise (stage 3): where a table's header ends and its body begins, and the header text above each column
 * (merged group headers such as 本年收入 spread over the columns they span). Works on cell text and merge spans
 * only; it must not decide column roles (column-roles.ts) or parse amounts beyond "is this cell a number".
 */
import type { GridCell } from '../extract/types';
import { parseAmount } from '../money/amount';
import { fold } from './fold';

export interface HeaderInfo {
  /** Number of leading grid rows that are header (index row included). */
  headerRows: number;
  /** Grid row of the `1 2 3 …` index row, or null. */
  indexRow: number | null;
}

const MAX_HEADER_ROWS = 6;
const CODE_RE = /^\d{3}(\d{2}){0,2}$|^\d{3}$|^\d{2}$/;
/** Texts that head the label column(s) of a header row, never a body row. */
const HEADER_LABEL_RE =
  /^(项目|项目名称|单位名称|单位|名称|科目|科目编码|科目名称|收入|支出|财政拨款收入|财政拨款支出|本年收入|本年支出|类|款|项|序号|栏次|行次|编码|代码|预算数|决算数|金额)$|科目编码$|科目名称$|编码$|经济分类|功能分类|^\d{4}年(预算数)?$/;
const TOTAL_RE = /^(合计|总计|小计)$|合计$|总计$/;
const ORDINAL_RE = /^[一二三四五六七八九十]+[、.]|^\(?[一二三四五六七八九十]+\)|^\d+[.、](?!\d)|^[①②③④⑤⑥⑦⑧⑨⑩]/;

/** `1 2 3 …` (or 栏次 then numbers): every filled cell a small integer, at least two, increasing. */
export function isIndexRow(cells: readonly GridCell[]): boolean {
  // 栏次 / 行次 and the '**' some templates print over label columns stand beside the numbers.
  const filled = cells.map((c) => fold(c.text)).filter((t) => t !== '' && !/^(栏次|行次|\*+|[-—]+)$/u.test(t));
  if (filled.length < 2) return false;
  let prev = 0;
  for (const t of filled) {
    if (!/^\d{1,2}$/.test(t)) return false;
    const n = Number(t);
    if (n <= prev) return false;
    prev = n;
  }
  return true;
}

function isNumberCell(t: string): boolean {
  const p = parseAmount(t);
  return p.kind === 'number' && (/[.,]/.test(t) || !CODE_RE.test(t));
}

/** Body evidence: a code, an amount, a total label or a numbered item in the row. */
function looksLikeBody(cells: readonly string[]): boolean {
  const filled = cells.filter((t) => t !== '');
  for (const t of filled) {
    if (/^\d{3}(\d{2}){0,2}$/.test(t)) return true;
    if (isNumberCell(t)) return true;
    if (ORDINAL_RE.test(t)) return true;
  }
  // A total label starts the body when it heads the row, or stands alone (an empty table's 合计 row);
  // 合计 among other header words (合计 | 一般公共预算 | …) is a header.
  const first = cells[0] ?? '';
  if (TOTAL_RE.test(first) && filled.slice(1).every((t) => isNumberCell(t) || /^[-—]+$/.test(t))) return true;
  return filled.length === 1 && TOTAL_RE.test(filled[0] ?? '');
}

/** Finds the header/body boundary. Tables with no recognisable header get 0 header rows. */
export function findHeader(rows: readonly (readonly GridCell[])[]): HeaderInfo {
  const limit = Math.min(rows.length, MAX_HEADER_ROWS + 1);
  for (let r = 0; r < limit; r++) {
    const cells = rows[r] ?? [];
    if (isIndexRow(cells)) return { headerRows: r + 1, indexRow: r };
    const texts = cells.map((c) => fold(c.text));
    if (looksLikeBody(texts)) return { headerRows: r, indexRow: null };
    // A row whose label cell holds plain text that is not header vocabulary starts the body
    // (e.g. 因公出国（境）费 under 项目 in the 三公 table) — but only once a header row has been seen.
    const label = texts[0] !== '' ? texts[0] : texts[1];
    if (r > 0 && label !== undefined && label !== '' && !HEADER_LABEL_RE.test(label)) {
      const rest = texts.slice(texts.indexOf(label) + 1).filter((t) => t !== '');
      if (rest.every((t) => isNumberCell(t) || /^[-—]+$/.test(t))) return { headerRows: r, indexRow: null };
    }
  }
  return { headerRows: Math.min(rows.length, MAX_HEADER_ROWS), indexRow: null };
}

/**
 * Header text per column: `paths[c]` lists the texts above column c, outermost first, duplicates removed.
 * Merges are spread using colSpan/rowSpan when the extractor recorded them; otherwise an empty header cell right of a
 * filled one, with text below it, is taken as covered by that group header (the common Excel/WPS layout).
 */
export function headerPaths(
  rows: readonly (readonly GridCell[])[],
  headerRows: number,
  indexRow: number | null,
): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const grid: string[][] = [];
  for (let r = 0; r < headerRows; r++) {
    if (r === indexRow) continue;
    grid.push(Array.from({ length: width }, (_, c) => rows[r]?.[c]?.text ?? ''));
  }
  // Spread explicit merges. A lower cell spanning into a column that already has its own single-column header
  // higher up is a malformed span in the published page (单位资金 colspan=2 under 上年结转): it does not spread there.
  const ownAbove = new Array<boolean>(width).fill(false);
  for (let r = 0, g = 0; r < headerRows; r++) {
    if (r === indexRow) continue;
    const row = rows[r] ?? [];
    const ownHere: number[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.text === '') continue;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      if (cs <= 1) ownHere.push(c);
      for (let dc = 1; dc < cs; dc++) {
        const gr = grid[g];
        if (gr && gr[c + dc] === '' && !ownAbove[c + dc]) gr[c + dc] = cell.text;
      }
      for (let dr = 1; dr < rs; dr++) {
        const gr = grid[g + dr];
        if (gr && gr[c] === '') gr[c] = cell.text;
      }
    }
    for (const c of ownHere) ownAbove[c] = true;
    g++;
  }
  // Heuristic fill-right for group headers when no spans were recorded. A group never extends over a column that
  // has its own header text at its level or above (公务用车购置费 stops at 公务用车运行费).
  const own = grid.map((row) => [...row]);
  for (let g = 0; g < grid.length - 1; g++) {
    const gr = grid[g] ?? [];
    for (let c = 1; c < width; c++) {
      if (gr[c] !== '' || gr[c - 1] === '') continue;
      if (own.slice(0, g + 1).some((row) => (row[c] ?? '') !== '')) continue;
      const below = grid.slice(g + 1).some((row) => (row[c] ?? '') !== '');
      const leftHasBelow = grid.slice(g + 1).some((row) => (row[c - 1] ?? '') !== '');
      if (below && leftHasBelow) gr[c] = gr[c - 1] ?? '';
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    for (const row of grid) {
      const t = row[c] ?? '';
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    return path;
  });
}
