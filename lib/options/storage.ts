/**
 * The reader's settings: the only module that owns storage keys. Versioned so later shapes can migrate.
 * The storage backend is injected (browser.storage.local in the extension, a Map in tests) to keep lib/ pure.
 */
import { z } from 'zod';

export const Settings = z.object({
  version: z.literal(1).default(1),
  language: z.enum(['zh', 'en']).default('zh'),
  /** Open disclosure PDFs in our viewer automatically (off: only from the link control or the toolbar button). */
  autoOpenPdf: z.boolean().default(false),
  /** Which finding severities the overlay shows. */
  showSeverities: z
    .array(z.enum(['error', 'warning', 'rounding', 'info']))
    .default(['error', 'warning', 'rounding', 'info']),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_KEY = 'settings@1';

export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function defaultSettings(): Settings {
  return Settings.parse({});
}

/** Reads settings; anything missing or malformed falls back to defaults rather than breaking the extension. */
export async function loadSettings(store: KeyValueStore): Promise<Settings> {
  const raw = (await store.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = Settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}

export async function saveSettings(store: KeyValueStore, patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await loadSettings(store)), ...patch });
  await store.set({ [SETTINGS_KEY]: next });
  return next;
}
