import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HistoryStore, MAX_IMPORT_CHARS, MAX_IMPORT_DOCUMENTS, openHistory } from './store';
import { snapshotOf } from './testing';

const a2024 = snapshotOf('泽州县能源局', 2024, [
  { kind: 'budget.expenditure', unit: '万元', rows: [['', '合计', '3059.89']] },
]);
const a2025 = snapshotOf('泽州县能源局', 2025, [
  { kind: 'budget.expenditure', unit: '万元', rows: [['', '合计', '2061.71']] },
]);
const aFinal = snapshotOf(
  '泽州县能源局',
  2024,
  [{ kind: 'final.expenditure', unit: '万元', rows: [['', '合计', '3000.00']] }],
  'final',
);
const other = snapshotOf('晋城市能源局', 2025, [
  { kind: 'budget.expenditure', unit: '万元', rows: [['', '合计', '2268.41']] },
]);

describe('history store (IndexedDB through idb, fake-indexeddb in Node)', () => {
  let store: HistoryStore;
  beforeEach(async () => {
    store = await openHistory(new IDBFactory());
  });
  afterEach(() => store.close());

  it('puts, gets by organisation + year + kind, lists oldest first', async () => {
    for (const s of [a2025, other, aFinal, a2024]) await store.put(s);
    expect(await store.get('泽州县能源局', 2025, 'budget')).toEqual(a2025);
    expect(await store.get('泽州县能源局', 2024, 'final')).toEqual(aFinal);
    expect(await store.get('泽州县能源局', 2023, 'budget')).toBeNull();
    const list = await store.list('泽州县能源局');
    expect(list.map((e) => `${e.year} ${e.kind}`)).toEqual(['2024 budget', '2024 final', '2025 budget']);
    expect(list[0]).toMatchObject({ organisation: '泽州县能源局', tables: 1 });
    expect((await store.list()).length).toBe(4);
    expect((await store.documentsOf('泽州县能源局', 'budget')).map((s) => s.year)).toEqual([2024, 2025]);
  });

  it('an organisation written with other spacing/width is the same key', async () => {
    await store.put(a2025);
    expect(await store.get(' 泽州县能源局 ', 2025, 'budget')).not.toBeNull();
  });

  it('put replaces the same key; delete and clear remove', async () => {
    await store.put(a2025);
    const changed = { ...a2025, savedAt: '2026-01-01T00:00:00Z' };
    await store.put(changed);
    expect((await store.list()).length).toBe(1);
    expect((await store.get('泽州县能源局', 2025, 'budget'))?.savedAt).toBe('2026-01-01T00:00:00Z');
    await store.put(other);
    await store.delete(a2025.key);
    expect((await store.list()).map((e) => e.organisation)).toEqual(['晋城市能源局']);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('put validates: a malformed snapshot is refused', async () => {
    await expect(store.put({ ...a2025, year: 1850 })).rejects.toThrow();
    const bad = structuredClone(a2025);
    (bad.tables[0]?.rows[0]?.amounts as Record<string, unknown>).total = 3059.89; // a float, not a decimal string
    await expect(store.put(bad)).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('exports and imports JSON (round trip into a fresh database)', async () => {
    for (const s of [a2024, a2025, other]) await store.put(s);
    const json = await store.exportJson();
    expect(JSON.parse(json)).toMatchObject({ schema: 'budget-lens/history@1' });
    const fresh = await openHistory(new IDBFactory());
    expect(await fresh.importJson(json)).toEqual({ imported: 3, kept: 0 });
    expect(await fresh.get('泽州县能源局', 2024, 'budget')).toEqual(a2024);
    // Importing again keeps what is there unless asked to replace.
    expect(await fresh.importJson(json)).toEqual({ imported: 0, kept: 3 });
    expect(await fresh.importJson(json, { replace: true })).toEqual({ imported: 3, kept: 0 });
    fresh.close();
  });

  it('import refuses malformed files and stores nothing', async () => {
    await expect(store.importJson('not json')).rejects.toThrow(/not JSON/);
    await expect(store.importJson('{"schema":"other","documents":[]}')).rejects.toThrow(/not a BudgetLens history/);
    const json = JSON.stringify({
      schema: 'budget-lens/history@1',
      documents: [a2024, { ...a2025, kind: 'forecast' }],
    });
    await expect(store.importJson(json)).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it('import refuses another version’s file and an oversized one, with a message, storing nothing', async () => {
    await expect(store.importJson('{"schema":"budget-lens/history@9","documents":[]}')).rejects.toThrow(
      /another version of BudgetLens \(budget-lens\/history@9/,
    );
    await expect(store.importJson(' '.repeat(MAX_IMPORT_CHARS + 1))).rejects.toThrow(/too large/);
    const many = JSON.stringify({
      schema: 'budget-lens/history@1',
      documents: Array.from({ length: MAX_IMPORT_DOCUMENTS + 1 }, (_, i) => ({ ...a2024, year: 1990 + (i % 100) })),
    });
    await expect(store.importJson(many)).rejects.toThrow(/at most 5000/);
    expect(await store.list()).toEqual([]);
  });

  it('an imported snapshot whose key disagrees with its contents is re-keyed', async () => {
    const json = JSON.stringify({ schema: 'budget-lens/history@1', documents: [{ ...a2025, key: 'whatever' }] });
    await store.importJson(json);
    expect((await store.list())[0]?.key).toBe('泽州县能源局|2025|budget');
  });
});
