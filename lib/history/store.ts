/**
 * History (reader's own archive) storage: every analysed document's Snapshot in IndexedDB (through `idb`), keyed by
 * organisation + year + kind; list / get / put / delete / clear, and export / import as JSON (zod-validated). The
 * IndexedDB factory is passed in (the extension page's `indexedDB`, fake-indexeddb in Node tests) so this module
 * touches no global. Nothing is sent anywhere; comparing years is compare-years.ts's job, not this one's.
 */
import { type DBSchema, type IDBPDatabase, wrap } from 'idb';
import { z } from 'zod';
import { organisationKey, type Snapshot, SnapshotSchema, snapshotKey } from './snapshot';

export const HISTORY_DB_NAME = 'budget-lens-history';
export const HISTORY_DB_VERSION = 1;
const STORE = 'documents';
export const HISTORY_EXPORT_SCHEMA_ID = 'budget-lens/history@1';

interface HistoryDB extends DBSchema {
  documents: { key: string; value: Snapshot; indexes: { organisation: string } };
}

/** The file `exportJson` writes and `importJson` reads. */
export const HistoryExportSchema = z.object({
  schema: z.literal(HISTORY_EXPORT_SCHEMA_ID),
  documents: z.array(SnapshotSchema),
});
export type HistoryExport = z.infer<typeof HistoryExportSchema>;

/** One stored document without its tables (for lists). */
export interface HistoryEntry {
  key: string;
  organisation: string;
  year: number;
  kind: Snapshot['kind'];
  scope: Snapshot['scope'];
  source: string | null;
  savedAt: string | null;
  tables: number;
}

export interface ImportResult {
  imported: number;
  /** Entries already stored under the same key and kept because `replace` was false. */
  kept: number;
}

export interface HistoryStore {
  /** Stored documents, oldest year first; only the organisation's when one is given. */
  list(organisation?: string): Promise<HistoryEntry[]>;
  /** Full snapshots of one organisation (every year and kind), oldest year first. */
  documentsOf(organisation: string, kind?: Snapshot['kind']): Promise<Snapshot[]>;
  get(organisation: string, year: number, kind: Snapshot['kind']): Promise<Snapshot | null>;
  /** Stores (or replaces) a snapshot; validated first. Returns its key. */
  put(snapshot: Snapshot): Promise<string>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  /** Every stored document as one JSON text. */
  exportJson(): Promise<string>;
  /** Reads an export (validated; a malformed file throws and stores nothing). */
  importJson(json: string, opts?: { replace?: boolean }): Promise<ImportResult>;
  close(): void;
}

function entryOf(s: Snapshot): HistoryEntry {
  return {
    key: s.key,
    organisation: s.organisation,
    year: s.year,
    kind: s.kind,
    scope: s.scope,
    source: s.source,
    savedAt: s.savedAt,
    tables: s.tables.length,
  };
}

const byYear = (a: Snapshot, b: Snapshot) => a.year - b.year || a.kind.localeCompare(b.kind);

/** A snapshot whose key agrees with its contents (a hand-edited import could disagree). */
function checked(s: Snapshot): Snapshot {
  const parsed = SnapshotSchema.parse(s);
  const organisation = organisationKey(parsed.organisation);
  return { ...parsed, organisation, key: snapshotKey(organisation, parsed.year, parsed.kind) };
}

/** An import larger than this (JSON text) or holding more documents is refused before anything is read into the store. */
export const MAX_IMPORT_CHARS = 50_000_000;
export const MAX_IMPORT_DOCUMENTS = 5_000;

/** The browser's quota error as a sentence the history page can show; other errors as they are. */
function storageError(err: unknown, what: string): Error {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError')
    return new Error(
      `${what}: the browser's storage for BudgetLens is full; delete some documents or export and clear`,
    );
  return err instanceof Error ? err : new Error(String(err));
}

export async function openHistory(factory: IDBFactory, name: string = HISTORY_DB_NAME): Promise<HistoryStore> {
  const request = factory.open(name, HISTORY_DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(STORE)) {
      const store = db.createObjectStore(STORE, { keyPath: 'key' });
      store.createIndex('organisation', 'organisation');
    }
  };
  const db = (await wrap(request)) as unknown as IDBPDatabase<HistoryDB>;

  const all = async () => (await db.getAll(STORE)).sort(byYear);
  const documentsOf = async (organisation: string, kind?: Snapshot['kind']) =>
    (await db.getAllFromIndex(STORE, 'organisation', organisationKey(organisation)))
      .filter((s) => kind === undefined || s.kind === kind)
      .sort(byYear);

  return {
    async list(organisation) {
      const docs = organisation === undefined ? await all() : await documentsOf(organisation);
      return docs.map(entryOf);
    },
    documentsOf,
    async get(organisation, year, kind) {
      return (await db.get(STORE, snapshotKey(organisation, year, kind))) ?? null;
    },
    async put(snapshot) {
      const s = checked(snapshot);
      try {
        await db.put(STORE, s);
      } catch (err) {
        throw storageError(err, 'history');
      }
      return s.key;
    },
    async delete(key) {
      await db.delete(STORE, key);
    },
    async clear() {
      await db.clear(STORE);
    },
    async exportJson() {
      const out: HistoryExport = { schema: HISTORY_EXPORT_SCHEMA_ID, documents: await all() };
      return JSON.stringify(out, null, 2);
    },
    async importJson(json, opts = {}) {
      if (json.length > MAX_IMPORT_CHARS)
        throw new Error(
          `history import: the file is too large (${(json.length / 1e6).toFixed(1)} MB; at most ${MAX_IMPORT_CHARS / 1e6} MB)`,
        );
      let data: unknown;
      try {
        data = JSON.parse(json);
      } catch (err) {
        throw new Error(`history import: not JSON (${err instanceof Error ? err.message : String(err)})`);
      }
      const schema = (data as { schema?: unknown } | null)?.schema;
      if (typeof schema === 'string' && /^budget-lens\/history@/u.test(schema) && schema !== HISTORY_EXPORT_SCHEMA_ID)
        throw new Error(
          `history import: made by another version of BudgetLens (${schema}; this one reads ${HISTORY_EXPORT_SCHEMA_ID})`,
        );
      const parsed = HistoryExportSchema.safeParse(data);
      if (!parsed.success) throw new Error(`history import: not a BudgetLens history file (${parsed.error.message})`);
      if (parsed.data.documents.length > MAX_IMPORT_DOCUMENTS)
        throw new Error(`history import: ${parsed.data.documents.length} documents (at most ${MAX_IMPORT_DOCUMENTS})`);
      const docs = parsed.data.documents.map(checked);
      // One transaction: a file that cannot be stored whole (storage full) changes nothing.
      const tx = db.transaction(STORE, 'readwrite');
      let imported = 0;
      let kept = 0;
      try {
        for (const s of docs) {
          if (!opts.replace && (await tx.store.getKey(s.key)) !== undefined) {
            kept++;
            continue;
          }
          await tx.store.put(s);
          imported++;
        }
        await tx.done;
      } catch (err) {
        throw storageError(err, 'history import');
      }
      return { imported, kept };
    },
    close() {
      db.close();
    },
  };
}
