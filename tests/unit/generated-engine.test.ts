/**
 * Engine test on the synthetic disclosures (tests/generator): for every variant and a few seeds, the HTML extractor
 * reproduces every ground-truth table of tables.json cell for cell (with its title and meta lines), and the pipeline
 * (extractHtml → analyzeExtracted) gives each table the kind and unit truth.json records, the document's
 * organisation, year, kind, scope and staff counts, and no `error` or `warning` finding — these documents satisfy
 * every identity and are written in proper form, so any is a false one. With one planted error (digit, swap, total,
 * missing-note, wrong-note) the planted cell or table is touched by an error or a warning; with one planted narrative
 * defect (inject-text.ts: 预算编制说明 item numbers, wrong year, 部门/单位, outdated name, empty reason, punctuation,
 * placeholder, unfinished sentence, undisplayable character) a finding quotes the changed sentence. Pure: no files,
 * no ../shared.
 */
import Decimal from 'decimal.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../lib/extract/html';
import { squash } from '../../lib/extract/normalize';
import type { ExtractedDocument } from '../../lib/extract/types';
import { analyzeExtracted } from '../../lib/pipeline/analyze';
import type { Report } from '../../lib/report/report-schema';
import { type GeneratedDoc, generateVariant, renderPage, tablesJson, truthJson } from '../generator/document';
import { inject } from '../generator/inject';
import { TEXT_KINDS } from '../generator/inject-text';
import { VARIANTS, type VariantName } from '../generator/spec';

const SEEDS = [1, 2, 42] as const;

interface Run {
  doc: GeneratedDoc;
  extracted: ExtractedDocument;
  report: Report;
}

function run(doc: GeneratedDoc, label: string): Run {
  const { document } = parseHTML(renderPage(doc));
  const extracted = extractHtml(document as unknown as Document, `generated:${label}`);
  return { doc, extracted, report: analyzeExtracted(extracted) };
}

const cache = new Map<string, Run>();
function clean(variant: VariantName, seed: number): Run {
  const key = `${variant}:${seed}`;
  let r = cache.get(key);
  if (!r) {
    r = run(generateVariant(variant, { seed }), key);
    cache.set(key, r);
  }
  return r;
}

/** Cells of the extracted tables that differ from tables.json, as `table[row][col] got ≠ want` (squashed). */
function cellDiffs(r: Pick<Run, 'doc' | 'extracted'>): string[] {
  const want = tablesJson(r.doc, 'x').tables;
  const out: string[] = [];
  want.forEach((t, i) => {
    const got = r.extracted.tables[i];
    if (!got) {
      out.push(`table ${i}: missing`);
      return;
    }
    const rows = Math.max(t.rows.length, got.rows.length);
    for (let row = 0; row < rows; row++) {
      const w = t.rows[row] ?? [];
      const g = got.rows[row] ?? [];
      for (let col = 0; col < Math.max(w.length, g.length); col++) {
        const gc = g[col];
        const wc = w[col];
        const a = gc === undefined ? '<none>' : squash(gc.text);
        const b = wc === undefined ? '<none>' : squash(wc);
        if (a !== b) out.push(`table ${i}[${row}][${col}]: ${a} ≠ ${b}`);
      }
    }
  });
  return out;
}

describe.each(VARIANTS.flatMap((v) => SEEDS.map((s) => [v, s] as const)))('%s, seed %i', (variant, seed) => {
  const r = () => clean(variant, seed);

  it('extracts every table of tables.json cell for cell, no more, without warnings', () => {
    const { extracted, doc } = r();
    expect(extracted.tables.length).toBe(tablesJson(doc, 'x').tables.length);
    expect(cellDiffs(r()).slice(0, 20)).toEqual([]);
    expect(extracted.warnings).toEqual([]);
  });

  it('keeps each table title and its meta lines', () => {
    const want = tablesJson(r().doc, 'x').tables;
    const got = r().extracted.tables;
    expect(got.map((t) => (t.title === null ? null : squash(t.title)))).toEqual(
      want.map((t) => (t.title === null ? null : squash(t.title))),
    );
    expect(got.map((t) => t.meta.map(squash))).toEqual(want.map((t) => t.meta.map(squash)));
  });

  it('joins continued tables from the <table> elements truth.json lists', () => {
    const truth = truthJson(r().doc);
    expect(r().extracted.tables.map((t) => (t.origin.kind === 'html' ? t.origin.tables : []))).toEqual(
      truth.tables.map((t) => t.htmlTables),
    );
  });

  it('recognises every table kind and unit', () => {
    const truth = truthJson(r().doc);
    const got = r().report.tables.map((t) => `${t.kind} ${t.unit}`);
    expect(got).toEqual(truth.tables.map((t) => `${t.kind} ${t.unit}`));
  });

  it("finds each table's header rows (index row included), index row, total rows and emptiness", () => {
    const truth = truthJson(r().doc);
    const got = r().report.tables.map((t) => ({
      headerRows: t.headerRows,
      indexRow: t.indexRow,
      totals: t.rows.filter((x) => x.isTotal).map((x) => x.gridRow),
      empty: t.kind === 'budget.performance' ? 'form' : t.empty,
      emptyNote: t.emptyNote,
    }));
    // The 绩效目标表 is a form, not amount columns: the model calls it `empty` (no amount cell), so it is left out.
    const want = truth.tables.map((t) => {
      const index = t.rowRoles.indexOf('index');
      const totals = t.rowRoles.flatMap((role, i) => (role === 'total' ? [i] : []));
      return {
        headerRows: t.headerRows + (index < 0 ? 0 : 1),
        indexRow: index < 0 ? null : index,
        totals,
        empty: t.kind === 'budget.performance' ? 'form' : t.empty,
        emptyNote: t.empty && t.notes.length > 0,
      };
    });
    // Every truth total row is marked; the recogniser may mark more (e.g. subtotal rows named 合计).
    got.forEach((g, i) => {
      const w = want[i];
      expect({ ...g, totals: g.totals.filter((x) => w?.totals.includes(x)) }, `table ${i}`).toEqual(w);
    });
  });

  it('reads organisation, year, kind, scope and staff counts', () => {
    const truth = truthJson(r().doc);
    const d = r().report.document;
    expect({ organisation: d.organisation, year: d.year, kind: d.kind, scope: d.scope }).toEqual({
      organisation: truth.organisation,
      year: truth.year,
      kind: truth.kind,
      scope: truth.scope,
    });
    const staff = d.staff.narrative ?? d.staff.table;
    expect(staff?.authorised).toBe(truth.staff.authorized);
    expect(staff?.actual).toBe(truth.staff.actual);
    // Read or not read, never wrong (the generator's wording `内设股室N个` is not read yet: see the report).
    expect([null, truth.staff.sections]).toContain(staff?.departments ?? null);
    if (truth.units.length > 1) expect([null, truth.units.length]).toContain(staff?.units ?? null);
  });

  it('reports no error finding on the clean document', () => {
    const errors = r().report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule}: ${f.message.zh}`)).toEqual([]);
  });

  it('reports no warning on the clean document but the tables a variant leaves out on purpose', () => {
    const warnings = r().report.findings.filter(
      (f) => f.severity === 'warning' && !(variant === 'missing-tables' && f.rule === 'tables-present'),
    );
    expect(warnings.map((f) => `${f.rule}: ${f.message.zh}`)).toEqual([]);
  });
});

/**
 * One unit in the last printed place (15.25 → 15.24 万元): a sum of several rounded terms may legitimately be off by
 * that much, so the checks can only call it `rounding`. Such a plant must still be flagged at its cell, as rounding.
 */
function lastPlaceOnly(original: string, changed: string): boolean {
  const digits = (s: string) => s.replace(/[^0-9]/gu, '');
  const places = (s: string) => s.split('.')[1]?.length ?? 0;
  if (places(original) !== places(changed)) return false;
  const d = new Decimal(digits(original)).minus(digits(changed)).abs();
  return d.equals(1);
}

/**
 * Planted errors: the planted cell (or, for a note, its table) is touched by an error or a warning (by a rounding
 * finding at least when the change is one unit in the last place).
 */
const INJECTIONS = ['digit', 'swap', 'total', 'missing-note', 'wrong-note'] as const;
const INJECT_CASES = VARIANTS.flatMap((v) =>
  INJECTIONS.flatMap((kind) => [1, 2].map((seed) => [kind, v, seed] as const)),
);

describe.each(INJECT_CASES)('inject %s into %s (seed %i)', (kind, variant, seed) => {
  it('the planted error is flagged at its cell or table', () => {
    const doc = inject(generateVariant(variant, { seed }), { kind, seed: seed * 7 + 3 });
    const planted = doc.injected[doc.injected.length - 1];
    if (!planted || planted.table === null) throw new Error('nothing planted');
    const { report } = run(doc, `${variant}:${seed}:${kind}`);
    const quiet = planted.row !== null && lastPlaceOnly(planted.original, planted.new);
    const loud = report.findings.filter(
      (f) => f.severity === 'error' || f.severity === 'warning' || (quiet && f.severity === 'rounding'),
    );
    const touches = (c: { table: number; row: number; col: number }) =>
      c.table === planted.table && (planted.row === null || (c.row === planted.row && c.col === planted.col));
    const hit = loud.filter((f) => f.cells.some(touches));
    expect(
      hit.length,
      `${kind} at table ${planted.table} [${planted.row}][${planted.col}] ${planted.original} → ${planted.new}; ` +
        `loud findings: ${loud.map((f) => `${f.rule} ${JSON.stringify(f.cells.slice(0, 3))}`).join('; ')}`,
    ).toBeGreaterThan(0);
  });
});

/** Text as a finding quotes it: fullwidth forms folded, as extraction and the text rules read them. */
const folded = (t: string) =>
  t.normalize('NFKC').replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

describe.each(VARIANTS.flatMap((v) => TEXT_KINDS.flatMap((kind) => [1, 2].map((seed) => [kind, v, seed] as const))))(
  'inject %s into the narrative of %s (seed %i)',
  (kind, variant, seed) => {
    it('a finding names the changed sentence', () => {
      const doc = inject(generateVariant(variant, { seed }), { kind, seed: seed * 7 + 3 });
      const planted = doc.injected.at(-1);
      if (!planted?.marker) throw new Error('nothing planted');
      const { report } = run(doc, `${variant}:${seed}:${kind}`);
      const marker = folded(planted.marker);
      const loud = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      const hit = loud.filter((f) => folded(f.claim?.text ?? '').includes(marker));
      expect(
        hit.length,
        `${kind}: ${planted.original} → ${planted.new}; loud findings: ${loud.map((f) => `${f.rule} ${f.message.zh}`).join('; ')}`,
      ).toBeGreaterThan(0);
    });
  },
);

/**
 * What converters print at a page break, in place of the continuation variant's `- N -`: other page-number forms,
 * a `续表` label, the title again with a 续 mark, the `单位：` line again. The joined tables must not change.
 */
const PAGE_BREAKS: [string, (n: string, title: string) => string][] = [
  ['第 N 页 共 M 页, bold', (n) => `<p align="center"><b>第 ${n} 页 共 20 页</b></p>`],
  ['—N— in a div', (n) => `<div><span>—${n}—</span></div>`],
  ['page number and 续表', (n) => `<p style="text-align:center">- ${n} -</p><p>续表</p>`],
  ['title (续)', (n, title) => `<p style="text-align:center">${n}</p><p align="center"><b>${title}（续）</b></p>`],
  ['单位 line repeated', (n) => `<p style="text-align:center">- ${n} -</p><p>单位：万元</p>`],
];

describe.each(PAGE_BREAKS)('continuation with a page break printed as %s', (_name, print) => {
  it.each([3, 11])('seed %i: every table still reproduced, titles and meta kept', (seed) => {
    const doc = generateVariant('continuation', { seed });
    const truth = truthJson(doc);
    // The page break follows the first <table> of each split table.
    const titleAfter = new Map(
      truth.tables.filter((t) => t.htmlTables.length > 1).map((t) => [t.htmlTables[0], t.title]),
    );
    let table = -1;
    const html = renderPage(doc).replace(/<\/table>|<p style="text-align:center">- (\d+) -<\/p>/gu, (m, n?: string) => {
      if (m === '</table>') {
        table++;
        return m;
      }
      return print(n ?? '', titleAfter.get(table) ?? '');
    });
    expect(html).not.toBe(renderPage(doc));
    const { document } = parseHTML(html);
    const r = { doc, extracted: extractHtml(document as unknown as Document, 'x') };
    expect(cellDiffs(r).slice(0, 20)).toEqual([]);
    expect(r.extracted.tables.map((t) => t.title && squash(t.title))).toEqual(
      truth.tables.map((t) => t.title && squash(t.title)),
    );
    expect(r.extracted.tables.map((t) => t.meta.length)).toEqual(tablesJson(doc, 'x').tables.map((t) => t.meta.length));
  });
});
