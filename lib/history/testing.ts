/**
 * Test support for the history stage: small hand-made snapshots (no corpus, no extractor), so storage and
 * comparison can be tested on tables whose every number is known. Never imported by the extension bundle.
 */
import type { MoneyUnitName } from '../model/budget-document';
import type { TableKind } from '../model/table-kinds';
import { SNAPSHOT_SCHEMA_ID, type Snapshot, type SnapshotRow, snapshotKey } from './snapshot';

/** `[code, name, total]` rows; a code's length gives its level; name 合计 makes a total row. */
export type RowSpec = [code: string, name: string, total: string | null, basic?: string | null];

export function rowsOf(specs: readonly RowSpec[]): SnapshotRow[] {
  return specs.map(([code, name, total, basic]) => {
    const level = code.length === 3 ? 'class' : code.length === 5 ? 'section' : code.length === 7 ? 'item' : undefined;
    return {
      ...(code ? { code } : {}),
      ...(level ? { level } : {}),
      name,
      isTotal: /合计|总计/u.test(name),
      amounts: { total, ...(basic !== undefined ? { basic } : {}) },
    };
  });
}

export function snapshotOf(
  organisation: string,
  year: number,
  tables: { kind: TableKind; unit: MoneyUnitName; rows: RowSpec[] }[],
  kind: Snapshot['kind'] = 'budget',
): Snapshot {
  return {
    schema: SNAPSHOT_SCHEMA_ID,
    key: snapshotKey(organisation, year, kind),
    organisation,
    year,
    kind,
    scope: 'department',
    unit: tables[0]?.unit ?? null,
    source: null,
    savedAt: null,
    tables: tables.map((t) => ({
      kind: t.kind,
      title: null,
      unit: t.unit,
      columns: { total: '合计', basic: '基本支出' },
      rows: rowsOf(t.rows),
    })),
  };
}
