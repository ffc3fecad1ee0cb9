/**
 * The reader's settings: the only module that owns storage keys. Versioned so later shapes can migrate: v1 (language,
 * PDF auto-open, severities) → v2 adds the per-capita overrides (region, population, staff count), keeping every v1
 * value. The storage backend is injected (browser.storage.local in the extension, a Map in tests) to keep lib/ pure.
 */
import { z } from 'zod';
import { divisionByCode } from '../metrics/region/divisions';
import { type RegionResolution, resolveRegion } from '../metrics/region/resolve-region';
import { SETTINGS_KEY, SETTINGS_KEY_V1, SETTINGS_KEYS } from './keys';

const SEVERITIES = ['error', 'warning', 'unverified', 'rounding', 'info'] as const;
const Severity = z.enum(SEVERITIES);
const Severities = z.array(Severity).default([...SEVERITIES]);
/** What the options page offered before `unverified` existed: settings saved then have no `knownSeverities`. */
const FIRST_SEVERITIES: Settings['showSeverities'] = ['error', 'warning', 'rounding', 'info'];

const SettingsV1 = z.object({
  version: z.literal(1).default(1),
  language: z.enum(['zh', 'en']).default('zh'),
  autoOpenPdf: z.boolean().default(false),
  showSeverities: Severities,
});

const PositiveInt = z.number().int().positive();

export const Settings = z.object({
  version: z.literal(2).default(2),
  language: z.enum(['zh', 'en']).default('zh'),
  /** Open disclosure PDFs in our viewer automatically (off: only from the link control or the toolbar button). */
  autoOpenPdf: z.boolean().default(false),
  /** Which finding severities the overlay shows. */
  showSeverities: Severities,
  /**
   * The severities there were when the reader chose: one added since (unverified) is shown until they choose again,
   * not hidden by a choice made before it existed.
   */
  knownSeverities: z.array(Severity).optional(),
  /** The reader's census division (6-digit code) for per-resident figures, instead of the one read from the name. */
  regionCode: z
    .string()
    .regex(/^\d{6}$/u)
    .nullable()
    .default(null),
  /** A resident population to divide by instead of the 2020 census figure. */
  population: PositiveInt.nullable().default(null),
  /** A staff count to divide by instead of the one the disclosure states. */
  staff: PositiveInt.nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;

export { SETTINGS_KEY, SETTINGS_KEY_V1, SETTINGS_KEYS } from './keys';

export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function defaultSettings(): Settings {
  return Settings.parse({});
}

/** v1 → v2: every v1 value kept, the new overrides empty. A malformed v1 falls back to defaults. */
export function migrateV1(raw: unknown): Settings {
  const v1 = SettingsV1.safeParse(raw ?? {});
  if (!v1.success) return defaultSettings();
  const { version: _v, ...rest } = v1.data;
  return withNewSeverities(Settings.parse(rest));
}

/**
 * The settings in what a storage read of SETTINGS_KEYS returned; anything missing or malformed falls back to defaults
 * rather than breaking the extension.
 */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  const raw = stored[SETTINGS_KEY];
  if (raw === undefined) {
    const old = stored[SETTINGS_KEY_V1];
    return old === undefined ? defaultSettings() : migrateV1(old);
  }
  const parsed = Settings.safeParse(raw);
  return parsed.success ? withNewSeverities(parsed.data) : defaultSettings();
}

function withNewSeverities(s: Settings): Settings {
  const known = new Set(s.knownSeverities ?? FIRST_SEVERITIES);
  const added = SEVERITIES.filter((x) => !known.has(x) && !s.showSeverities.includes(x));
  return added.length ? { ...s, showSeverities: [...s.showSeverities, ...added] } : s;
}

/** Reads settings (both versions in one read: every analysed page waits for this round trip). */
export async function loadSettings(store: KeyValueStore): Promise<Settings> {
  return settingsFrom(await store.get(SETTINGS_KEYS));
}

export async function saveSettings(store: KeyValueStore, patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({
    ...(await loadSettings(store)),
    ...patch,
    knownSeverities: [...SEVERITIES],
    version: 2,
  });
  await store.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The overrides analyzeExtracted takes (`AnalyzeOptions.region` / `.staff`), from the reader's settings. */
export function analyzeOverrides(s: Settings): { region?: { code?: string; population?: number }; staff?: number } {
  const region = {
    ...(s.regionCode ? { code: s.regionCode } : {}),
    ...(s.population !== null ? { population: s.population } : {}),
  };
  return {
    ...(Object.keys(region).length > 0 ? { region } : {}),
    ...(s.staff !== null ? { staff: s.staff } : {}),
  };
}

/**
 * What the reader typed in the region field, resolved: a 6-digit division code directly, otherwise a name read the
 * way organisation names are (`泽州县`, `上海市普陀区`); an ambiguous name comes back with its candidates to choose.
 */
export function regionChoice(text: string): RegionResolution {
  const t = text.trim();
  if (/^\d{6}$/u.test(t)) {
    if (divisionByCode(t)) return resolveRegion('', { override: { code: t } });
    return { status: 'unknown', region: null, by: null, candidates: [], evidence: [`no division has code ${t}`] };
  }
  return resolveRegion(t);
}
