/**
 * The reader's history in a real browser: two years of 万里街道's budget (analysed in Node by the same pipeline the
 * CLI uses, then saved through the background's `history-save` message from an extension page, as the content script
 * and the viewer will), the history page for the organisation showing every shared row's change and the function-class
 * chart, and the options page's region look-up and history section.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareYears, functionClassSeries } from '../../lib/history/compare-years';
import type { Snapshot } from '../../lib/history/snapshot';
import { historyPath } from '../../lib/messages/paths';
import { type PerCapita, perCapitaOf, reportSnapshot } from '../../lib/pipeline/history';
import { analyzeSource } from '../../lib/pipeline/node';
import { type LoadedExtension, launchWithExtension } from '../support/extension';
import { serveStatic } from '../support/serve';
import { PROJECT_ROOT, sharedPath } from '../support/shared';

declare const chrome: typeof browser;

const SHOTS = join(PROJECT_ROOT, 'artifacts/e2e');
const PDFS = ['2024', '2025'].map((y) => sharedPath('real', `SH_putuo_${y}_dept-budget_wanlijiedao.pdf`));
const HAVE_PDFS = PDFS.every((p) => existsSync(p));
if (!HAVE_PDFS) console.warn('history e2e: the 万里街道 PDFs are not in ../shared/real, skipped');

describe.skipIf(!HAVE_PDFS)('history page in Chromium', () => {
  let ext: LoadedExtension;
  const saved: { snapshot: Snapshot; perCapita: PerCapita[] }[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const pdf of PDFS) {
      const report = await analyzeSource(pdf);
      const snap = reportSnapshot(report, { savedAt: '2026-11-21T10:00:00Z' });
      if (!snap.ok) throw new Error(`${pdf}: ${snap.reason}`);
      saved.push({ snapshot: snap.snapshot, perCapita: perCapitaOf(report) });
    }
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('stores both years through the background and shows every shared row’s change and the class chart', async () => {
    const page = await ext.context.newPage();
    const base = `chrome-extension://${ext.extensionId}`;
    await page.goto(`${base}${historyPath()}`);
    await page.waitForSelector('body[data-history-ready="true"]', { state: 'attached' });
    for (const s of saved) {
      const reply = await page.evaluate((msg) => chrome.runtime.sendMessage(msg), {
        type: 'history-save',
        snapshot: s.snapshot,
        perCapita: s.perCapita,
      });
      expect(reply).toEqual({ ok: true, key: s.snapshot.key });
    }

    await page.reload();
    await page.waitForSelector('body[data-history-ready="true"]', { state: 'attached' });
    const docs = page.getByTestId('documents');
    expect(await docs.locator('tbody tr').count()).toBe(2);

    const [y2024, y2025] = saved.map((s) => s.snapshot) as [Snapshot, Snapshot];
    const org = y2025.organisation;
    await docs.getByRole('link', { name: org }).first().click();
    await page.waitForURL(/history\.html\?org=/);
    await page.waitForSelector('[data-testid="class-chart"]');

    // every row present in both years (with a number in either) shows its change, as compareYears computed it
    const expected = compareYears(y2025, y2024);
    for (const tc of expected.tables) {
      const section = page.locator(`section.yoy-table[data-kind="${tc.kind}"]`).first();
      const rows = section.locator('tbody tr');
      expect(await rows.count()).toBe(tc.rows.length);
      const deltas = await section.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          status: tr.getAttribute('data-status'),
          delta: tr.querySelector('[data-testid="row-delta"]')?.textContent ?? '',
        })),
      );
      tc.rows.forEach((r, i) => {
        expect(deltas[i]?.status).toBe(r.status);
        if (r.status === 'both' && (r.current !== null || r.previous !== null))
          expect(deltas[i]?.delta, `${tc.kind} ${r.code ?? ''} ${r.name}`).not.toBe('');
      });
    }

    // the chart: one series per function class
    const series = functionClassSeries([y2024, y2025]);
    expect(series.classes.length).toBeGreaterThan(2);
    const chart = page.getByTestId('class-chart');
    expect(await chart.locator('[data-testid="class-series"]').count()).toBe(series.classes.length);
    expect(await chart.locator('polyline').count()).toBe(series.classes.filter((c) => !c.values.includes(null)).length);

    if (saved.some((s) => s.perCapita.length > 0)) await page.getByTestId('per-capita').waitFor();

    // keyboard: the back link and the toolbar are reachable with Tab
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(['BUTTON', 'A', 'INPUT', 'LABEL']).toContain(focused);

    await page.screenshot({ path: join(SHOTS, 'history.png'), fullPage: true });
    expect(await page.locator('section.yoy-table .side').count()).toBeGreaterThan(0); // two-sided tables say which side
    await page.screenshot({ path: join(SHOTS, 'history-top.png') });
    await chart.screenshot({ path: join(SHOTS, 'history-chart.png') });
    await page
      .locator('section.yoy-table')
      .nth(2)
      .screenshot({ path: join(SHOTS, 'history-table.png') });
    await page.close();
  });

  it('options page: resolves a region typed by name and links to the history', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('#region').fill('泽州县');
    await page.locator('#region').press('Enter');
    await expect.poll(() => page.getByTestId('region-status').textContent()).toMatch(/泽州县.*140525.*414,999/);
    const stored = await page.evaluate(() => chrome.storage.local.get('settings@2'));
    expect(stored['settings@2']).toMatchObject({ version: 2, regionCode: '140525' });
    await page.locator('#region').fill('普陀区');
    await page.getByRole('button', { name: '识别' }).click();
    expect(await page.getByTestId('region-status').getByRole('button').count()).toBe(2);
    expect(await page.getByTestId('history-link').getAttribute('href')).toBe('/reader-history.html');
    await expect.poll(() => page.locator('fieldset.history').textContent()).toMatch(/共 2 份/);
    await page.screenshot({ path: join(SHOTS, 'options-history.png'), fullPage: true });

    // English per settings: the history page follows the language chosen here
    await page.getByLabel('English').check();
    await page.goto(`chrome-extension://${ext.extensionId}/reader-history.html`);
    await page.waitForSelector('body[data-history-ready="true"]', { state: 'attached' });
    expect(await page.locator('h1').textContent()).toBe('My budget history');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });
});

describe.skipIf(!HAVE_PDFS)('history filled by the viewer', () => {
  it('opening 万里街道 2024 and then 2025 in the viewer stores both and the history page compares them', async () => {
    const ext = await launchWithExtension();
    const server = await serveStatic({ '/real/': sharedPath('real') });
    try {
      const base = `chrome-extension://${ext.extensionId}`;
      for (const year of ['2024', '2025']) {
        const page = await ext.context.newPage();
        const url = `${server.origin}/real/SH_putuo_${year}_dept-budget_wanlijiedao.pdf`;
        await page.goto(`${base}/viewer.html?file=${encodeURIComponent(url)}`);
        await page.waitForSelector('body[data-overlay-ready="true"]', { state: 'attached', timeout: 90_000 });
        await expect
          .poll(async () => {
            const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'history-list' }));
            return (reply as { entries?: { year: number }[] }).entries?.map((e) => e.year).sort() ?? [];
          })
          .toContain(Number(year));
        await page.close();
      }
      const page = await ext.context.newPage();
      await page.goto(`${base}${historyPath()}`);
      await page.waitForSelector('body[data-history-ready="true"]', { state: 'attached' });
      expect(await page.getByTestId('documents').locator('tbody tr').count()).toBe(2);
      await page.getByTestId('documents').getByRole('link').first().click();
      await page.waitForSelector('[data-testid="class-chart"]');
      // every table compared; rows present in both years carry their change
      const rows = page.locator('section.yoy-table tbody tr[data-status="both"]');
      expect(await rows.count()).toBeGreaterThan(100);
      const deltas = await rows.evaluateAll((trs) =>
        trs.map((tr) => tr.querySelector('[data-testid="row-delta"]')?.textContent ?? ''),
      );
      expect(deltas.filter((d) => d !== '').length).toBeGreaterThan(100);
      expect(await page.getByTestId('class-chart').locator('polyline').count()).toBeGreaterThan(2);
      await page.screenshot({ path: join(SHOTS, 'history-from-viewer.png') });
      await page.close();
    } finally {
      await ext.close();
      await server.close();
    }
  });
});
