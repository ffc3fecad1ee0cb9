/**
 * History service (background side): answers the history messages with lib/history — stores snapshots, lists them,
 * assembles one organisation's year-on-year view, exports / imports / clears. The IndexedDB-backed store and a
 * key-value store for per-capita figures are passed in (the background's, or fakes in tests): this module touches no
 * browser API and no clock, and nothing it handles is sent anywhere.
 */
import { z } from 'zod';
import {
  type ClassSeries,
  compareYears,
  functionClassSeries,
  previousOf,
  type YearComparison,
} from '../history/compare-years';
import { budgetOf, compareExecution, type ExecutionComparison } from '../history/execution';
import { organisationKey, type Snapshot } from '../history/snapshot';
import type { HistoryEntry, HistoryStore, ImportResult } from '../history/store';
import type { KeyValueStore } from '../options/storage';
import { type PerCapita, PerCapitaSchema } from '../pipeline/history';
import type { HistoryMessage } from './messages';

/** Per-capita figures by snapshot key, kept beside the IndexedDB store (they are not part of a Snapshot). */
export const PER_CAPITA_KEY = 'history-per-capita@1';
const PerCapitaMap = z.record(z.string(), z.array(PerCapitaSchema));
type PerCapitaMap = z.infer<typeof PerCapitaMap>;

export interface HistoryView {
  organisation: string;
  entries: HistoryEntry[];
  /** The year shown and the year it is compared with; null when fewer than two years of one kind are stored. */
  comparison: YearComparison | null;
  series: ClassSeries | null;
  /** Per-capita figures by year (of the comparison's kind), oldest first. */
  perCapita: { year: number; kind: Snapshot['kind']; figures: PerCapita[] }[];
  /** Each year whose 预算 and 决算 are both stored: budget against outturn (执行率), newest first. */
  execution: ExecutionComparison[];
}

export type HistoryReply =
  | { ok: true; key: string }
  | { ok: true; entries: HistoryEntry[] }
  | { ok: true; view: HistoryView }
  | { ok: true; execution: ExecutionComparison | null }
  | { ok: true; json: string }
  | { ok: true; imported: ImportResult }
  | { ok: true }
  | { ok: false; error: string };

export interface HistoryDeps {
  store: HistoryStore;
  kv: KeyValueStore;
}

async function perCapitaMap(kv: KeyValueStore): Promise<PerCapitaMap> {
  const parsed = PerCapitaMap.safeParse((await kv.get([PER_CAPITA_KEY]))[PER_CAPITA_KEY] ?? {});
  return parsed.success ? parsed.data : {};
}

const perCapitaChanges = new WeakMap<KeyValueStore, Promise<void>>();

/**
 * Reads the per-capita map, changes it and writes it back, one change at a time per store: two documents saved at once
 * (two frames of one page) would otherwise each write back a map without the other's figures.
 */
function changePerCapita(kv: KeyValueStore, change: (map: PerCapitaMap) => void): Promise<void> {
  const next = (perCapitaChanges.get(kv) ?? Promise.resolve())
    .catch(() => undefined) // an earlier failure was its own caller's
    .then(async () => {
      const map = await perCapitaMap(kv);
      change(map);
      await kv.set({ [PER_CAPITA_KEY]: map });
    });
  perCapitaChanges.set(kv, next);
  return next;
}

/** The export file: lib/history's export plus the per-capita figures (a reader of the plain format ignores them). */
const ExportExtras = z.object({ perCapita: PerCapitaMap.optional() });

export async function viewOf(
  deps: HistoryDeps,
  organisation: string,
  opts: { year?: number; kind?: Snapshot['kind'] } = {},
): Promise<HistoryView> {
  const org = organisationKey(organisation);
  const docs = await deps.store.documentsOf(org);
  const entries = await deps.store.list(org);
  const budgets = docs.filter((d) => d.kind === 'budget').length;
  const kind = opts.kind ?? (budgets * 2 >= docs.length ? 'budget' : 'final');
  const ofKind = docs.filter((d) => d.kind === kind);
  const current =
    (opts.year !== undefined ? ofKind.find((d) => d.year === opts.year) : ofKind[ofKind.length - 1]) ?? null;
  const previous = current ? previousOf(ofKind, current) : null;
  const map = await perCapitaMap(deps.kv);
  return {
    organisation: org,
    entries,
    comparison: current && previous ? compareYears(current, previous) : null,
    series: ofKind.length > 0 ? functionClassSeries(ofKind, { kind }) : null,
    perCapita: ofKind.map((d) => ({ year: d.year, kind: d.kind, figures: map[d.key] ?? [] })),
    execution: docs
      .filter((d) => d.kind === 'final')
      .flatMap((f) => {
        const b = budgetOf(docs, f);
        return b ? [compareExecution(f, b)] : [];
      })
      .sort((a, b) => b.year - a.year),
  };
}

/** Answers one history message; failures come back as `{ ok: false, error }`, never as a throw. */
export async function handleHistoryMessage(deps: HistoryDeps, msg: HistoryMessage): Promise<HistoryReply> {
  try {
    switch (msg.type) {
      case 'history-save': {
        const key = await deps.store.put(msg.snapshot);
        await changePerCapita(deps.kv, (map) => {
          if (msg.perCapita.length > 0) map[key] = msg.perCapita;
          else delete map[key];
        });
        return { ok: true, key };
      }
      case 'history-list':
        return { ok: true, entries: await deps.store.list(msg.organisation) };
      case 'history-compare':
        return {
          ok: true,
          view: await viewOf(deps, msg.organisation, {
            ...(msg.year !== undefined ? { year: msg.year } : {}),
            ...(msg.kind ? { kind: msg.kind } : {}),
          }),
        };
      case 'history-execution': {
        const final = msg.snapshot;
        const budget =
          final.kind === 'final' ? budgetOf(await deps.store.documentsOf(final.organisation), final) : null;
        return { ok: true, execution: budget ? compareExecution(final, budget) : null };
      }
      case 'history-export': {
        const base = JSON.parse(await deps.store.exportJson()) as Record<string, unknown>;
        return { ok: true, json: JSON.stringify({ ...base, perCapita: await perCapitaMap(deps.kv) }, null, 2) };
      }
      case 'history-import': {
        const imported = await deps.store.importJson(
          msg.json,
          msg.replace !== undefined ? { replace: msg.replace } : {},
        );
        const extras = ExportExtras.safeParse(JSON.parse(msg.json));
        const figures = extras.success ? extras.data.perCapita : undefined;
        if (figures)
          await changePerCapita(deps.kv, (map) => {
            for (const [k, v] of Object.entries(figures)) if (msg.replace || !map[k]) map[k] = v;
          });
        return { ok: true, imported };
      }
      case 'history-clear':
        await deps.store.clear();
        await changePerCapita(deps.kv, (map) => {
          for (const k of Object.keys(map)) delete map[k];
        });
        return { ok: true };
      case 'history-delete': {
        await deps.store.delete(msg.key);
        await changePerCapita(deps.kv, (map) => {
          delete map[msg.key];
        });
        return { ok: true };
      }
    }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
