/**
 * Locates ../shared (the corpus CI clones beside the project). Tests over it skip with one line when it is missing,
 * so the core suite still runs on documents the project generates itself.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = resolve(here, '../..');
export const SHARED_DIR = process.env.BUDGETLENS_SHARED ?? resolve(PROJECT_ROOT, '../shared');
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'fixtures'));
export const SKIP_SHARED_REASON = `../shared not found at ${SHARED_DIR}: corpus tests skipped`;

/** The three seed fixtures (page.html, doc.pdf, tables.json each). */
export const FIXTURE_IDS = ['zezhou-energy-2025', 'jincheng-energy-2025', 'zezhou-industry-2024'] as const;

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

if (!HAS_SHARED) console.warn(SKIP_SHARED_REASON);
