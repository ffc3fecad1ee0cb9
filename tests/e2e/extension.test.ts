/**
 * The foundation proved in a real browser: the built extension loads in Debian's Chromium, its background worker answers,
 * the content script marks a served disclosure (and stays silent on an ordinary page), and the viewer renders a served PDF
 * with pdf.js entirely from inside the extension (worker, cMaps, wasm) without CSP errors.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmapPdf } from '../support/cmap-pdf';
import { type LoadedExtension, launchWithExtension } from '../support/extension';
import { type StaticServer, serveStatic } from '../support/serve';
import { PROJECT_ROOT } from '../support/shared';

// Code passed to evaluate() runs in the extension, where Chrome exposes `chrome` (WXT's `browser` has the same shape).
declare const chrome: typeof browser;

const SAMPLE_DIR = join(PROJECT_ROOT, 'tests/fixtures/generated/sample');
const SHOTS = join(PROJECT_ROOT, 'artifacts/e2e');
const PLAIN_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>天气预报</title></head>
<body><h1>今日天气</h1><table><tr><td>晴</td><td>25℃</td></tr></table><p>一个普通页面。</p></body></html>`;

// An article page whose only content is a link to the PDF attachment, as many sites publish disclosures.
const LANDING_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例县文化和旅游局2025年部门预算</title></head>
<body><h1>示例县文化和旅游局2025年部门预算</h1><p>附件：<a href="/sample/doc.pdf">示例县文化和旅游局2025年部门预算公开.pdf</a></p>
<p><a href="/notice.pdf">会议通知.pdf</a></p></body></html>`;

// A single-page site: it starts as an ordinary news page, then (after its load event, without a navigation) swaps in
// a disclosure and retitles itself, as a client-side router does.
const SPA_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>新闻动态</title></head>
<body><h1>新闻动态</h1><p>今日要闻。</p><script>
addEventListener('load', () => setTimeout(async () => {
  const html = await (await fetch('/sample/page.html')).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  document.title = doc.title;
}, 200));
</script></body></html>`;

let ext: LoadedExtension;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(
    { '/sample/': SAMPLE_DIR },
    { '/plain.html': PLAIN_PAGE, '/landing.html': LANDING_PAGE, '/spa.html': SPA_PAGE },
    { '/cmap.pdf': cmapPdf('预算公开') },
  );
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('extension in Chromium', () => {
  it('background worker is alive and answers a ping', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toContain('*://*.gov.cn/*');
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    expect(reply).toEqual({ ok: true, version: manifest.version });
    await page.close();
  });

  it('content script marks a served disclosure page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/sample/page.html`);
    const mark = page.getByTestId('budget-lens-mark');
    await mark.waitFor({ timeout: 10_000 });
    expect(await mark.textContent()).toMatch(/预算透镜.*已识别预算公开.*\d+ 张表/);
    await page.screenshot({ path: join(SHOTS, 'content-mark.png') });
    // The table chips keep clear of the 部门名称 / 单位 lines printed just above each table.
    await page.waitForFunction(() => document.documentElement.dataset.budgetLensReady, null, { timeout: 20_000 });
    const clashes = await page.evaluate(() => {
      const chips = [
        ...(document
          .querySelector('budget-lens-overlay')
          ?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="budget-lens-chip"]') ?? []),
      ].map((c) => c.getBoundingClientRect());
      const lines = [...document.querySelectorAll('p.table-meta')].flatMap((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        return [...range.getClientRects()];
      });
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      return {
        chips: chips.length,
        lines: lines.length,
        clashes: chips.filter((c) => lines.some((l) => hit(c, l))).length,
      };
    });
    expect(clashes.chips).toBeGreaterThan(5);
    expect(clashes.lines).toBeGreaterThan(5);
    expect(clashes.clashes).toBe(0);
    await page.close();
  });

  it('puts an "open in BudgetLens" control after a disclosure PDF link, which opens the viewer', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/landing.html`);
    const open = page.getByTestId('budget-lens-open');
    await open.waitFor({ timeout: 10_000 });
    expect(await open.count()).toBe(1); // the unrelated notice PDF gets none
    const [viewer] = await Promise.all([ext.context.waitForEvent('page'), open.click()]);
    await viewer.waitForSelector('body[data-page1-rendered="true"]', { state: 'attached', timeout: 30_000 });
    expect(viewer.url()).toContain(encodeURIComponent(`${server.origin}/sample/doc.pdf`));
    await viewer.close();
    await page.close();
  });

  it('with auto-open on (options), a plain click on a disclosure PDF link opens it in the viewer', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.evaluate(() =>
      chrome.storage.local.set({ 'settings@2': { version: 2, language: 'zh', autoOpenPdf: true } }),
    );
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/landing.html`);
    await page.getByTestId('budget-lens-open').waitFor({ timeout: 10_000 });
    const [viewer] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.getByRole('link', { name: /部门预算公开\.pdf/ }).click(),
    ]);
    await viewer.waitForSelector('body[data-page1-rendered="true"]', { state: 'attached', timeout: 30_000 });
    expect(viewer.url()).toContain('viewer.html');
    expect(page.url()).toBe(`${server.origin}/landing.html`); // the article stays where it was
    await options.evaluate(() => chrome.storage.local.remove('settings@2'));
    await Promise.all([viewer.close(), page.close(), options.close()]);
  });

  it('with auto-open on, a PDF address typed or followed from anywhere opens in the viewer, which links back', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.evaluate(() =>
      chrome.storage.local.set({ 'settings@2': { version: 2, language: 'zh', autoOpenPdf: true } }),
    );
    const page = await ext.context.newPage();
    // Headless Chromium downloads a PDF it navigates to; the tab reports the address first, and that is enough.
    await page.goto(`${server.origin}/sample/doc.pdf`).catch(() => undefined);
    await page.waitForURL(/viewer\.html\?file=/, { timeout: 15_000 });
    await page.waitForSelector('body[data-page1-rendered="true"]', { state: 'attached', timeout: 30_000 });
    expect(page.url()).toContain(encodeURIComponent(`${server.origin}/sample/doc.pdf`));
    const original = await page.getByTestId('budget-lens-original').getAttribute('href');
    expect(original).toBe(`${server.origin}/sample/doc.pdf#budget-lens=original`);
    await options.evaluate(() => chrome.storage.local.remove('settings@2'));
    await Promise.all([page.close(), options.close()]);
  });

  it('notices a single-page site that turns into a disclosure (new content, new title) and annotates it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/spa.html`);
    await page.waitForFunction(() => document.title.includes('预算'), null, { timeout: 10_000 });
    await page.waitForFunction(() => document.documentElement.dataset.budgetLensComplete, null, { timeout: 20_000 });
    expect(await page.getByTestId('budget-lens-chip').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('stays silent and cheap on an ordinary page', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/plain.html`);
    // The content script has run once its detection measure exists.
    await page.waitForFunction(() => performance.getEntriesByName('budget-lens:detect').length > 0, null, {
      timeout: 10_000,
    });
    const cost = await page.evaluate(() => performance.getEntriesByName('budget-lens:detect')[0]?.duration ?? -1);
    console.log(`e2e: content-script detection on an ordinary page took ${cost.toFixed(2)} ms`);
    expect(cost).toBeGreaterThanOrEqual(0);
    expect(await page.getByTestId('budget-lens-mark').count()).toBe(0);
    await page.close();
  });

  it('viewer decodes text that needs a predefined cMap (UniGB-UCS2-H) with the cMaps inside the extension', async () => {
    const page = await ext.context.newPage();
    const pdfUrl = `${server.origin}/cmap.pdf`;
    await page.goto(`chrome-extension://${ext.extensionId}/viewer.html?file=${encodeURIComponent(pdfUrl)}`);
    await page.waitForSelector('.page[data-page-number="1"] .textLayer span', { state: 'attached', timeout: 30_000 });
    expect(await page.locator('.page[data-page-number="1"] .textLayer').textContent()).toContain('预算公开');
    await page.close();
  });

  it('viewer renders page 1 of a served PDF with pdf.js from inside the extension, without CSP errors', async () => {
    const page = await ext.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    const pdfUrl = `${server.origin}/sample/doc.pdf`;
    await page.goto(`chrome-extension://${ext.extensionId}/viewer.html?file=${encodeURIComponent(pdfUrl)}`);
    await page.waitForSelector('body[data-page1-rendered="true"]', { state: 'attached', timeout: 30_000 });
    expect(Number(await page.getAttribute('body', 'data-pages'))).toBeGreaterThan(1);

    // The text layer holds Chinese text: cMaps were loaded (from the extension).
    await page.waitForSelector('.page[data-page-number="1"] .textLayer span', { state: 'attached', timeout: 15_000 });
    const text = await page.locator('.page[data-page-number="1"] .textLayer').textContent();
    expect(text).toMatch(/预算/);
    // The canvas is drawn (not blank).
    const inked = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.page[data-page-number="1"] canvas');
      if (!c) return 0;
      const ctx = c.getContext('2d');
      const data = ctx?.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; data && i < data.length; i += 4 * 16) if ((data[i] ?? 255) < 128) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(100);

    const external = requests.filter(
      (u) =>
        !u.startsWith(`chrome-extension://${ext.extensionId}/`) &&
        !u.startsWith(server.origin) &&
        !u.startsWith('blob:') &&
        !u.startsWith('data:'),
    );
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'viewer-page1.png') });
    await page.close();
  });
});
