/**
 * The wild corpus (../shared/real/wild: 23 real PDFs from 广东, 重庆, 江苏, 陕西, 湖南 and a central ministry, in
 * templates the engine was not written for): every document's metadata and table kinds as pinned in
 * tests/fixtures/wild/expected.json, no error but the real ones pinned there (each checked against the printed page),
 * the defects of form pinned there (each checked on the page) and no other,
 * and cell accuracy ≥ 99.5% on the five documents with hand-checked cell truth (tests/fixtures/wild/*.tables.json).
 * Skipped with one line when ../shared is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../lib/extract/pdf';
import { openPdfNode } from '../../lib/extract/pdf/open-node';
import { cellAccuracy } from '../../lib/extract/pdf/table-accuracy';
import type { ExtractedDocument } from '../../lib/extract/types';
import { analyzeExtracted } from '../../lib/pipeline/analyze';
import { analyzeSources } from '../../lib/pipeline/node';
import { isNarrativeOnly } from '../../lib/report/build-report';
import { HAS_SHARED, PROJECT_ROOT, sharedPath } from '../support/shared';

interface Expected {
  organisation: string | null;
  year: number | null;
  kind: 'budget' | 'final' | null;
  scope: 'department' | 'unit' | null;
  kinds: string[];
  errors: { rule: string; stated: string; computed: string; where: string }[];
  form?: { rule: string; stated: string; where: string }[];
}

/** The rules of form: what an inspector records about wording, punctuation, placeholders, pages and names. */
const FORM_RE = /^(text-|blank-page$|narrative-self-scope$|narrative-compare-year$|code-name-official)/;

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/wild');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  documents: Record<string, Expected>;
};

async function extract(file: string): Promise<ExtractedDocument> {
  const pdf = await openPdfNode(readFileSync(sharedPath('real', 'wild', file)));
  try {
    return await extractPdf(pdf, file);
  } finally {
    await pdf.loadingTask.destroy();
  }
}

describe.skipIf(!HAS_SHARED)('wild PDFs: metadata, table kinds, and no error but the real ones', () => {
  const files = HAS_SHARED ? readdirSync(sharedPath('real', 'wild')).filter((f) => f.endsWith('.pdf')) : [];
  it('every PDF of the folder is pinned', () => {
    expect(files.sort()).toEqual(Object.keys(expected.documents).sort());
  });
  for (const file of files) {
    it(file, { timeout: 120_000 }, async () => {
      const want = expected.documents[file];
      if (!want) throw new Error(`${file} is not pinned in tests/fixtures/wild/expected.json`);
      const report = analyzeExtracted(await extract(file));
      const d = report.document;
      expect({ organisation: d.organisation, year: d.year, kind: d.kind, scope: d.scope }).toEqual({
        organisation: want.organisation,
        year: want.year,
        kind: want.kind,
        scope: want.scope,
      });
      expect(report.tables.map((t) => t.kind).filter((k) => k !== 'other' && k !== 'toc')).toEqual(want.kinds);
      const errors = report.findings
        .filter((f) => f.severity === 'error')
        .map((f) => ({ rule: f.rule, stated: f.stated, computed: f.computed }));
      expect(errors).toEqual(want.errors.map(({ rule, stated, computed }) => ({ rule, stated, computed })));
      const form = report.findings
        .filter((f) => FORM_RE.test(f.rule) && (f.severity === 'error' || f.severity === 'warning'))
        .map((f) => ({ rule: f.rule, stated: f.stated }));
      expect(form).toEqual((want.form ?? []).map(({ rule, stated }) => ({ rule, stated })));
    });
  }
});

describe.skipIf(!HAS_SHARED)('wild PDFs: a disclosure published as two files', () => {
  it('江苏省人大: the text and the tables read as one document, every statement checked against the tables', async () => {
    const files = ['JS_jiangsu_2019_dept-budget_renda.pdf', 'JS_jiangsu_2019_dept-budget-tables_renda.pdf'];
    const sources = await Promise.all(files.map(async (f) => ({ input: f, extracted: await extract(f), extras: {} })));
    const reports = analyzeSources(sources);
    expect(reports).toHaveLength(1);
    const r = reports[0]!.report;
    expect(r.document).toMatchObject({ organisation: '江苏省人大常委会办公厅', year: 2019, kind: 'budget' });
    expect(r.tables.filter((t) => t.kind.startsWith('budget.')).length).toBe(12);
    // The hand check found every amount, change and share of the text consistent with the tables.
    expect(r.verified.filter((v) => v.rule.startsWith('narrative-')).length).toBeGreaterThanOrEqual(40);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The text alone says its tables are elsewhere.
    const alone = analyzeSources([sources[0]!])[0]!.report;
    expect(isNarrativeOnly(alone)).toBe(true);
  });
});

describe.skipIf(!HAS_SHARED)('wild PDFs: cell truth of five templates', () => {
  const truths = readdirSync(FIXTURES).filter((f) => f.endsWith('.tables.json'));
  it('covers five templates', () => expect(truths.length).toBeGreaterThanOrEqual(5));
  for (const t of truths) {
    const id = t.replace('.tables.json', '');
    it(`${id}: cell accuracy ≥ 99.5%`, { timeout: 120_000 }, async () => {
      const truth = JSON.parse(readFileSync(join(FIXTURES, t), 'utf8')) as { tables: { rows: string[][] }[] };
      const doc = await extract(`${id}.pdf`);
      const r = cellAccuracy(
        doc.tables.map((x) => x.rows.map((row) => row.map((c) => c.text))),
        truth.tables.map((x) => x.rows),
      );
      console.log(`[wild accuracy] ${id}: ${r.matchedCells}/${r.truthCells} = ${(100 * r.accuracy).toFixed(2)}%`);
      expect(r.accuracy).toBeGreaterThanOrEqual(0.995);
      // Every truth table is matched by one extracted table (none split over pages, none lost).
      for (const x of r.tables) expect(x.extracted, `truth table ${x.truth}`).toBeGreaterThanOrEqual(0);
    });
  }
});
