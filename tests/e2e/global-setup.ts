/**
 * E2E global setup: builds the loopback-enabled extension and generates the project's own sample disclosure
 * (HTML + a PDF printed from it by Chromium). Set BUDGETLENS_SKIP_BUILD=1 to reuse an existing build while iterating.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/shared';

export default async function setup() {
  if (process.env.BUDGETLENS_SKIP_BUILD !== '1') {
    const started = Date.now();
    execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/wxt'), ['build'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BUDGETLENS_LOCAL: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    console.log(`e2e: extension built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const started = Date.now();
  const { generateSample } = await import('../../scripts/generate-sample');
  await generateSample({ out: join(PROJECT_ROOT, 'tests/fixtures/generated'), variant: 'sample', pdf: true });
  console.log(`e2e: sample disclosure generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
