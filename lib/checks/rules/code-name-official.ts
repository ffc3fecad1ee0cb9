/**
 * Rule (stage 6): a 科目 printed under a name that is not its official name in the document's year — the code's
 * name before it was renamed (210 医疗卫生与计划生育支出 in a 2021 document) or, for a 类 or 款, the name of another
 * code. A defect of form, never of the numbers: a warning. Only what the name table covers is judged, and only exact
 * names (printing variants aside): abbreviations and local wording are not (lib/recognise/official-names.ts). A row
 * printed without a code (the 收支总表's list of classes) is judged by its name where that is a renamed function 类
 * or 款 name no code carries in the year. Reads the model only.
 */

import type { BudgetTable, Row, SideRow } from '../../model/budget-document';
import type { Side } from '../../model/column-roles';
import type { TableKind } from '../../model/table-kinds';
import { compareName, familyOfCode, nameKey, type OutdatedName, outdatedNames } from '../../recognise/official-names';
import { type CheckContext, defineCheck } from '../define-check';
import type { CellRef } from '../finding';
import { FUNCTION_CODE_KINDS, tableLabel } from '../table-access';

/**
 * Tables whose rows without a code still name 科目 (the summaries list the function classes). Project, 三公 and
 * performance tables name projects and items, which may happen to read like an old 科目 name.
 */
const NAME_ONLY_KINDS: ReadonlySet<TableKind> = new Set<TableKind>([
  ...FUNCTION_CODE_KINDS,
  'budget.summary',
  'budget.fiscal-summary',
  'budget.fiscal-expenditure',
  'budget.basic-function',
  'final.summary',
  'final.fiscal-summary',
]);

/** One label of a row: the row itself, or one side (and block) of a two-sided row. */
interface Label {
  code: string | undefined;
  name: string;
  cell: CellRef;
}

function nameCell(table: BudgetTable, row: Row, side?: Side, block = 0): CellRef {
  const cols = table.columns.filter((c) => (side === undefined || c.side === side) && (c.block ?? 0) === block);
  const col =
    cols.find((c) => c.role === 'name') ??
    cols.find((c) => c.role === 'code') ??
    cols.find((c) => c.role === 'code.class');
  return { table: table.index, row: row.gridRow, col: col?.index ?? 0 };
}

function labelsOf(table: BudgetTable, row: Row): Label[] {
  if (row.unit !== undefined) return [];
  if (!row.sides) return row.isTotal ? [] : [{ code: row.code, name: row.name, cell: nameCell(table, row) }];
  const out: Label[] = [];
  for (const [side, s] of Object.entries(row.sides) as [Side, SideRow][]) {
    if (!s.isTotal) out.push({ code: s.code, name: s.name, cell: nameCell(table, row, side) });
    // A side's blocks are read in the order their numbers first appear among its columns (recognise/rows.ts).
    const numbers = [
      ...new Set(table.columns.filter((c) => c.side === side && (c.block ?? 0) > 0).map((c) => c.block ?? 0)),
    ];
    (s.blocks ?? []).forEach((b, i) => {
      if (!b.isTotal) out.push({ code: b.code, name: b.name, cell: nameCell(table, row, side, numbers[i]) });
    });
  }
  return out;
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join('或');
const quotedEn = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' or ');

function checkCoded(ctx: CheckContext, table: BudgetTable, year: number, label: Label & { code: string }): void {
  const { code } = label;
  const family = familyOfCode(code);
  if (!family) return;
  const v = compareName(code, year, family, label.name);
  if (v.kind !== 'outdated' && v.kind !== 'other-code') return;
  const printed = label.name.trim();
  const where = tableLabel(table);
  const formula = `name(${code}, ${year}) = ${quoted(v.official)} ≠ “${printed}”`;
  if (v.kind === 'outdated') {
    ctx.report({
      severity: 'warning',
      message: {
        zh: `${where}中科目 ${code} 印作“${printed}”，这是该科目更名前的名称；${year}年的规范名称为${quoted(v.official)}。`,
        en: `In ${where}, code ${code} is printed as "${printed}", its name before it was renamed; its official name in ${year} is ${quotedEn(v.official)}.`,
      },
      formula,
      stated: printed,
      cells: [label.cell],
    });
    return;
  }
  const others = v.codes.join('、');
  ctx.report({
    severity: 'warning',
    message: {
      zh: `${where}中科目 ${code} 印作“${printed}”，这是科目 ${others} 的名称；${year}年 ${code} 的规范名称为${quoted(v.official)}（编码或名称有一处印错）。`,
      en: `In ${where}, code ${code} is printed as "${printed}", the name of code ${v.codes.join(', ')}; the official name of ${code} in ${year} is ${quotedEn(v.official)} (either the code or the name is wrong).`,
    },
    formula,
    stated: printed,
    cells: [label.cell],
  });
}

function checkNameOnly(
  ctx: CheckContext,
  table: BudgetTable,
  year: number,
  byKey: ReadonlyMap<string, OutdatedName>,
  label: Label,
): void {
  const hit = byKey.get(nameKey(label.name));
  if (!hit) return;
  const printed = label.name.trim();
  ctx.report({
    severity: 'warning',
    message: {
      zh: `${tableLabel(table)}中“${printed}”是科目 ${hit.code} 更名前的名称；${year}年的规范名称为${quoted(hit.official)}。`,
      en: `In ${tableLabel(table)}, "${printed}" is the former name of code ${hit.code}; its official name in ${year} is ${quotedEn(hit.official)}.`,
    },
    formula: `name(${hit.code}, ${year}) = ${quoted(hit.official)} ≠ “${printed}”`,
    stated: printed,
    cells: [label.cell],
  });
}

export default defineCheck({
  id: 'code-name-official',
  scope: 'table',
  title: { zh: '科目名称不规范', en: 'Category name not the official one' },
  explain: {
    zh: '科目名称应使用当年《政府收支分类科目》中的规范名称。已更名科目沿用旧名称（如2019年起的“卫生健康支出”仍印作“医疗卫生与计划生育支出”），或编码配了另一科目的名称，都应更正。简称和地方表述不在此列。',
    en: "A category should carry its official name in that year's government classification. A renamed category printed under its former name (卫生健康支出 since 2019 still printed as 医疗卫生与计划生育支出), or a code given another category's name, should be corrected. Abbreviations and local wording are not judged.",
  },
  formula: 'name(code, year) = 当年规范名称',
  run(doc, ctx) {
    const year = doc.document.year;
    if (year === null) return;
    const byKey = new Map<string, OutdatedName>();
    const ambiguous = new Set<string>();
    for (const o of outdatedNames(year, 'function')) {
      if (o.level === 'item') continue;
      const prev = byKey.get(o.key);
      if (prev && prev.code !== o.code) ambiguous.add(o.key);
      byKey.set(o.key, o);
    }
    for (const k of ambiguous) byKey.delete(k);
    for (const table of doc.tables) {
      for (const row of table.rows) {
        for (const label of labelsOf(table, row)) {
          if (label.name.trim() === '') continue;
          if (label.code) checkCoded(ctx, table, year, { ...label, code: label.code });
          else if (NAME_ONLY_KINDS.has(table.kind)) checkNameOnly(ctx, table, year, byKey, label);
        }
      }
    }
  },
});
