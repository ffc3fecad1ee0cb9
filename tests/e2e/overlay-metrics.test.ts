/**
 * Per-capita figures and year-on-year values in a real browser: on the zezhou-energy-2025 fixture page the summary
 * panel shows the per-resident total (49.68 元/人, 泽州县's census population), the staff count, the prior-year values
 * the narrative implies and a link to this organisation's history; a per-capita chip sits beside the 支出总计 cell and
 * opens a card naming numerator, denominator and source. Also holds the declared content script to a size bound: it is
 * loaded on every *.gov.cn page, the pipeline must stay in the runtime-injected overlay script. Skips without ../shared.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_EXTENSION_DIR, type LoadedExtension, launchWithExtension } from '../support/extension';
import { type StaticServer, serveStatic } from '../support/serve';
import { HAS_SHARED, PROJECT_ROOT, sharedPath } from '../support/shared';

/** The extension API as seen inside an extension page evaluated by Playwright. */
declare const chrome: typeof browser;

const SHOTS = join(PROJECT_ROOT, 'artifacts/e2e');
/** The declared content script's budget: detection, link controls and preact (about 20 KB today; the pipeline is ~450 KB). */
const DECLARED_MAX_BYTES = 64 * 1024;

describe('the built extension', () => {
  it("takes over none of the browser's own pages (its history page is its own, not Chrome's Ctrl+H)", () => {
    const manifest = JSON.parse(readFileSync(join(LOCAL_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.chrome_url_overrides).toBeUndefined();
    expect(manifest.chrome_settings_overrides).toBeUndefined();
  });

  it('the declared content script is small; the pipeline is in the background, not in the page', () => {
    const manifest = JSON.parse(readFileSync(join(LOCAL_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[]; run_at: string }[];
    };
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ js: ['detect.js'], run_at: 'document_start' }),
    ]);
    const declared = statSync(join(LOCAL_EXTENSION_DIR, 'detect.js')).size;
    const overlay = statSync(join(LOCAL_EXTENSION_DIR, 'content-scripts/overlay.js')).size;
    const background = statSync(join(LOCAL_EXTENSION_DIR, 'background.js')).size;
    console.log(
      `e2e: declared content script ${declared} bytes, runtime overlay script ${overlay} bytes, background ${background} bytes`,
    );
    expect(declared).toBeLessThan(DECLARED_MAX_BYTES);
    expect(overlay).toBeGreaterThan(declared * 2);
    expect(background).toBeGreaterThan(overlay * 2);
  });
});

describe.skipIf(!HAS_SHARED)('per-capita and prior-year figures in the overlay', () => {
  let ext: LoadedExtension;
  let server: StaticServer;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveStatic(
      { '/fixtures/': sharedPath('fixtures') },
      {
        '/plain.html':
          '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知</title></head><body><p>通知</p></body></html>',
      },
    );
    ext = await launchWithExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('zezhou-energy-2025: panel per-capita section, chip beside 支出总计, card with numerator and denominator', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/fixtures/zezhou-energy-2025/page.html`);
    await page.waitForFunction(() => document.documentElement.dataset.budgetLensReady !== undefined, null, {
      timeout: 30_000,
    });

    await page.getByTestId('budget-lens-panel-toggle').click();
    const section = page.getByTestId('budget-lens-percapita');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('49.68 元/人');
    expect(text).toContain('泽州县');
    expect(text).toContain('414,999');
    // Prior-year values beside this year's: the 三公 budget rose by 2.00 from an implied 4.00.
    const priors = await page.getByTestId('budget-lens-prior').allTextContents();
    expect(priors.length).toBeGreaterThan(0);
    expect(priors.some((p) => p.includes('6.00 万元') && p.includes('4.00 万元'))).toBe(true);
    await page.getByTestId('budget-lens-priors').locator('summary').click();
    const compare = page.getByTestId('budget-lens-compare-years');
    expect(await compare.getAttribute('href')).toMatch(/^chrome-extension:\/\/[a-p]+\/reader-history\.html\?org=/);
    await page.screenshot({ path: join(SHOTS, 'overlay-metrics-panel.png') });

    // The chip of the per-resident total sits beside (touching) the 支出总计 cell its anchor names.
    const facts = await page.evaluate(() => {
      const host = document.querySelector('budget-lens-overlay');
      const chip = host?.shadowRoot?.querySelector<HTMLElement>('.bl-metric[data-metric="per-resident.total"]');
      if (!chip) return null;
      const [, t, r, c] = (chip.dataset.anchor ?? '').split(':');
      const table = document.getElementsByTagName('table')[Number(t)];
      const row = table
        ? [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table)[Number(r)]
        : null;
      const cell = row ? [...row.children].filter((x) => /^t[dh]$/i.test(x.tagName))[Number(c)] : null;
      const rowText = (row?.textContent ?? '').replace(/\s+/g, '');
      const cr = cell?.getBoundingClientRect();
      const br = chip.getBoundingClientRect();
      return {
        chipText: chip.textContent ?? '',
        rowText,
        cellText: (cell?.textContent ?? '').replace(/\s+/g, ''),
        chip: { left: br.left, top: br.top, right: br.right, bottom: br.bottom },
        cell: cr ? { left: cr.left, top: cr.top, right: cr.right, bottom: cr.bottom } : null,
      };
    });
    expect(facts).not.toBeNull();
    expect(facts?.chipText).toBe('人均 支出总计 49.68 元/人');
    expect(facts?.rowText).toContain('支出总计');
    expect(facts?.cellText.replace(/,/g, '')).toBe('2061.71');
    const { chip, cell } = facts ?? { chip: null, cell: null };
    expect(cell).not.toBeNull();
    if (chip && cell) {
      const slack = 4;
      expect(chip.left).toBeLessThanOrEqual(cell.right + slack);
      expect(chip.right).toBeGreaterThanOrEqual(cell.left - slack);
      expect(chip.top).toBeLessThanOrEqual(cell.bottom + slack);
      expect(chip.bottom).toBeGreaterThanOrEqual(cell.top - slack);
    }

    // A function-class row gets its chip too, and a per-staff figure its 万元/人 chip.
    const ids = await page.evaluate(() =>
      [
        ...(document
          .querySelector('budget-lens-overlay')
          ?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="budget-lens-metric-chip"]') ?? []),
      ].map((c) => `${c.dataset.metric} ${c.textContent}`),
    );
    expect(ids.some((s) => s.startsWith('per-resident.class.'))).toBe(true);
    expect(ids.some((s) => /^per-staff\.personnel .*万元\/人$/u.test(s))).toBe(true);

    const totalChip = page.locator('budget-lens-overlay .bl-metric[data-metric="per-resident.total"]');
    await totalChip.scrollIntoViewIfNeeded();
    await totalChip.click();
    const card = page.getByTestId('budget-lens-metric-card');
    await card.waitFor();
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('2,061.71 万元');
    expect(cardText).toContain('414,999 人');
    expect(cardText).toContain('第七次全国人口普查');
    await page.screenshot({ path: join(SHOTS, 'overlay-metrics-card.png') });
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);

    // The content script stored the analysed document in the reader's history (through the background).
    const history = await ext.context.newPage();
    await history.goto(`chrome-extension://${ext.extensionId}/reader-history.html`);
    const entries = await history.evaluate(async () => {
      const reply = (await chrome.runtime.sendMessage({ type: 'history-list', organisation: '泽州县能源局' })) as {
        entries?: { year: number; kind: string; source?: string | null }[];
      };
      return reply.entries ?? [];
    });
    await history.close();
    expect(entries.some((e) => e.year === 2025 && e.kind === 'budget')).toBe(true);
    expect(entries.some((e) => String(e.source ?? '').endsWith('/fixtures/zezhou-energy-2025/page.html'))).toBe(true);

    // A function-class row's chip, seen where it sits.
    const classChip = page.locator('budget-lens-overlay .bl-metric[data-metric^="per-resident.class."]').first();
    await classChip.scrollIntoViewIfNeeded();
    await page.getByTestId('budget-lens-panel-toggle').click();
    await page.screenshot({ path: join(SHOTS, 'overlay-metrics-class-chips.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the overlay script, injected as the popup does, answers what it did', async () => {
    const plain = await ext.context.newPage();
    await plain.goto(`${server.origin}/plain.html`);
    const fixture = await ext.context.newPage();
    await fixture.goto(`${server.origin}/fixtures/zezhou-energy-2025/page.html`);
    await fixture.waitForFunction(() => document.documentElement.dataset.budgetLensReady !== undefined, null, {
      timeout: 30_000,
    });
    const firstReady = await fixture.evaluate(() => document.documentElement.dataset.budgetLensReady);
    const extPage = await ext.context.newPage();
    await extPage.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const outcomes = await extPage.evaluate(async (origin) => {
      const inject = async (url: string) => {
        // The newest tab on that address (an earlier test may have left one open).
        const tab = (await chrome.tabs.query({ url })).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
        if (tab?.id === undefined) return 'no tab';
        const [r] = await chrome.scripting.executeScript({
          target: { tabId: tab.id },
          files: ['/content-scripts/overlay.js'],
        });
        return r?.result;
      };
      return {
        plain: await inject(`${origin}/plain.html`),
        fixture: await inject(`${origin}/fixtures/zezhou-energy-2025/page.html`),
      };
    }, server.origin);
    console.log(`e2e: overlay injection outcomes ${JSON.stringify(outcomes)}`);
    expect(outcomes.plain).toBe('not-disclosure');
    // Injected again on a page the background already served: one overlay, not two.
    expect(['already-running', 'analysing']).toContain(outcomes.fixture);
    // The new instance reads and has the page analysed on its own (nothing was left for it by the declared script).
    if (outcomes.fixture === 'analysing')
      await fixture.waitForFunction((was) => document.documentElement.dataset.budgetLensReady !== was, firstReady, {
        timeout: 30_000,
      });
    await fixture.waitForTimeout(300);
    expect(await fixture.locator('budget-lens-overlay').count()).toBe(1);
    expect(await fixture.getByTestId('budget-lens-badge').count()).toBeGreaterThan(100);
    expect(await plain.locator('budget-lens-overlay').count()).toBe(0);
    for (const p of [plain, fixture, extPage]) await p.close();
  });

  it('viewer: the fixture PDF gets the same per-capita section and chips', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const url = `${server.origin}/fixtures/zezhou-energy-2025/doc.pdf`;
    await page.goto(`chrome-extension://${ext.extensionId}/viewer.html?file=${encodeURIComponent(url)}`);
    await page.waitForSelector('body[data-overlay-ready="true"]', { state: 'attached', timeout: 90_000 });
    await page.getByTestId('budget-lens-panel-toggle').click();
    const section = page.getByTestId('budget-lens-percapita');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    console.log(`e2e: viewer per-capita section: ${text.slice(0, 200)}`);
    expect(text).toContain('元/人');
    const chip = page.locator('budget-lens-page-layer .bl-metric').first();
    await chip.waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
    // Chips are drawn per rendered page: bring the first numerator's page into view.
    const total = page.locator('budget-lens-page-layer .bl-metric[data-metric="per-resident.total"]');
    if ((await total.count()) === 0) {
      const pages = Number(await page.getAttribute('body', 'data-pages'));
      for (let n = 1; n <= pages && (await total.count()) === 0; n++) {
        await page.evaluate((k) => document.querySelector(`.page[data-page-number="${k}"]`)?.scrollIntoView(), n);
        await page.waitForTimeout(200);
      }
    }
    expect(await total.count()).toBe(1);
    await total.scrollIntoViewIfNeeded();
    await total.click();
    await page.getByTestId('budget-lens-metric-card').waitFor();
    await page.screenshot({ path: join(SHOTS, 'overlay-metrics-viewer.png') });
    await page.close();
  });
});
