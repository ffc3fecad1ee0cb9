/**
 * `npm run demo`: builds the extension (loopback-enabled variant), generates the project's own sample disclosure
 * (HTML page + PDF printed from it), serves it on 127.0.0.1 and opens Debian's Chromium with the extension loaded on it.
 * With no display (no $DISPLAY / $WAYLAND_DISPLAY, or --headless) it runs headless instead and writes screenshots,
 * saying where.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../tests/support/extension';
import { serveStatic } from '../tests/support/serve';
import { PROJECT_ROOT } from '../tests/support/shared';
import { generateSample } from './generate-sample';

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log('demo: building the extension …');
execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/wxt'), ['build'], {
  cwd: PROJECT_ROOT,
  env: { ...process.env, BUDGETLENS_LOCAL: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
console.log('demo: generating the sample disclosure …');
const { dir } = await generateSample({ variant: 'sample', pdf: true });
const server = await serveStatic({ '/sample/': dir });
const pageUrl = `${server.origin}/sample/page.html`;
const ext = await launchWithExtension({ headless });
const page = await ext.context.newPage();
await page.goto(pageUrl);
console.log(`demo: sample disclosure at ${pageUrl}`);

if (headless) {
  const out = join(PROJECT_ROOT, 'artifacts/demo');
  mkdirSync(out, { recursive: true });
  await page.getByTestId('budget-lens-mark').waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.documentElement.dataset.budgetLensComplete, null, { timeout: 30_000 });
  await page.screenshot({ path: join(out, 'page.png') });
  const viewer = await ext.context.newPage();
  const pdfUrl = `${server.origin}/sample/doc.pdf`;
  await viewer.goto(`chrome-extension://${ext.extensionId}/viewer.html?file=${encodeURIComponent(pdfUrl)}`);
  await viewer.waitForSelector('body[data-page1-rendered="true"]', { state: 'attached', timeout: 30_000 });
  // The annotated document, not the analysis in progress.
  await viewer.waitForSelector('body[data-overlay-ready]', { state: 'attached', timeout: 60_000 });
  await viewer.screenshot({ path: join(out, 'viewer.png') });
  console.log(`demo: no display, ran headless. Screenshots:\n  ${join(out, 'page.png')}\n  ${join(out, 'viewer.png')}`);
  await ext.close();
  await server.close();
} else {
  console.log('demo: browser open with BudgetLens loaded. Close the browser window or press Ctrl-C to stop.');
  const stop = async () => {
    await ext.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  ext.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}
