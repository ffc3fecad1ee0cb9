/**
 * History (reader's own archive): the compact, serialisable form of an analysed document kept across visits —
 * organisation, year, kind, scope, unit and each amount table's typed rows (code, name, level, amounts as decimal
 * strings in the table's printed unit). zod-validated at the storage and import boundary. It keeps no page text,
 * no anchors and no URL beyond what the caller passes, and it never leaves the browser.
 */
import type Decimal from 'decimal.js';
import { z } from 'zod';
import { normalizeChars } from '../extract/normalize';
import { type BudgetDocument, LevelSchema, MoneyUnitSchema } from '../model/budget-document';
import { FORM_KINDS, TableKindSchema } from '../model/table-kinds';

export const SNAPSHOT_SCHEMA_ID = 'budget-lens/history-document@1';

const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/);

export const SnapshotRowSchema = z.object({
  code: z.string().optional(),
  level: LevelSchema.optional(),
  name: z.string(),
  isTotal: z.boolean(),
  /** 收入 / 支出 side of a two-sided table. */
  side: z.enum(['income', 'expenditure', 'left', 'right']).optional(),
  /** Column key → amount (decimal string in the table's unit) or null when blank. */
  amounts: z.record(z.string(), DecimalString.nullable()),
});
export type SnapshotRow = z.infer<typeof SnapshotRowSchema>;

export const SnapshotTableSchema = z.object({
  kind: TableKindSchema,
  title: z.string().nullable(),
  unit: MoneyUnitSchema,
  /** Column key → header text (last header line), so a UI can label amounts without the grid. */
  columns: z.record(z.string(), z.string()),
  rows: z.array(SnapshotRowSchema),
});
export type SnapshotTable = z.infer<typeof SnapshotTableSchema>;

export const SnapshotSchema = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA_ID),
  /** `organisation|year|kind`, the store key. */
  key: z.string(),
  organisation: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  kind: z.enum(['budget', 'final']),
  scope: z.enum(['department', 'unit']).nullable(),
  unit: MoneyUnitSchema.nullable(),
  /** Where the reader opened it (page or PDF URL), if the caller passes one. */
  source: z.string().nullable(),
  /** When it was saved (ISO 8601, given by the caller: this module reads no clock). */
  savedAt: z.string().nullable(),
  tables: z.array(SnapshotTableSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Organisation names compared the way the store keys them: NFKC, no whitespace, no brackets' width differences. */
export function organisationKey(org: string): string {
  return normalizeChars(org).replace(/\s+/gu, '');
}

export function snapshotKey(organisation: string, year: number, kind: 'budget' | 'final'): string {
  return `${organisationKey(organisation)}|${year}|${kind}`;
}

function str(d: Decimal | null | undefined): string | null {
  return d === null || d === undefined ? null : d.toFixed();
}

export type SnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; reason: string };

/** A typed row as both the model (amounts as Decimal) and the report (amounts as decimal strings) carry it. */
interface RowLike<A> {
  code?: string | undefined;
  level?: SnapshotRow['level'];
  name: string;
  isTotal: boolean;
  amounts: Record<string, A>;
}

/** What a snapshot is read from: a BudgetDocument (A = Decimal | null) or a Report (A = string | null). */
export interface SnapshotSource<A> {
  document: Pick<BudgetDocument['document'], 'organisation' | 'year' | 'kind' | 'scope' | 'unit'>;
  tables: readonly {
    kind: SnapshotTable['kind'];
    title: string | null;
    unit: SnapshotTable['unit'] | null;
    empty: boolean;
    columns: readonly { key: string; header: readonly string[] }[];
    rows: readonly (RowLike<A> & {
      sides?: Partial<Record<NonNullable<SnapshotRow['side']>, RowLike<A>>> | undefined;
    })[];
  }[];
}

/**
 * The compact form of a recognised document or of a report built from one (`text` turns an amount into its decimal
 * string). Fails (with the reason) when the document does not say whose, which year or what kind it is — such a
 * document cannot be matched with other years.
 */
export function snapshotFrom<A>(
  src: SnapshotSource<A>,
  text: (amount: A) => string | null,
  opts: { source?: string | null; savedAt?: string | null } = {},
): SnapshotResult {
  const { organisation, year, kind, scope, unit } = src.document;
  if (!organisation) return { ok: false, reason: 'the document names no organisation' };
  if (year === null) return { ok: false, reason: 'the document states no year' };
  if (kind === null) return { ok: false, reason: 'the document is neither a budget nor final accounts' };
  const amountsOf = (rec: Record<string, A>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, text(v)]));
  const rowOf = (r: RowLike<A>, side?: SnapshotRow['side']): SnapshotRow => ({
    ...(r.code ? { code: r.code } : {}),
    ...(r.level ? { level: r.level } : {}),
    name: r.name,
    isTotal: r.isTotal,
    ...(side ? { side } : {}),
    amounts: amountsOf(r.amounts),
  });
  const tables: SnapshotTable[] = [];
  for (const t of src.tables) {
    if (FORM_KINDS.has(t.kind) || t.unit === null || t.empty) continue;
    const columns: Record<string, string> = {};
    for (const c of t.columns) {
      const h = c.header.filter((x) => x.trim() !== '');
      columns[c.key] = h[h.length - 1] ?? c.key;
    }
    const rows: SnapshotRow[] = [];
    for (const r of t.rows) {
      if (!r.sides) {
        rows.push(rowOf(r));
        continue;
      }
      for (const [side, sr] of Object.entries(r.sides)) {
        if (sr && sr.name.trim() !== '') rows.push(rowOf(sr, side as NonNullable<SnapshotRow['side']>));
      }
    }
    tables.push({ kind: t.kind, title: t.title, unit: t.unit, columns, rows });
  }
  const parsed = SnapshotSchema.safeParse({
    schema: SNAPSHOT_SCHEMA_ID,
    key: snapshotKey(organisation, year, kind),
    organisation: organisationKey(organisation),
    year,
    kind,
    scope,
    unit,
    source: opts.source ?? null,
    savedAt: opts.savedAt ?? null,
    tables,
  });
  return parsed.success ? { ok: true, snapshot: parsed.data } : { ok: false, reason: parsed.error.message };
}

/** The compact form of a recognised document (see snapshotFrom). */
export function toSnapshot(
  doc: BudgetDocument,
  opts: { source?: string | null; savedAt?: string | null } = {},
): SnapshotResult {
  return snapshotFrom(doc, str, opts);
}
