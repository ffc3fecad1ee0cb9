/**
 * Recognise (stage 3): typed rows of an amount table — code, level, name, total flag and one Decimal per amount
 * column (in the printed unit), per side for two-sided tables. Reads cells through lib/money's parseAmount only;
 * it must not check sums or correct anything it reads.
 */
import type Decimal from 'decimal.js';
import type { GridCell } from '../extract/types';
import type { Column, Row, SideRow } from '../model/budget-document';
import { type ColumnRole, isAmountRole, type Side } from '../model/column-roles';
import { parseAmount } from '../money/amount';
import { codeDigits, joinCodeParts, levelOf, splitCodeName } from './codes';
import { roleFromHeader } from './column-roles';
import { fold } from './fold';
import { completePartialCodes, isUnitRow, uncodedUnitHeads } from './units';

const TOTAL_NAME_RE = /^(合计|总计|小计|部门合计|单位合计)$|合计$|总计$|^合计[:：]/;

const ITEM_ROLES: ReadonlySet<ColumnRole> = new Set([
  'outbound',
  'reception',
  'vehicle',
  'vehicle-purchase',
  'vehicle-operation',
  'three-public',
  'admin-operating',
]);

export function isTotalName(name: string): boolean {
  return TOTAL_NAME_RE.test(fold(name));
}

function readSide(
  cells: readonly GridCell[],
  cols: readonly Column[],
  economic: boolean,
  keyOf: (c: Column) => string,
): SideRow & { unit?: string } {
  const text = (c: Column | undefined) => (c ? (cells[c.index]?.text ?? '') : '');
  // The labels of a side printed in several blocks are its first block's (each block is read on its own as well).
  const block = cols[0]?.block ?? 0;
  const labels = cols.filter((c) => (c.block ?? 0) === block);
  const codeCol = labels.find((c) => c.role === 'code');
  const parts = (['code.class', 'code.section', 'code.item'] as const)
    .map((r) => labels.find((c) => c.role === r))
    .filter((c): c is Column => c !== undefined);
  const nameCol = labels.find((c) => c.role === 'name');
  const unitText = text(labels.find((c) => c.role === 'unit'));
  const unitCode = text(labels.find((c) => c.role === 'unit-code'));

  let code: string | null = null;
  let name = text(nameCol) || unitText;
  let codeText = '';
  if (parts.length > 0) {
    code = joinCodeParts(parts.map((c) => text(c)));
    codeText = parts.map((c) => text(c)).join('');
  } else if (codeCol) {
    codeText = text(codeCol);
    code = codeDigits(codeText);
  }
  // A label printed in the code column (合计, a unit name) is the row's name when the name cell is empty.
  if (name === '' && code === null && codeText !== '') name = codeText;
  if (code === null && !codeCol && parts.length === 0) {
    const split = splitCodeName(name);
    if (split) {
      code = split.code;
      name = split.name;
    }
  }
  if (name === '') {
    const alt = labels.find((c) => c.role === 'alt-name');
    if (alt) name = text(alt);
  }

  const amounts: Record<string, Decimal | null> = {};
  const decimals: Record<string, number> = {};
  for (const c of cols) {
    if (!isAmountRole(c.role)) continue;
    const p = parseAmount(text(c));
    const key = keyOf(c);
    amounts[key] = p.kind === 'number' ? p.value : null;
    if (p.kind === 'number') decimals[key] = p.decimals;
  }
  const row: SideRow & { unit?: string } = { name, isTotal: isTotalName(name), amounts, decimals };
  if (code !== null) {
    row.code = code;
    const level = levelOf(code, economic);
    if (level) row.level = level;
  }
  if ((unitText !== '' || unitCode !== '') && !row.isTotal) row.unit = codeDigits(unitCode) ?? '';
  return row;
}

/** Typed body rows; blank rows are skipped (their grid rows simply do not appear). */
export function buildRows(
  rows: readonly (readonly GridCell[])[],
  columns: readonly Column[],
  headerRows: number,
  economic: boolean,
  itemRows = false,
  unitsOnly = false,
): Row[] {
  const sides = [...new Set(columns.map((c) => c.side).filter((s): s is Side => s !== undefined))];
  const out: Row[] = [];
  for (let r = headerRows; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.every((c) => c.text.trim() === '')) continue;
    const whole = readSide(cells, columns, economic, (c) => c.key);
    const row: Row = { gridRow: r, ...whole };
    if (itemRows) {
      const item = roleFromHeader([row.name]);
      if (item && ITEM_ROLES.has(item)) row.item = item;
    }
    if (sides.length > 1) {
      const perSide: Partial<Record<Side, SideRow>> = {};
      for (const s of sides) {
        const cols = columns.filter((c) => c.side === s);
        const keyOf = (c: Column) => c.key.slice(s.length + 1);
        const side = readSide(cells, cols, economic, keyOf);
        const blocks = [...new Set(cols.map((c) => c.block ?? 0))].filter((b) => b > 0);
        if (blocks.length > 0)
          side.blocks = blocks.map((b) =>
            readSide(
              cells,
              cols.filter((c) => c.block === b),
              economic,
              keyOf,
            ),
          );
        perSide[s] = side;
      }
      row.sides = perSide;
      const named = sides.map((s) => perSide[s]).find((sr) => sr && sr.name !== '');
      row.name = named?.name ?? '';
      row.isTotal = sides.some((s) => perSide[s]?.isTotal === true);
      delete row.code;
      delete row.level;
      const coded = sides.map((s) => perSide[s]).find((sr) => sr?.code !== undefined);
      if (coded?.code !== undefined) {
        row.code = coded.code;
        if (coded.level) row.level = coded.level;
      }
    }
    out.push(row);
  }
  const coded = out.some((r) => r.code !== undefined);
  const heads = uncodedUnitHeads(out);
  out.forEach((row, i) => {
    if (row.sides || row.isTotal || row.unit !== undefined) return;
    // A table of units (三公 by 单位编码) has no 科目: its coded rows are organisations, whatever their code's length.
    if ((unitsOnly && row.code !== undefined) || isUnitRow(row.code, row.name, coded) || heads.has(i)) {
      row.unit = row.code ?? '';
      delete row.code;
      delete row.level;
    }
  });
  completePartialCodes(out);
  return out;
}
