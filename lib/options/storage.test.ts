import { describe, expect, it } from 'vitest';
import {
  analyzeOverrides,
  type KeyValueStore,
  loadSettings,
  regionChoice,
  SETTINGS_KEY,
  SETTINGS_KEY_V1,
  saveSettings,
} from './storage';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]])),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings storage', () => {
  it('defaults to Chinese, no auto-open, all severities, no overrides', async () => {
    const s = await loadSettings(memoryStore());
    expect(s).toEqual({
      version: 2,
      language: 'zh',
      autoOpenPdf: false,
      showSeverities: ['error', 'warning', 'unverified', 'rounding', 'info'],
      regionCode: null,
      population: null,
      staff: null,
    });
  });

  it('saves a patch and reads it back', async () => {
    const store = memoryStore();
    await saveSettings(store, { language: 'en', staff: 42 });
    const s = await loadSettings(store);
    expect(s.language).toBe('en');
    expect(s.staff).toBe(42);
  });

  it('falls back to defaults on malformed stored data', async () => {
    const s = await loadSettings(memoryStore({ [SETTINGS_KEY]: { language: 'fr' } }));
    expect(s.language).toBe('zh');
  });

  it('migrates v1 settings to v2 keeping every old value, and saves under the v2 key', async () => {
    const store = memoryStore({
      [SETTINGS_KEY_V1]: { version: 1, language: 'en', autoOpenPdf: true, showSeverities: ['error'] },
    });
    const s = await loadSettings(store);
    // unverified did not exist when v1 was saved: shown, not hidden by that older choice.
    expect(s).toMatchObject({ version: 2, language: 'en', autoOpenPdf: true, showSeverities: ['error', 'unverified'] });
    expect(s.regionCode).toBeNull();
    await saveSettings(store, { population: 1000 });
    expect(store.data[SETTINGS_KEY]).toMatchObject({ version: 2, language: 'en', autoOpenPdf: true, population: 1000 });
  });

  it('shows a severity added since the reader chose (unverified), until they choose again', async () => {
    const store = memoryStore({
      [SETTINGS_KEY]: { version: 2, language: 'zh', autoOpenPdf: false, showSeverities: ['error', 'warning'] },
    });
    expect((await loadSettings(store)).showSeverities).toEqual(['error', 'warning', 'unverified']);
    // Chosen now, with unverified on offer: the choice stands.
    await saveSettings(store, { showSeverities: ['error'] });
    expect((await loadSettings(store)).showSeverities).toEqual(['error']);
  });

  it('rejects a non-positive population or staff count', async () => {
    await expect(saveSettings(memoryStore(), { staff: 0 })).rejects.toThrow();
    await expect(saveSettings(memoryStore(), { population: -5 })).rejects.toThrow();
  });
});

describe('analyzeOverrides', () => {
  it('passes only what the reader set', async () => {
    const s = await loadSettings(memoryStore());
    expect(analyzeOverrides(s)).toEqual({});
    expect(analyzeOverrides({ ...s, regionCode: '140525', staff: 30 })).toEqual({
      region: { code: '140525' },
      staff: 30,
    });
    expect(analyzeOverrides({ ...s, population: 50000 })).toEqual({ region: { population: 50000 } });
  });
});

describe('regionChoice', () => {
  it('resolves a code, a unique name, and offers candidates for an ambiguous name', () => {
    expect(regionChoice('140525').region?.name).toBe('泽州县');
    const byName = regionChoice(' 泽州县 ');
    expect(byName.status).toBe('resolved');
    expect(byName.region?.code).toBe('140525');
    const amb = regionChoice('普陀区');
    expect(amb.status).toBe('ambiguous');
    expect(amb.candidates.map((c) => c.code)).toEqual(expect.arrayContaining(['310107', '330903']));
    expect(regionChoice('999999').status).toBe('unknown');
    expect(regionChoice('').status).toBe('unknown');
  });
});
