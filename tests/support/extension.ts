/**
 * Starts Debian's Chromium with the built extension loaded (headless), as the e2e tests and the demo do.
 * Never downloads a browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, extensionArgs } from './chromium';
import { PROJECT_ROOT } from './shared';

/** The loopback-enabled build (`BUDGETLENS_LOCAL=1 wxt build`). */
export const LOCAL_EXTENSION_DIR = join(PROJECT_ROOT, '.output', 'chrome-mv3-local');

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  opts: { headless?: boolean; extDir?: string } = {},
): Promise<LoadedExtension> {
  const extDir = opts.extDir ?? LOCAL_EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'budget-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    args: extensionArgs(extDir),
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
