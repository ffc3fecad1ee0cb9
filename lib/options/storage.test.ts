import { describe, expect, it } from 'vitest';
import { type KeyValueStore, loadSettings, SETTINGS_KEY, saveSettings } from './storage';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore {
  const data = { ...initial };
  return {
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('settings storage', () => {
  it('defaults to Chinese, no auto-open, all severities', async () => {
    const s = await loadSettings(memoryStore());
    expect(s).toEqual({
      version: 1,
      language: 'zh',
      autoOpenPdf: false,
      showSeverities: ['error', 'warning', 'rounding', 'info'],
    });
  });

  it('saves a patch and reads it back', async () => {
    const store = memoryStore();
    await saveSettings(store, { language: 'en' });
    expect((await loadSettings(store)).language).toBe('en');
  });

  it('falls back to defaults on malformed stored data', async () => {
    const s = await loadSettings(memoryStore({ [SETTINGS_KEY]: { language: 'fr' } }));
    expect(s.language).toBe('zh');
  });
});
