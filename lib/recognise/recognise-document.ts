/**
 * Recognise (stage 3) entry: ExtractedDocument → BudgetDocument. Classifies every table, finds its header, column
 * roles, unit and typed rows, and reads the document metadata. Never throws on odd input: a table it cannot read
 * becomes `other` with a warning. It must not check sums or compare tables (that is lib/checks).
 */
import type { ExtractedDocument, RawTable } from '../extract/types';
import type { BudgetDocument, BudgetTable, MoneyUnitName, Row, StaffCounts } from '../model/budget-document';
import { BudgetDocumentSchema } from '../model/budget-document';
import { BY_ECONOMIC, BY_FUNCTION, ECONOMIC_CODE_KINDS, FORM_KINDS } from '../model/table-kinds';
import { unitFromMeta } from '../money/unit';
import { assignColumns } from './column-roles';
import {
  documentKindOf,
  narrativeUnitOf,
  organisationFromForm,
  organisationOf,
  scopeOf,
  yearOf,
} from './document-info';
import { fold } from './fold';
import { findHeader, headerPaths } from './header';
import { buildRows } from './rows';
import { sectionsFromBlocks } from './sections';
import { staffFromForm, staffFromText } from './staff';
import { classifyTable } from './table-kind';

const EMPTY_NOTE_RE =
  /无数据|空表|此表为空|本表为空|本表无|无发生|不涉及|未安排|无该项|无此项|无相关|无.{0,20}(预算|决算|收支|支出|收入)(数据|安排)?|没有.{0,12}(预算|支出)/u;

/** Recognises one table; `docUnit` is the fallback for a table that prints no unit. */
export function recogniseTable(
  raw: RawTable,
  index: number,
  docUnit: MoneyUnitName | null,
  year: number | null = null,
): BudgetTable {
  const classified = classifyTable(raw);
  let kind = classified.kind;
  const by = classified.by;
  const metaUnit = unitFromMeta([...(raw.title ? [raw.title] : []), ...raw.meta]);
  const isForm = FORM_KINDS.has(kind);
  const unit = metaUnit ?? (isForm ? null : docUnit);
  // The note under the table, or printed inside its grid (此表为空 in the body's first cell).
  const emptyNote =
    raw.notes.some((n) => EMPTY_NOTE_RE.test(fold(n))) ||
    raw.rows.some((r) => r.some((c) => c.text.length <= 40 && !/\d/u.test(c.text) && EMPTY_NOTE_RE.test(fold(c.text))));
  const base: BudgetTable = {
    index,
    kind,
    kindBy: by,
    title: raw.title,
    unit,
    unitFrom: metaUnit ? 'meta' : unit ? 'document' : 'none',
    meta: raw.meta,
    notes: raw.notes,
    columns: [],
    headerRows: 0,
    indexRow: null,
    twoSided: false,
    rows: [],
    empty: true,
    emptyNote,
  };
  if (isForm) {
    base.columns = (raw.rows[0] ?? []).map((_, c) => ({ index: c, role: 'text', key: `text#${c + 1}`, header: [] }));
    return base;
  }
  const { headerRows, indexRow } = findHeader(raw.rows);
  const paths = headerPaths(raw.rows, headerRows, indexRow);
  const columns = assignColumns({ kind, rows: raw.rows, headerRows, paths, year });
  const itemRows = kind === 'budget.three-public' || kind === 'final.three-public';
  let rows = buildRows(raw.rows, columns, headerRows, ECONOMIC_CODE_KINDS.has(kind), itemRows, itemRows);
  // The codes confirm the classification the title names: a table of 301/30101 rows is by economic class.
  const byCodes = classificationOf(rows);
  const other = byCodes === 'economic' ? BY_ECONOMIC[kind] : byCodes === 'function' ? BY_FUNCTION[kind] : undefined;
  if (other) {
    kind = other;
    rows = buildRows(raw.rows, columns, headerRows, ECONOMIC_CODE_KINDS.has(kind), itemRows, itemRows);
  }
  return {
    ...base,
    columns,
    headerRows,
    indexRow,
    twoSided: columns.some((c) => c.side !== undefined),
    rows,
    empty: !rows.some((r) => Object.values(r.amounts).some((v) => v !== null)),
  };
}

/** Economic codes start 3 (部门) or 5 (政府); function codes 2. Null when the rows carry too few codes to say. */
function classificationOf(rows: readonly Row[]): 'economic' | 'function' | null {
  let economic = 0;
  let fn = 0;
  for (const r of rows) {
    if (!r.code || r.code.length < 3) continue;
    if (/^[35]/u.test(r.code)) economic++;
    else if (/^2/u.test(r.code)) fn++;
  }
  if (economic >= 3 && economic > 4 * fn) return 'economic';
  if (fn >= 3 && fn > 4 * economic) return 'function';
  return null;
}

function majorityUnit(tables: readonly RawTable[]): MoneyUnitName | null {
  const counts = new Map<MoneyUnitName, number>();
  for (const t of tables) {
    const u = unitFromMeta(t.meta);
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  let best: MoneyUnitName | null = null;
  for (const [u, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = u;
  return best;
}

/** The 机构设置 section text when there is one, else the whole narrative. */
function staffText(doc: ExtractedDocument): string {
  const i = doc.blocks.findIndex((b) => /机构设置/.test(b.text) && b.text.length <= 40);
  if (i < 0) return doc.blocks.map((b) => b.text).join('\n');
  const out: string[] = [];
  for (const b of doc.blocks.slice(i + 1)) {
    if (/^[一二三四五六七八九十]+、|^第.+部分/u.test(b.text.trim()) && b.text.length <= 40) break;
    out.push(b.text);
  }
  return out.join('\n');
}

export function recogniseDocument(doc: ExtractedDocument): BudgetDocument {
  const warnings: string[] = [];
  const docUnit = majorityUnit(doc.tables);
  const docYear = yearOf(doc);
  const tables: BudgetTable[] = doc.tables.map((raw, i) => {
    try {
      return recogniseTable(raw, i, docUnit, docYear);
    } catch (err) {
      warnings.push(`table ${i + 1} (${raw.title ?? 'untitled'}) could not be read: ${String(err)}`);
      return {
        index: i,
        kind: 'other',
        kindBy: 'none',
        title: raw.title,
        unit: null,
        unitFrom: 'none',
        meta: raw.meta,
        notes: raw.notes,
        columns: [],
        headerRows: 0,
        indexRow: null,
        twoSided: false,
        rows: [],
        empty: true,
        emptyNote: false,
      } satisfies BudgetTable;
    }
  });
  for (const t of tables) {
    if (t.unit === null && !FORM_KINDS.has(t.kind))
      warnings.push(`table ${t.index + 1} (${t.title ?? t.kind}): no unit printed`);
    else if (t.unitFrom === 'document')
      warnings.push(
        `table ${t.index + 1} (${t.title ?? t.kind}): no unit printed; assumed ${t.unit} as in the other tables`,
      );
  }

  const orgForm = doc.tables.find((_, i) => tables[i]?.kind === 'budget.org-performance');
  const formOrg = orgForm ? organisationFromForm(orgForm) : null;
  const staffTable: StaffCounts | null = orgForm ? staffFromForm(orgForm.rows) : null;

  const result: BudgetDocument = {
    document: {
      organisation: organisationOf(doc, formOrg),
      year: docYear,
      kind: documentKindOf(
        doc,
        tables.map((t) => t.kind),
      ),
      scope: scopeOf(doc),
      unit: docUnit,
      narrativeUnit: narrativeUnitOf(doc),
      staff: { table: staffTable, narrative: staffFromText(staffText(doc)) },
      sections: sectionsFromBlocks(doc.blocks),
    },
    tables,
    warnings,
  };
  // The boundary: validate once here; everything downstream trusts the type.
  const parsed = BudgetDocumentSchema.safeParse(result);
  if (!parsed.success) warnings.push(`model validation: ${parsed.error.message.slice(0, 500)}`);
  return result;
}
