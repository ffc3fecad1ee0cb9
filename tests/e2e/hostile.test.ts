/**
 * Hostile host pages (issue 15): the content script and its overlay keep working — and throw nothing into the page —
 * on a page that overrides built-ins (Array.prototype.map, JSON.parse, Element.prototype.attachShadow,
 * MutationObserver, fetch), on one with a strict CSP (`default-src 'none'`) that requires Trusted Types, and inside
 * frames: a frameset, and iframes of the same and of another origin, while hidden, tiny, about:blank and srcdoc frames
 * and the plain frames beside them pay nothing. The disclosure is the project's generated sample page; the pages are
 * served locally (127.0.0.1, and as localhost for the other origin).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf, text } from '../../lib/extract/pdf/test-pdf';
import { type LoadedExtension, launchWithExtension } from '../support/extension';
import { type StaticServer, serveStatic } from '../support/serve';
import { PROJECT_ROOT } from '../support/shared';

const SAMPLE = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/generated/sample/page.html'), 'utf8');
const SHOTS = join(PROJECT_ROOT, 'artifacts/e2e');

/** The page's own script breaks what it can before anything else runs. */
const OVERRIDES = `<script>
  Array.prototype.map = function () { throw new Error('page broke map'); };
  JSON.parse = function () { return null; };
  Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
  window.MutationObserver = function () { throw new Error('page broke MutationObserver'); };
  window.fetch = function () { return Promise.reject(new Error('page broke fetch')); };
  window.__pageOk = true;
</script>`;
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; require-trusted-types-for 'script'">`;
/**
 * Document text is data: in the first table, one 科目名称 carries markup and a right-to-left override, and its amount
 * is off by 10 so that an identity fails on it and its card names it; another name reads as a spreadsheet formula.
 */
const MARKUP_NAME = '<img src=x onerror="window.__pwned=1">一般行政管理事务\u202e';
const MARKUP = SAMPLE.replace(
  '<td>2070102</td><td>一般行政管理事务</td><td class="num">81.39</td><td class="num">81.39</td>',
  '<td>2070102</td><td>&lt;img src=x onerror="window.__pwned=1"&gt;一般行政管理事务&#x202E;</td><td class="num">91.39</td><td class="num">81.39</td>',
).replace(
  '<td>2070108</td><td>文化活动</td>',
  '<td>2070108</td><td>=HYPERLINK("http://evil.example/","文化活动")</td>',
);
const inHead = (html: string, extra: string) => html.replace(/<head([^>]*)>/u, `<head$1>${extra}`);

// Code passed to evaluate() on an extension page runs where Chrome exposes `chrome`.
declare const chrome: typeof browser;

/**
 * A portal page holding the sample in iframes: of its own origin, of another (the same server as localhost: the page
 * names it, being served before the port is known), hidden, 1×1, and two frames with no address of their own.
 */
const IFRAMES = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title>
<script>window.__pageOk = true;</script></head><body><h1>信息公开</h1>
<iframe name="same" src="/sample.html" width="1000" height="700"></iframe>
<iframe name="other" width="1000" height="700"></iframe>
<script>document.querySelector('iframe[name="other"]').src = location.origin.replace('127.0.0.1', 'localhost') + '/sample.html';</script>
<iframe name="hidden" src="/sample.html" style="display:none"></iframe>
<iframe name="tiny" src="/sample.html" width="1" height="1"></iframe>
<iframe name="srcdoc" srcdoc="<p>部门预算</p>"></iframe>
<iframe name="blank"></iframe>
</body></html>`;

/** The BudgetLens marks a frame's document holds (detection, the settings read, the overlay starting…). */
const marksOf = (frame: Frame) =>
  frame.evaluate(() =>
    performance
      .getEntries()
      .map((e) => e.name)
      .filter((n) => n.startsWith('budget-lens:')),
  );

describe('hostile host pages', () => {
  let ext: LoadedExtension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(
      {},
      {
        '/overrides.html': inHead(SAMPLE, OVERRIDES),
        '/csp.html': inHead(SAMPLE, CSP),
        '/sample.html': SAMPLE,
        '/frameset.html':
          '<!doctype html><html><head><title>部门预算公开</title></head><frameset cols="30%,70%"><frame src="/plain-frame.html"><frame src="/sample.html"></frameset></html>',
        '/plain-frame.html': '<!doctype html><html><body><p>目录</p></body></html>',
        '/iframes.html': IFRAMES,
        '/markup.html': MARKUP,
      },
      {
        '/bad/not-a-pdf.pdf': new TextEncoder().encode('<html>not a pdf</html>'),
        '/bad/empty.pdf': new Uint8Array(0),
        '/bad/encrypted.pdf': buildPdf([{ content: text(60, 800, 'secret') }], { encrypt: true }),
        '/bad/truncated.pdf': buildPdf([{ content: text(60, 800, 'half') }]).slice(0, 120),
      },
    );
    ext = await launchWithExtension();
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}${path}`);
    return { page, errors };
  }

  async function annotated(page: Page | Frame): Promise<number> {
    await page.getByTestId('budget-lens-mark').waitFor({ timeout: 15_000 });
    // Polled by hand: the hostile page broke MutationObserver, which Playwright's waiting uses in the page.
    await expect
      .poll(() => page.evaluate(() => Boolean(document.documentElement.dataset.budgetLensReady)), { timeout: 30_000 })
      .toBe(true);
    return page.evaluate(
      () =>
        document.querySelector('budget-lens-overlay')?.shadowRoot?.querySelectorAll('[data-testid="budget-lens-chip"]')
          .length ?? 0,
    );
  }

  /** The badges the overlay drew in a page or frame. */
  const badges = (page: Page | Frame) =>
    page.evaluate(
      () =>
        document.querySelector('budget-lens-overlay')?.shadowRoot?.querySelectorAll('[data-testid="budget-lens-badge"]')
          .length ?? 0,
    );

  it('a page that overrides built-ins: annotated, and nothing thrown into it', async () => {
    const { page, errors } = await open('/overrides.html');
    expect(await page.evaluate(() => (window as unknown as { __pageOk?: boolean }).__pageOk)).toBe(true);
    expect(await annotated(page)).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'hostile-overrides.png') });
    await page.close();
  }, 60_000);

  it('a strict CSP requiring Trusted Types: annotated, overlay styled, no violation of ours', async () => {
    const { page, errors } = await open('/csp.html');
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/iu.test(m.text())) violations.push(m.text());
    });
    expect(await annotated(page)).toBeGreaterThan(5);
    // The overlay's styles apply inside its shadow root: a chip is not drawn as unstyled inline text.
    const position = await page.evaluate(() => {
      const chip = document
        .querySelector('budget-lens-overlay')
        ?.shadowRoot?.querySelector<HTMLElement>('[data-testid="budget-lens-chip"]');
      return chip ? getComputedStyle(chip).position : null;
    });
    expect(position).not.toBeNull();
    expect(position).not.toBe('static');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'hostile-csp.png') });
    await page.close();
  }, 60_000);

  it('damaged, empty and encrypted PDFs in the viewer: a sentence saying why, never a stuck “loading”', async () => {
    const want: Record<string, RegExp> = {
      'not-a-pdf.pdf': /损坏或不是有效的 PDF/u,
      'empty.pdf': /为空|损坏/u,
      'encrypted.pdf': /已加密/u,
      'truncated.pdf': /损坏|为空/u,
    };
    for (const [file, re] of Object.entries(want)) {
      const page = await ext.context.newPage();
      const url = `${server.origin}/bad/${file}`;
      await page.goto(`chrome-extension://${ext.extensionId}/viewer.html?file=${encodeURIComponent(url)}`);
      await page.waitForSelector('body[data-state="error"]', { state: 'attached', timeout: 30_000 });
      expect(await page.locator('#message').textContent(), file).toMatch(re);
      await page.close();
    }
  }, 120_000);

  it('a frameset: the disclosure in its frame is annotated; the plain frame and the top page are left alone', async () => {
    const { page, errors } = await open('/frameset.html');
    const sample = page.frames().find((f) => f.url().endsWith('/sample.html'));
    const plain = page.frames().find((f) => f.url().endsWith('/plain-frame.html'));
    if (!sample || !plain) throw new Error(`frames not found: ${page.frames().map((f) => f.url())}`);
    expect(await annotated(sample)).toBeGreaterThan(5);
    expect(await badges(sample)).toBeGreaterThan(50);
    // Looked at, found plain: no settings read, no overlay injected.
    expect(await marksOf(plain)).toEqual(['budget-lens:start', 'budget-lens:detect']);
    expect(await plain.evaluate(() => document.querySelector('budget-lens-overlay, budget-lens-link'))).toBeNull();
    expect(await page.evaluate(() => document.querySelector('frameset') !== null)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('budget-lens-overlay'))).toBeNull();
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'hostile-frameset.png') });
    await page.close();
  }, 60_000);

  it('iframes: annotated in a frame of the same and of another origin; hidden and tiny frames wait to be shown', async () => {
    const { page, errors } = await open('/iframes.html');
    const frame = (name: string) => {
      const f = page.frame({ name });
      if (!f) throw new Error(`no frame ${name}`);
      return f;
    };
    await expect.poll(() => new URL(frame('other').url()).hostname).toBe('localhost');
    expect(await annotated(frame('same'))).toBeGreaterThan(5);
    expect(await annotated(frame('other'))).toBeGreaterThan(5);
    // Every badge drawn (the overlay draws those in view first, and the rest while the page is idle): the same in both.
    for (const name of ['same', 'other'])
      await expect
        .poll(() => frame(name).evaluate(() => document.documentElement.dataset.budgetLensComplete !== undefined), {
          timeout: 30_000,
        })
        .toBe(true);
    expect(await badges(frame('other'))).toBe(await badges(frame('same')));
    // Not looked at (no detection, no storage read) while hidden or a pixel; about:blank and srcdoc not even run in.
    for (const name of ['hidden', 'tiny', 'srcdoc', 'blank']) expect(await marksOf(frame(name)), name).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('budget-lens-overlay'))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __pageOk?: boolean }).__pageOk)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'hostile-iframes.png'), fullPage: true });

    // Shown at a readable size (a tab a site switches to): now it is read and annotated.
    await page.evaluate(() => {
      const hidden = document.querySelector<HTMLIFrameElement>('iframe[name="hidden"]');
      if (hidden) Object.assign(hidden, { width: '1000', height: '700' }).style.removeProperty('display');
    });
    expect(await annotated(frame('hidden'))).toBeGreaterThan(5);
    expect(await marksOf(frame('tiny'))).toEqual([]);
    expect(errors).toEqual([]);

    // The same disclosure analysed in three frames (and on the pages before) is one document in the history.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const reply = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'history-list' }))) as {
      entries?: { organisation: string; year: number }[];
    };
    expect(reply.entries?.length).toBe(1);
    await options.close();
    await page.close();
  }, 90_000);

  it('markup in a cell is shown as text in badges, cards and the panel, and a formula cell exports neutralised', async () => {
    expect(MARKUP).toContain('=HYPERLINK');
    expect(MARKUP).toContain('&lt;img src=x');
    const { page, errors } = await open('/markup.html');
    await annotated(page);
    const inOverlay = <T>(fn: (root: ShadowRoot) => T) =>
      page.evaluate(`(${fn.toString()})(document.querySelector('budget-lens-overlay').shadowRoot)`) as Promise<T>;
    // The card of the identity that fails on the row names the row: as text.
    await page.evaluate(() => {
      const root = document.querySelector('budget-lens-overlay')?.shadowRoot;
      const badge = [...(root?.querySelectorAll<HTMLElement>('[data-testid="budget-lens-badge"]') ?? [])].find((b) =>
        /error/u.test(b.className),
      );
      badge?.click();
    });
    await page.waitForFunction(
      () =>
        !!document.querySelector('budget-lens-overlay')?.shadowRoot?.querySelector('[data-testid="budget-lens-card"]'),
    );
    await page.evaluate(() =>
      (
        document
          .querySelector('budget-lens-overlay')
          ?.shadowRoot?.querySelector('[data-testid="budget-lens-panel-toggle"]') as HTMLElement | null
      )?.click(),
    );
    const shown = await inOverlay((root) => root.textContent ?? '');
    expect(shown).toContain('<img src=x onerror="window.__pwned=1">一般行政管理事务');
    expect(await inOverlay((root) => root.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The override character is dropped at reading, so it cannot turn the card's text around.
    expect(shown).not.toContain('\u202e');
    await page.screenshot({ path: join(SHOTS, 'hostile-markup.png') });

    // The CSV of the table that holds the two names (the first table whose CSV has 2070102): the formula-like name is
    // given a leading apostrophe, the markup stays text.
    const buttons = await inOverlay((root) => {
      (root.querySelector('.bl-panel__tables') as HTMLDetailsElement | null)?.setAttribute('open', '');
      return root.querySelectorAll('.bl-panel__tables button').length;
    });
    let csv = '';
    for (let i = 0; i < buttons && !csv.includes('2070102'); i++) {
      const download = page.waitForEvent('download');
      await page.evaluate(
        (n) =>
          (
            document.querySelector('budget-lens-overlay')?.shadowRoot?.querySelectorAll('.bl-panel__tables button')[
              n
            ] as HTMLElement | undefined
          )?.click(),
        i,
      );
      csv = readFileSync((await (await download).path()) as string, 'utf8');
    }
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/mu);
    expect(csv).toContain(MARKUP_NAME.replace('\u202e', '').replace(/"/gu, '""'));
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
