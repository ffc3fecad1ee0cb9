/**
 * Engine test on the synthetic 决算 (tests/generator/final.ts): the 部门决算 of the same department and year as the
 * generated budget, through the real pipeline (extractHtml → analyzeExtracted). The clean document is read as a
 * 决算 of the right organisation and year, every table cell for cell and with its final.* kind, and gives no `error`
 * and no `warning` — it satisfies every identity of a 决算. With one planted error (digit, swap, total, pct-base,
 * missing-note, wrong-note, and the 决算's own completion-rate and perf-rate) the planted cell, table or sentence is
 * touched by an error or a warning (a rounding finding, for a change of one unit in the last place). Pure: no files, no ../shared.
 */
import Decimal from 'decimal.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../lib/extract/html';
import { squash } from '../../lib/extract/normalize';
import type { ExtractedDocument } from '../../lib/extract/types';
import { analyzeExtracted } from '../../lib/pipeline/analyze';
import type { Report } from '../../lib/report/report-schema';
import {
  finalTruthJson,
  type GeneratedDoc,
  generateFinalVariant,
  type InjectKind,
  renderPage,
  tablesJson,
} from '../generator/document';
import { inject } from '../generator/inject';
import { VARIANTS, type VariantName } from '../generator/spec';

/** Every variant but `rounded`: the 决算 mode prints whole hundreds of 元 only. */
const FINAL_VARIANTS = VARIANTS.filter((v) => v !== 'rounded');
const SEEDS = [1, 2, 42] as const;

interface Run {
  doc: GeneratedDoc;
  extracted: ExtractedDocument;
  report: Report;
}

function run(doc: GeneratedDoc, label: string): Run {
  const { document } = parseHTML(renderPage(doc));
  const extracted = extractHtml(document as unknown as Document, `generated-final:${label}`);
  return { doc, extracted, report: analyzeExtracted(extracted) };
}

const cache = new Map<string, Run>();
function clean(variant: VariantName, seed: number): Run {
  const key = `${variant}:${seed}`;
  let r = cache.get(key);
  if (!r) {
    r = run(generateFinalVariant(variant, { seed }), key);
    cache.set(key, r);
  }
  return r;
}

describe.each(FINAL_VARIANTS.flatMap((v) => SEEDS.map((s) => [v, s] as const)))('决算 %s, seed %i', (variant, seed) => {
  const r = () => clean(variant, seed);

  it('extracts every table cell for cell, with its title', () => {
    const want = tablesJson(r().doc, 'x').tables;
    const got = r().extracted.tables;
    expect(got.length).toBe(want.length);
    const diffs: string[] = [];
    want.forEach((t, i) => {
      const g = got[i];
      const rows = Math.max(t.rows.length, g?.rows.length ?? 0);
      for (let row = 0; row < rows; row++) {
        const w = t.rows[row] ?? [];
        const gr = g?.rows[row] ?? [];
        for (let col = 0; col < Math.max(w.length, gr.length); col++) {
          const a = gr[col] === undefined ? '<none>' : squash(gr[col]?.text ?? '');
          const b = w[col] === undefined ? '<none>' : squash(w[col] ?? '');
          if (a !== b) diffs.push(`table ${i}[${row}][${col}]: ${a} ≠ ${b}`);
        }
      }
    });
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(got.map((t) => (t.title === null ? null : squash(t.title)))).toEqual(want.map((t) => squash(t.title)));
  });

  it('reads a 决算 of the right organisation, year and scope', () => {
    const truth = finalTruthJson(r().doc);
    const d = r().report.document;
    expect({ organisation: d.organisation, year: d.year, kind: d.kind, scope: d.scope }).toEqual({
      organisation: truth.organisation,
      year: truth.year,
      kind: 'final',
      scope: 'department',
    });
  });

  it('gives every table its final.* kind and unit', () => {
    const truth = finalTruthJson(r().doc);
    expect(r().report.tables.map((t) => `${t.kind} ${t.unit}`)).toEqual(truth.tables.map((t) => `${t.kind} ${t.unit}`));
    expect(truth.tables.map((t) => t.kind).slice(0, 9)).toEqual([
      'final.summary',
      'final.income',
      'final.expenditure',
      'final.fiscal-summary',
      'final.general-public',
      'final.basic-economic',
      'final.three-public',
      'final.gov-fund',
      'final.state-capital',
    ]);
  });

  it('reports no error and no warning on the clean 决算', () => {
    const loud = r().report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    expect(loud.map((f) => `${f.severity} ${f.rule}: ${f.message.zh}`)).toEqual([]);
  });

  it('verifies the completion rates it states (完成年初预算的C%, 执行率)', () => {
    const truth = finalTruthJson(r().doc);
    const stated = truth.claims.filter((c) => c.kind === 'completion').length;
    const verified = r().report.verified.filter((v) => v.rule === 'narrative-completion').length;
    expect(verified).toBeGreaterThanOrEqual(stated);
  });
});

/** Text as a finding quotes it: fullwidth forms folded. */
const folded = (t: string) =>
  t.normalize('NFKC').replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const KINDS: InjectKind[] = [
  'digit',
  'swap',
  'total',
  'pct-base',
  'missing-note',
  'wrong-note',
  'completion-rate',
  'perf-rate',
];
const INJECT_VARIANTS: VariantName[] = ['sample', 'yuan', 'split-codes', 'multi-unit'];
const INJECT_SEEDS = [1, 2, 3] as const;

/** The change is one unit in the last printed place (4.27 → 4.28). */
function lastPlaceOnly(original: string, changed: string): boolean {
  const digits = (x: string) => x.replace(/[^0-9]/gu, '');
  const places = (x: string) => x.split('.')[1]?.length ?? 0;
  if (places(original) !== places(changed)) return false;
  return new Decimal(digits(original)).minus(digits(changed)).abs().equals(1);
}

/** A pct-base plant records no marker: the finding quotes its changed percentage. */
const pctOf = (text: string) => /[\d.]+%$/u.exec(text)?.[0] ?? text;

function planted(kind: InjectKind, variant: VariantName, seed: number) {
  const doc = inject(generateFinalVariant(variant, { seed }), { kind, seed: seed * 7 + 3 });
  const p = doc.injected.at(-1);
  if (!p) throw new Error('nothing planted');
  const { report } = run(doc, `${variant}:${seed}:${kind}`);
  // One unit in the last printed place may be rounding in a sum of rounded terms: a rounding finding is enough then.
  const quiet = p.row !== null && lastPlaceOnly(p.original, p.new);
  const loud = report.findings.filter(
    (f) => f.severity === 'error' || f.severity === 'warning' || (quiet && f.severity === 'rounding'),
  );
  const hit =
    p.table !== null
      ? loud.filter((f) =>
          f.cells.some((c) => c.table === p.table && (p.row === null || (c.row === p.row && c.col === p.col))),
        )
      : loud.filter((f) => folded(f.claim?.text ?? '').includes(folded(p.marker ?? pctOf(p.new))));
  return { p, loud, hit };
}

describe.each(KINDS.flatMap((k) => INJECT_VARIANTS.flatMap((v) => INJECT_SEEDS.map((s) => [k, v, s] as const))))(
  'inject %s into the 决算 of %s (seed %i)',
  (kind, variant, seed) => {
    it('the planted error is flagged where it was planted', () => {
      const { p, loud, hit } = planted(kind, variant, seed);
      expect(
        hit.length,
        `${kind} at table ${p.table} [${p.row}][${p.col}] block ${p.block}: ${p.original} → ${p.new}; loud: ${loud
          .map((f) => `${f.rule} ${JSON.stringify(f.cells.slice(0, 2))} ${f.claim?.text ?? ''}`)
          .join('; ')}`,
      ).toBeGreaterThan(0);
    });
  },
);

describe('the 决算 injections are recorded like the budget ones', () => {
  it('completion-rate changes a stated rate to A ÷ B; perf-rate prints the 自评表 执行率 × 10', () => {
    const doc = generateFinalVariant('sample', { seed: 1 });
    const a = inject(doc, { kind: 'completion-rate', seed: 5 }).injected.at(-1);
    expect(a?.claimId).toMatch(/^completion\./u);
    expect(a?.marker).toMatch(/^完成(年初)?预算的[\d.]+%$/u);
    const b = inject(doc, { kind: 'perf-rate', seed: 5 }).injected.at(-1);
    expect(b?.table).toBe(doc.tables.findIndex((t) => /自评/u.test(t.title)));
    expect(Number.parseFloat(b?.new ?? '')).toBeCloseTo(Number.parseFloat(b?.original ?? '') * 10, 6);
    expect(() => inject(generateFinalVariant('sample', { seed: 1 }), { kind: 'digit', seed: 1 })).not.toThrow();
  });
});
