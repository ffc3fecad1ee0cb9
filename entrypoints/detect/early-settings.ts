/**
 * The declared script starts reading the reader's settings as soon as it finds a disclosure, while the background is
 * still injecting the overlay; the overlay, in the same isolated world, takes that read instead of starting its own
 * round trip. The values are raw: the overlay validates them (settingsFrom in lib/options/storage.ts).
 */

const SLOT = '__budgetLensSettingsRead';

type Stored = Record<string, unknown>;
type World = { [SLOT]?: Promise<Stored> };

/** Leaves a settings read under way for the overlay to take. */
export function startSettingsRead(pending: Promise<Stored>): void {
  // A failed read is the overlay's to handle (it falls back to the defaults); never an unhandled rejection here.
  pending.catch(() => undefined);
  (globalThis as World)[SLOT] = pending;
}

/** The read the declared script started (taken once), or null. */
export function takeSettingsRead(): Promise<Stored> | null {
  const world = globalThis as World;
  const pending = world[SLOT] ?? null;
  delete world[SLOT];
  return pending;
}
