import Decimal from 'decimal.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateVariant, renderPage } from '../../tests/generator/document';
import { extractHtml } from '../extract/html';
import { toSnapshot } from '../history/snapshot';
import { recogniseDocument } from '../recognise/recognise-document';
import type { Report } from '../report/report-schema';
import { perCapitaOf, reportSnapshot, yearOnYearOf } from './history';
import { analyzeHtmlString } from './node';

// The project's own sample, generated in memory: a fresh clone has no tests/fixtures/generated/ yet.
const html = renderPage(generateVariant('sample'));
const report = analyzeHtmlString(html, 'https://example.gov.cn/sample.html');

/** Amount strings as numbers (`10.50` and `10.5` are the same amount). */
function normalised(s: unknown): unknown {
  return JSON.parse(JSON.stringify(s), (_k, v: unknown) =>
    typeof v === 'string' && /^-?\d+(\.\d+)?$/u.test(v) ? new Decimal(v).toFixed() : v,
  );
}

describe('reportSnapshot', () => {
  it('gives the same snapshot from the report as lib/history gives from the model', () => {
    const r = reportSnapshot(report, { savedAt: '2026-11-21T00:00:00Z' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { document } = parseHTML(html);
    const model = recogniseDocument(extractHtml(document as unknown as Document, 'https://example.gov.cn/sample.html'));
    const direct = toSnapshot(model, { source: 'https://example.gov.cn/sample.html', savedAt: '2026-11-21T00:00:00Z' });
    expect(direct.ok).toBe(true);
    if (!direct.ok) return;
    expect(r.snapshot.tables.length).toBeGreaterThan(3);
    expect(normalised(r.snapshot)).toEqual(normalised(direct.snapshot));
  });

  it('refuses a report that names no year, saying why', () => {
    const r = reportSnapshot({ ...report, document: { ...report.document, year: null } });
    expect(r).toEqual({ ok: false, reason: 'the document states no year' });
  });

  it('keeps the ratio metrics only, slimmed', () => {
    const pcs = perCapitaOf(report);
    expect(pcs.length).toBe(report.metrics.filter((m) => m.kind === 'ratio').length);
    for (const p of pcs) expect(Object.keys(p).sort()).toEqual(['formula', 'id', 'label', 'per', 'unit', 'value']);
  });
});

describe('yearOnYearOf', () => {
  it('compares years of one organisation and ignores a lone report', () => {
    const year = report.document.year ?? 2025;
    const prev = structuredClone(report) as Report;
    prev.document.year = year - 1;
    // change one class row of last year's expenditure table so a delta is known
    const t = prev.tables.find((x) => x.kind.endsWith('.expenditure'));
    const row = t?.rows.find((r) => r.level === 'class' && r.amounts.total);
    expect(row).toBeDefined();
    if (!row?.amounts.total) return;
    const was = row.amounts.total;
    row.amounts.total = new Decimal(was).minus(1).toFixed(2);
    const other = structuredClone(report) as Report;
    other.document.organisation = '另一个单位';

    const out = yearOnYearOf([report, prev, other]);
    expect(out).toHaveLength(1);
    expect(out[0]?.inputs).toEqual({ current: 0, previous: 1 });
    expect(out[0]?.previous.year).toBe(year - 1);
    const tc = out[0]?.tables.find((x) => x.kind === t?.kind);
    const changed = tc?.rows.find((r) => r.code === row.code);
    expect(changed).toMatchObject({ status: 'both', delta: '1' });
    const unchanged = tc?.rows.filter((r) => r.status === 'both' && r.code !== row.code && r.level === 'class');
    expect(unchanged?.length).toBeGreaterThan(0);
    for (const u of unchanged ?? []) expect(u.delta === null || new Decimal(u.delta).isZero()).toBe(true);
    expect(yearOnYearOf([report])).toEqual([]);
  });
});
