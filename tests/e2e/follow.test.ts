/**
 * A whole site at once, in the browser (issue 16): a mock government site served locally — a listing of twelve
 * departments' links (article pages with PDF attachments printed from the generator, one article with the tables in
 * its HTML, two years and the 决算 of one department, an .xls, a dead link, a scanned PDF). The built extension offers
 * the check on the listing; the click opens the results page, which reads every link. Checked: the offer, the progress
 * bar, cancel and resume, every row against the single-document analysis of the same address in Node (the one
 * pipeline), the CSV export, and that a second visit reads nothing again.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf } from '../../lib/extract/pdf/test-pdf';
import { type FollowRow, followListing } from '../../lib/pipeline/follow';
import { analyzeSource } from '../../lib/pipeline/node';
import type { Report } from '../../lib/report/report-schema';
import { type GeneratedDoc, generateFinalVariant, generateVariant, renderPage } from '../generator/document';
import { inject } from '../generator/inject';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { type LoadedExtension, launchWithExtension } from '../support/extension';
import { type StaticServer, serveStatic } from '../support/serve';
import { PROJECT_ROOT } from '../support/shared';

const SHOTS = join(PROJECT_ROOT, 'artifacts/e2e');

/** The departments whose disclosures are PDFs attached to an article page. */
const PDF_DOCS: [string, () => GeneratedDoc][] = [
  ['1', () => generateVariant('sample')],
  ['2', () => generateVariant('sample', { year: 2024, seed: 20240214 })],
  ['3', () => generateFinalVariant('sample')],
  ['4', () => generateVariant('yuan', { org: '示例县教育局', seed: 11 })],
  ['5', () => generateVariant('split-codes', { org: '示例县卫生健康委员会', seed: 12 })],
  // One department with a slip in a total, so that the error column has something to count.
  ['6', () => inject(generateVariant('rounded', { org: '示例县民政局', seed: 13 }), { kind: 'total', seed: 3 })],
  ['7', () => generateVariant('multi-unit', { org: '示例县交通运输局', seed: 14 })],
  ['8', () => generateVariant('missing-tables', { org: '示例县水利局', seed: 15 })],
];

const article = (
  title: string,
  pdf: string,
) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
</head><body><h1>${title}</h1><p>附件：<a href="${pdf}">${title}.pdf</a></p></body></html>`;

function listing(docs: Map<string, GeneratedDoc>): string {
  const title = (d: GeneratedDoc, kind = '预算') => `${d.spec.org}${d.spec.year}年部门${kind}公开`;
  const items = [
    ...PDF_DOCS.map(([n]) => {
      const d = docs.get(n) as GeneratedDoc;
      return `<li><a href="/a/${n}.html">${title(d, n === '3' ? '决算' : '预算')}</a></li>`;
    }),
    '<li><a href="/a/9.html">示例县财政局2025年部门预算公开</a></li>',
    '<li><a href="/f/10.xls">示例县统计局2025年部门预算（表格）</a></li>',
    '<li><a href="/a/11.html">示例县审计局2025年部门预算公开</a></li>',
    '<li><a href="/f/12.pdf">示例县档案馆2025年部门预算（扫描件）</a></li>',
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><title>示例县预决算公开</title></head><body>
<nav><a href="/">首页</a> <a href="/yjsgk/">预决算公开</a></nav><ul class="list">${items.join('\n')}</ul></body></html>`;
}

async function printPdfs(docs: Map<string, GeneratedDoc>): Promise<Map<string, Uint8Array>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const out = new Map<string, Uint8Array>();
  try {
    const page = await browser.newPage();
    for (const [n, doc] of docs) {
      await page.setContent(renderPage(doc), { waitUntil: 'load' });
      out.set(n, new Uint8Array(await page.pdf({ format: 'A4', printBackground: true })));
    }
  } finally {
    await browser.close();
  }
  return out;
}

const state = (p: Page) => p.evaluate(() => document.body.dataset.followState ?? '');
const doneCount = (p: Page) =>
  p.locator('[data-testid=follow-progress]').evaluate((el) => Number((el as HTMLProgressElement).value));

function counts(report: Report): Record<string, number> {
  const out: Record<string, number> = { error: 0, warning: 0, unverified: 0 };
  for (const f of report.findings) out[f.severity] = (out[f.severity] ?? 0) + 1;
  return out;
}

describe('listing check in the browser', () => {
  let ext: LoadedExtension;
  let server: StaticServer;
  const requests: string[] = [];

  beforeAll(async () => {
    const docs = new Map(PDF_DOCS.map(([n, make]) => [n, make()]));
    const pdfs = await printPdfs(docs);
    const pages: Record<string, string> = {
      '/list.html': listing(docs),
      '/a/9.html': renderPage(generateVariant('sample', { org: '示例县财政局', seed: 16 })),
    };
    const files: Record<string, Uint8Array> = { '/f/12.pdf': buildPdf([{ content: '0 0 m 100 100 l S' }]) };
    for (const [n, doc] of docs) {
      pages[`/a/${n}.html`] = article(`${doc.spec.org}${doc.spec.year}年部门预算`, `/f/${n}.pdf`);
      files[`/f/${n}.pdf`] = pdfs.get(n) as Uint8Array;
    }
    server = await serveStatic({}, pages, files, (path) => requests.push(path));
    ext = await launchWithExtension();
  }, 180_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('offers the check on the listing, reads every link with progress, cancel and resume', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await ext.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${server.origin}/list.html`);
    const offer = page.locator('[data-testid=budget-lens-listing]');
    await offer.waitFor({ timeout: 15_000 });
    expect(await offer.textContent()).toContain('本页列出 12 份预算/决算公开');
    await page.screenshot({ path: join(SHOTS, 'listing-offer.png') });
    // Nothing of the listing's links is fetched before the click.
    expect(requests.filter((p) => p !== '/list.html' && p !== '/favicon.ico')).toEqual([]);

    const opened = ext.context.waitForEvent('page');
    await page.locator('[data-testid=budget-lens-check-listing]').click();
    const results = await opened;
    const resultErrors: string[] = [];
    results.on('pageerror', (e) => resultErrors.push(e.message));
    await results.waitForLoadState();
    expect(results.url()).toContain(`/follow.html?listing=${encodeURIComponent(`${server.origin}/list.html`)}`);

    const progress = results.locator('[data-testid=follow-progress]');
    await progress.waitFor({ timeout: 15_000 });
    expect(await progress.getAttribute('max')).toBe('12');
    await results.waitForFunction(
      () => Number((document.querySelector('[data-testid=follow-progress]') as HTMLProgressElement)?.value) >= 2,
      undefined,
      { timeout: 90_000 },
    );
    expect(await state(results)).toBe('running');
    await results.locator('[data-testid=follow-cancel]').click();
    await results.waitForFunction(() => document.body.dataset.followState === 'cancelled', undefined, {
      timeout: 30_000,
    });
    const atCancel = await doneCount(results);
    expect(atCancel).toBeLessThan(12);
    const requestsAtCancel = requests.length;
    await results.waitForTimeout(1500);
    expect(requests.length).toBe(requestsAtCancel);
    expect(await doneCount(results)).toBe(atCancel);

    await results.locator('[data-testid=follow-resume]').click();
    await results.waitForFunction(() => document.body.dataset.followState === 'done', undefined, { timeout: 240_000 });
    expect(await doneCount(results)).toBe(12);
    // The links done before cancel were not read again.
    expect(requests.filter((p) => p === '/a/1.html')).toHaveLength(1);
    await results.screenshot({ path: join(SHOTS, 'listing-results.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(resultErrors).toEqual([]);
  }, 360_000);

  it('gives every row the single-document analysis of its address, and says why for the others', async () => {
    const results = ext.context.pages().find((p) => p.url().includes('/follow.html')) as Page;
    const rows = await results.locator('[data-testid=follow-row]').evaluateAll((trs) =>
      trs.map((tr) => {
        const el = tr as HTMLElement;
        const cell = (c: string) => el.querySelector(`[data-col=${c}]`)?.textContent ?? '';
        return {
          kind: el.dataset.row,
          link: el.dataset.link ?? '',
          source: el.dataset.source ?? '',
          reason: el.dataset.reason ?? '',
          org: el.querySelector('th')?.textContent ?? '',
          tables: cell('tables'),
          errors: cell('errors'),
          warnings: cell('warnings'),
        };
      }),
    );
    const by = new Map(rows.map((r) => [r.link.replace(server.origin, ''), r]));
    expect(rows).toHaveLength(12);
    for (const n of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) {
      const row = by.get(`/a/${n}.html`);
      expect(row?.kind, `/a/${n}.html`).toBe('disclosure');
      const single = await analyzeSource(row?.source as string);
      const c = counts(single);
      expect(row?.org, n).toBe(single.document.organisation);
      expect(row?.errors, n).toBe(String(c.error));
      expect(row?.warnings, n).toBe(String(c.warning));
      expect(row?.tables, n).toBe(String(single.tables.filter((t) => t.kind !== 'toc' && t.kind !== 'other').length));
    }
    expect(Number(by.get('/a/6.html')?.errors)).toBeGreaterThan(0);
    expect(by.get('/a/1.html')?.source).toBe(`${server.origin}/f/1.pdf`);
    expect(by.get('/a/9.html')?.source).toBe(`${server.origin}/a/9.html`);
    expect(by.get('/f/10.xls')).toMatchObject({ kind: 'unreadable', reason: 'office-file' });
    expect(by.get('/a/11.html')).toMatchObject({ kind: 'unreadable', reason: 'http' });
    expect(by.get('/f/12.pdf')).toMatchObject({ kind: 'unreadable', reason: 'scan' });
    // The department with two years and a 决算 links to its comparison.
    expect(await results.locator('[data-testid=follow-compare]').count()).toBe(3);
  }, 120_000);

  it('sorts, filters and exports the rows as CSV; a second visit reads nothing again', async () => {
    const results = ext.context.pages().find((p) => p.url().includes('/follow.html')) as Page;
    await results.locator('[data-testid=follow-kind]').selectOption('unreadable');
    expect(await results.locator('[data-testid=follow-row]').count()).toBe(3);
    await results.locator('[data-testid=follow-kind]').selectOption('all');
    await results.locator('[data-testid=follow-sort-year]').click();
    const years = await results
      .locator('[data-testid=follow-row][data-row=disclosure] td:nth-of-type(1)')
      .allTextContents();
    expect(years[0]).toBe('2025');
    expect(years.at(-1)).toBe('2024');

    const download = results.waitForEvent('download');
    await results.locator('[data-testid=follow-export-csv]').click();
    const csv = readFileSync((await (await download).path()) as string, 'utf8').replace(/^\ufeff/u, '');
    const lines = csv.trim().split(/\r?\n/u);
    expect(lines[0]).toBe(
      'organisation,year,kind,tables,unread tables,errors,warnings,unverified,per capita,source,reason',
    );
    expect(lines).toHaveLength(13);
    expect(lines.filter((l) => l.includes('office-file'))).toHaveLength(1);

    // The JSON export's rows are the command line's `--follow` rows for the same listing (one pipeline, two hosts).
    const json = results.waitForEvent('download');
    await results.locator('[data-testid=follow-export-json]').click();
    const exported = JSON.parse(readFileSync((await (await json).path()) as string, 'utf8')) as { rows: FollowRow[] };
    const cli = await followListing(`${server.origin}/list.html`, { delayMs: 0 });
    expect(exported.rows).toEqual(cli.rows);

    const before = requests.length;
    await results.reload();
    await results.waitForFunction(() => document.body.dataset.followState === 'done', undefined, { timeout: 15_000 });
    expect(await results.locator('[data-testid=follow-row]').count()).toBe(12);
    expect(requests.length).toBe(before);
  }, 120_000);

  it('a listing on a site it may not read yet: the results page asks for that origin before fetching anything', async () => {
    // As the popup sends it after reading a page outside gov.cn (activeTab). 127.0.0.2 is outside the hosts the test
    // build may read, and nothing listens there: anything fetched would fail, and nothing must be.
    const listing = 'http://127.0.0.2:9/yjsgk/list.html';
    const links = [1, 2, 3].map((n) => ({
      href: `http://127.0.0.2:9/yjsgk/${n}.html`,
      text: `某区某局202${n}年部门预算`,
      year: 2020 + n,
      kind: 'budget',
      target: 'page',
    }));
    const sender = await ext.context.newPage();
    await sender.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const opened = ext.context.waitForEvent('page', (p) => p.url().includes(encodeURIComponent(listing)));
    await sender.evaluate(
      (msg) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(msg),
      { type: 'open-follow', listing, title: '某区预决算公开', links },
    );
    const results = await opened;
    await results.waitForFunction(() => document.body.dataset.followState === 'need-permission', undefined, {
      timeout: 15_000,
    });
    expect(await results.getByTestId('follow-grant').isVisible()).toBe(true);
    expect(await results.locator('[data-testid=follow-row]').count()).toBe(0);
    await results.close();
    await sender.close();
  }, 60_000);

  it("the popup's listing script returns the tab's disclosure links (what it sends for a site outside gov.cn)", async () => {
    const listing = await ext.context.newPage();
    await listing.goto(`${server.origin}/list.html`);
    const ext_ = await ext.context.newPage();
    await ext_.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const found = (await ext_.evaluate(async (url) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: { query(q: { url: string }): Promise<{ id: number }[]> };
            scripting: {
              executeScript(o: { target: { tabId: number }; files: string[] }): Promise<{ result: unknown }[]>;
            };
          };
        }
      ).chrome;
      const [tab] = await api.tabs.query({ url });
      const [r] = await api.scripting.executeScript({
        target: { tabId: tab?.id as number },
        files: ['/listing-links.js'],
      });
      return r?.result;
    }, `${server.origin}/list.html`)) as { listing: string; links: { href: string }[] } | null;
    expect(found?.listing).toBe(`${server.origin}/list.html`);
    expect(found?.links).toHaveLength(12);
    await ext_.close();
    await listing.close();
  }, 60_000);
});
