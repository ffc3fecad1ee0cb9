/**
 * Where the reader's settings are stored, on its own (no zod): the declared content script reads the raw values with
 * these keys, and lib/options/storage.ts validates them.
 */

/** The current settings (v2). */
export const SETTINGS_KEY = 'settings@2';
/** The first version's settings, migrated when no v2 exists. */
export const SETTINGS_KEY_V1 = 'settings@1';
/** Both, newest first: one storage read fetches them together. */
export const SETTINGS_KEYS = [SETTINGS_KEY, SETTINGS_KEY_V1];
