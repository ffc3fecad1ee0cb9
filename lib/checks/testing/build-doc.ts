/**
 * Checks test support: hand-built BudgetDocuments from small string grids, so rule tests state their tables
 * literally (`['208', '社会保障和就业支出', '10.00', …]`) without going through extraction. Reads cells with the
 * real parseAmount; builds rows the way the model defines them. Test-only: nothing in the pipeline imports it.
 */
import type { BudgetDocument, BudgetTable, Column, MoneyUnitName, Row, SideRow } from '../../model/budget-document';
import { type ColumnRole, isAmountRole, type Side } from '../../model/column-roles';
import { ECONOMIC_CODE_KINDS, type TableKind } from '../../model/table-kinds';
import { parseAmount } from '../../money/amount';
import { roleLabel } from '../role-labels';

export type ColumnSpec =
  | ColumnRole
  | {
      role: ColumnRole;
      side?: Side;
      header?: string;
      block?: number;
      period?: Column['period'];
      measure?: Column['measure'];
    };

export interface TableSpec {
  kind: TableKind;
  unit?: MoneyUnitName | null;
  title?: string | null;
  notes?: string[];
  columns: ColumnSpec[];
  /** Body rows, one string per column. Grid rows start after one header row. */
  rows: string[][];
}

const TOTAL_RE = /^(合计|总计|小计|部门合计|单位合计)$|合计$|总计$/u;

function levelOf(code: string, economic: boolean): Row['level'] {
  if (code.length === 3) return 'class';
  if (code.length === 5) return 'section';
  if (code.length === 7 && !economic) return 'item';
  return undefined;
}

function readSide(cells: string[], cols: Column[], economic: boolean, keyOf: (c: Column) => string): SideRow {
  const text = (c: Column | undefined) => (c ? (cells[c.index] ?? '') : '');
  const name = text(cols.find((c) => c.role === 'name'));
  const codeText = text(cols.find((c) => c.role === 'code')).replace(/\s/gu, '');
  const amounts: SideRow['amounts'] = {};
  const decimals: SideRow['decimals'] = {};
  for (const c of cols) {
    if (!isAmountRole(c.role)) continue;
    const p = parseAmount(text(c));
    amounts[keyOf(c)] = p.kind === 'number' ? p.value : null;
    if (p.kind === 'number') decimals[keyOf(c)] = p.decimals;
  }
  const row: SideRow = { name, isTotal: TOTAL_RE.test(name), amounts, decimals };
  if (/^\d+$/u.test(codeText)) {
    row.code = codeText;
    const level = levelOf(codeText, economic);
    if (level) row.level = level;
  }
  return row;
}

export function buildTable(spec: TableSpec, index = 0): BudgetTable {
  const seen = new Map<string, number>();
  const columns: Column[] = spec.columns.map((c, i) => {
    const s = typeof c === 'string' ? { role: c } : c;
    const measure = 'measure' in s ? s.measure : undefined;
    const base = `${s.side ? `${s.side}.${s.role}` : s.role}${measure ? `.${measure}` : ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const col: Column = {
      index: i,
      role: s.role,
      key: n > 1 ? `${base}#${n}` : base,
      header: [('header' in s && s.header) || roleLabel(s.role)],
    };
    if (s.side) col.side = s.side;
    if ('block' in s && s.block !== undefined) col.block = s.block;
    if ('period' in s && s.period !== undefined) col.period = s.period;
    if (measure) col.measure = measure;
    return col;
  });
  const economic = ECONOMIC_CODE_KINDS.has(spec.kind);
  const sides = [...new Set(columns.map((c) => c.side).filter((s): s is Side => s !== undefined))];
  const rows: Row[] = spec.rows.map((cells, i) => {
    const whole = readSide(cells, columns, economic, (c) => c.key);
    const row: Row = { gridRow: i + 1, ...whole };
    if (sides.length > 1) {
      const per: Partial<Record<Side, SideRow>> = {};
      for (const s of sides) {
        const cols = columns.filter((c) => c.side === s);
        const keyOf = (c: Column) => c.key.slice(s.length + 1);
        // A side printed in blocks (功能分类 | 支出用途): its row as a whole (the first block's labels), and per block.
        const blocks = [...new Set(cols.map((c) => c.block ?? 0))].filter((b) => b > 0);
        const side = readSide(cells, cols, economic, keyOf);
        if (blocks.length > 0) {
          const first = readSide(
            cells,
            cols.filter((c) => (c.block ?? 0) === 0),
            economic,
            keyOf,
          );
          side.name = first.name;
          side.isTotal = first.isTotal;
          side.blocks = blocks.map((b) =>
            readSide(
              cells,
              cols.filter((c) => c.block === b),
              economic,
              keyOf,
            ),
          );
        }
        per[s] = side;
      }
      row.sides = per;
      row.name = sides.map((s) => per[s]?.name).find((n) => n) ?? '';
      row.isTotal = sides.some((s) => per[s]?.isTotal);
    }
    return row;
  });
  const empty = !rows.some((r) => Object.values(r.amounts).some((v) => v !== null));
  return {
    index,
    kind: spec.kind,
    kindBy: 'title',
    title: spec.title ?? null,
    unit: spec.unit === undefined ? '万元' : spec.unit,
    unitFrom: 'meta',
    meta: [],
    notes: spec.notes ?? [],
    columns,
    headerRows: 1,
    indexRow: null,
    twoSided: sides.length > 1,
    rows,
    empty,
    emptyNote: (spec.notes ?? []).some((n) => /无数据|空表|本表无|无.{0,20}(预算|收支|支出|收入)/u.test(n)),
  };
}

export function buildDoc(tables: TableSpec[], info: Partial<BudgetDocument['document']> = {}): BudgetDocument {
  return {
    document: {
      organisation: '测试局',
      year: 2025,
      kind: 'budget',
      scope: 'department',
      unit: '万元',
      narrativeUnit: '万元',
      staff: { table: null, narrative: null },
      sections: [],
      ...info,
    },
    tables: tables.map((t, i) => buildTable(t, i)),
    warnings: [],
  };
}
