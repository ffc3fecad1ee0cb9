/**
 * Work the declared script starts for the overlay. When the declared script finds a disclosure it asks for the
 * overlay and, while the background injects it, starts what the overlay will need: the reader's settings, and the
 * page's analysis. The overlay runs later in the same isolated world and takes each (once) instead of starting its own.
 * The settings are raw (the overlay checks them: settingsFrom); the analysis was checked as it arrived (analysisFrom).
 */
import type { AnalysisReply } from '../../lib/messages/analysis-client';

interface Handover {
  settings: Promise<Record<string, unknown>>;
  analysis: Promise<AnalysisReply>;
}

const SLOT = '__budgetLensHandover';
type World = { [SLOT]?: Partial<Handover> };

/** Leaves work under way for the overlay to take. */
export function leave<K extends keyof Handover>(key: K, pending: Handover[K]): void {
  // A failure is the overlay's to handle (it shows it, or falls back to the defaults); never an unhandled rejection.
  pending.catch(() => undefined);
  const world = globalThis as World;
  world[SLOT] = { ...world[SLOT], [key]: pending };
}

/** What the declared script left (taken once), or null. */
export function take<K extends keyof Handover>(key: K): Handover[K] | null {
  const left = (globalThis as World)[SLOT];
  const pending = left?.[key] ?? null;
  if (left) delete left[key];
  return pending as Handover[K] | null;
}
