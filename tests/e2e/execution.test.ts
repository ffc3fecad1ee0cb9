/**
 * Budget against outturn in a real browser: the generated 部门预算 and then the 部门决算 of the same department and
 * year, each opened in the viewer (which analyses it and stores it in the reader's history), then the history page
 * for the department shows, per 科目 code, 预算, 决算 and 执行率 — exactly as compareExecution gives them for the same
 * two documents analysed in Node by the same pipeline.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareExecution } from '../../lib/history/execution';
import { historyPath } from '../../lib/messages/paths';
import { reportSnapshot } from '../../lib/pipeline/history';
import { analyzeSource } from '../../lib/pipeline/node';
import { generateSample } from '../../scripts/generate-sample';
import { type LoadedExtension, launchWithExtension } from '../support/extension';
import { type StaticServer, serveStatic } from '../support/serve';
import { PROJECT_ROOT } from '../support/shared';

declare const chrome: typeof browser;

const SHOTS = join(PROJECT_ROOT, 'artifacts/e2e');
const OUT = join(PROJECT_ROOT, 'tests/fixtures/generated');

describe('预算 then 决算 in the viewer: the history page shows 执行率 per code', () => {
  let ext: LoadedExtension;
  let server: StaticServer;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // The budget PDF comes from the e2e global setup; the 决算 of the same department and year is made here.
    await generateSample({ out: OUT, variant: 'sample', pdf: true, kind: 'final' });
    server = await serveStatic({ '/gen/': OUT });
    ext = await launchWithExtension();
  }, 180_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('stores both through the viewer and lists budget, outturn and rate for every code', async () => {
    const base = `chrome-extension://${ext.extensionId}`;
    const files = ['sample/doc.pdf', 'sample-final/doc.pdf'];
    for (const [i, f] of files.entries()) {
      const page = await ext.context.newPage();
      await page.goto(`${base}/viewer.html?file=${encodeURIComponent(`${server.origin}/gen/${f}`)}`);
      await page.waitForSelector('body[data-overlay-ready="true"]', { state: 'attached', timeout: 90_000 });
      await expect
        .poll(async () => {
          const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'history-list' }));
          return (reply as { entries?: unknown[] }).entries?.length ?? 0;
        })
        .toBe(i + 1);
      if (f.includes('final')) {
        // The 决算's own panel: its 执行率 against the budget the reader opened before.
        await page.getByTestId('budget-lens-panel-toggle').click();
        const section = page.getByTestId('budget-lens-execution');
        await section.waitFor({ timeout: 15_000 });
        expect(await section.textContent()).toMatch(/预算执行.*合计\s*\d+\.\d{2}%/u);
        await section.screenshot({ path: join(SHOTS, 'viewer-execution.png') });
      }
      await page.close();
    }

    const [budget, final] = await Promise.all(
      files.map(async (f) => {
        const s = reportSnapshot(await analyzeSource(join(OUT, f)));
        if (!s.ok) throw new Error(`${f}: ${s.reason}`);
        return s.snapshot;
      }),
    );
    const expected = compareExecution(final!, budget!);
    expect(expected.tables.length).toBeGreaterThan(1);

    const page = await ext.context.newPage();
    await page.goto(`${base}${historyPath(final!.organisation)}`);
    await page.waitForSelector('[data-testid="execution"]', { timeout: 30_000 });
    for (const et of expected.tables) {
      const section = page.locator(`section.exec-table[data-kind="${et.kind}"]`);
      const shown = await section
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-key'), tr.querySelector('[data-testid="exec-rate"]')?.textContent]),
        );
      expect(shown.map((r) => r[0])).toEqual(et.rows.map((r) => r.key));
      for (const [i, r] of et.rows.entries())
        expect(shown[i]?.[1], `${et.kind} ${r.key}`).toBe(r.rate === null ? '—' : `${r.rate}%`);
      // every code both documents print has a rate
      expect(et.rows.filter((r) => r.code && r.budget !== null && r.rate === null && r.budget !== '0')).toEqual([]);
    }
    await page.screenshot({ path: join(SHOTS, 'history-execution.png'), fullPage: true });
    await page.close();
  }, 240_000);
});
