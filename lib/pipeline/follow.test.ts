/**
 * `--follow` over a mock government site served locally: a listing with article pages (HTML tables), a 决算, an
 * article whose content is a PDF attachment, an .xls link, a dead link, a scanned PDF and a link off the site. Each
 * disclosure row equals the single-document analysis of the same address; each other link says why.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFinalVariant, generateVariant, renderPage } from '../../tests/generator/document';
import { type StaticServer, serveStatic } from '../../tests/support/serve';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { buildPdf } from '../extract/pdf/test-pdf';
import { followListing } from './follow';
import { analyzeSource, analyzeSources, extractSource } from './node';

const LISTING = `<!doctype html><html><head><meta charset="utf-8"><title>预决算公开</title></head><body>
<ul class="list">
  <li><a href="/a/1.html">示例县文化和旅游局2025年度部门预算公开</a></li>
  <li><a href="/a/2.html">示例县文化和旅游局2025年度部门决算公开</a></li>
  <li><a href="/a/3.html">上海市普陀区财政局2025年部门预算</a></li>
  <li><a href="/f/4.xls">示例县卫生健康局2025年部门预算（表格）</a></li>
  <li><a href="/a/5.html">示例县教育局2025年部门预算</a></li>
  <li><a href="/f/6.pdf">示例县民政局2025年部门预算（扫描件）</a></li>
  <li><a href="https://evil.example.com/7.html">某单位2025年预算</a></li>
  <li><a href="/a/8.html">江苏省人大常委会办公厅2019年部门预算公开</a></li>
  <li><a href="/yjsgk/">预决算公开</a></li>
</ul></body></html>`;

/** 江苏 publishes a disclosure as two files, its text and its tables: one article attaching both. */
const TWO_FILES = `<!doctype html><html><head><meta charset="utf-8"><title>江苏省人大常委会办公厅2019年部门预算公开</title></head>
<body><h1>江苏省人大常委会办公厅2019年部门预算公开</h1><p>附件：<a href="/f/8-text.pdf">2019年部门预算.pdf</a>
<a href="/f/8-tables.pdf">2019年部门预算表格.pdf</a></p></body></html>`;

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>上海市普陀区财政局2025年部门预算</title></head>
<body><h1>上海市普陀区财政局2025年部门预算</h1><p>附件：<a href="/f/3.pdf">上海市普陀区财政局2025年部门预算.pdf</a></p></body></html>`;

describe('followListing', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const files: Record<string, Uint8Array> = { '/f/6.pdf': buildPdf([{ content: '0 0 m 100 100 l S' }]) };
    if (HAS_SHARED) {
      files['/f/3.pdf'] = new Uint8Array(readFileSync(sharedPath('real', 'SH_putuo_2025_dept-budget_caizhengju.pdf')));
      files['/f/8-text.pdf'] = new Uint8Array(
        readFileSync(sharedPath('real', 'wild', 'JS_jiangsu_2019_dept-budget_renda.pdf')),
      );
      files['/f/8-tables.pdf'] = new Uint8Array(
        readFileSync(sharedPath('real', 'wild', 'JS_jiangsu_2019_dept-budget-tables_renda.pdf')),
      );
    }
    server = await serveStatic(
      {},
      {
        '/list.html': LISTING,
        '/a/1.html': renderPage(generateVariant('sample')),
        '/a/2.html': renderPage(generateFinalVariant('sample')),
        '/a/3.html': ARTICLE,
        '/a/8.html': TWO_FILES,
      },
      files,
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reads every disclosure the listing links, and says why for the others', async () => {
    const origin = server.origin;
    const seen: string[] = [];
    const r = await followListing(`${origin}/list.html`, { delayMs: 0, onRow: (x) => seen.push(x.link) });
    expect(r.links).toHaveLength(8);
    const by = new Map(r.rows.map((x) => [x.link.replace(origin, ''), x]));
    expect(seen).toHaveLength(r.rows.length);

    for (const [path, kind] of [
      ['/a/1.html', 'budget'],
      ['/a/2.html', 'final'],
    ] as const) {
      const row = by.get(path);
      expect(row?.row, path).toBe('disclosure');
      if (row?.row !== 'disclosure') continue;
      const single = await analyzeSource(`${origin}${path}`);
      expect(row.document).toMatchObject({ organisation: single.document.organisation, year: 2025, kind });
      const counts = Object.fromEntries(['error', 'warning', 'unverified', 'rounding', 'info'].map((s) => [s, 0]));
      for (const f of single.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      expect(row.findings).toEqual(counts);
      expect(row.tables).toBeGreaterThan(8);
    }
    const article = by.get('/a/3.html');
    if (HAS_SHARED) {
      expect(article).toMatchObject({ row: 'disclosure', source: `${origin}/f/3.pdf` });
      expect(article?.row === 'disclosure' && article.document.organisation).toBe('上海市普陀区财政局');
    } else expect(article).toMatchObject({ row: 'unreadable' });
    expect(by.get('/f/4.xls')).toMatchObject({ row: 'unreadable', reason: 'office-file' });
    expect(by.get('/a/5.html')).toMatchObject({ row: 'unreadable', reason: 'http' });
    expect(by.get('/f/6.pdf')).toMatchObject({ row: 'unreadable', reason: 'scan' });
    expect(by.get('https://evil.example.com/7.html')).toMatchObject({ row: 'unreadable', reason: 'outside-site' });
    // The two files of one disclosure read as one: the row is its tables file's, with the text named beside it, and
    // its findings those of the CLI given both files.
    const pair = r.rows.filter((x) => x.link === `${origin}/a/8.html`);
    if (HAS_SHARED) {
      expect(pair).toHaveLength(1);
      expect(pair[0]).toMatchObject({
        row: 'disclosure',
        source: `${origin}/f/8-tables.pdf`,
        companion: `${origin}/f/8-text.pdf`,
      });
      const [both] = analyzeSources([
        await extractSource(`${origin}/f/8-text.pdf`),
        await extractSource(`${origin}/f/8-tables.pdf`),
      ]);
      const counts = Object.fromEntries(['error', 'warning', 'unverified', 'rounding', 'info'].map((x) => [x, 0]));
      for (const f of both?.report.findings ?? []) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      expect(pair[0]?.row === 'disclosure' && pair[0].findings).toEqual(counts);
      expect(pair[0]?.row === 'disclosure' && pair[0].document.organisation).toBe('江苏省人大常委会办公厅');
    }
  }, 180_000);

  it('reads in worker threads with the same rows as in one thread', async () => {
    const listing = `${server.origin}/list.html`;
    const [inProcess, threads] = [
      await followListing(listing, { delayMs: 0 }),
      await followListing(listing, { delayMs: 0, workers: 2 }),
    ];
    expect(threads.rows).toEqual(inProcess.rows);
    expect(threads.rows.filter((r) => r.row === 'disclosure').length).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it('resumes: links done before are skipped', async () => {
    const origin = server.origin;
    const r = await followListing(`${origin}/list.html`, {
      delayMs: 0,
      skip: new Set([`${origin}/a/1.html`, `${origin}/a/2.html`, `${origin}/a/3.html`, `${origin}/a/8.html`]),
    });
    expect(r.skipped).toBe(4);
    expect(r.rows.every((x) => x.row === 'unreadable')).toBe(true);
  }, 60_000);
});
