/**
 * Corpus test for the HTML extractor: every ground-truth table of each seed fixture (tables.json) is reproduced
 * cell for cell from page.html, in order, with its title and meta lines (compared squashed: whitespace removed,
 * NFKC), and the trimmed real pages in ../shared/real/html parse without crashing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../../tests/support/shared';
import { squash } from '../normalize';
import type { ExtractedDocument, RawTable } from '../types';
import { htmlBlockElements } from './blocks';
import { extractHtml } from './extract-html';

interface TruthTable {
  title: string | null;
  meta: string[];
  rows: string[][];
}

function load(id: string): { doc: ExtractedDocument; truth: TruthTable[]; document: Document } {
  const html = readFileSync(sharedPath('fixtures', id, 'page.html'), 'utf8');
  const truth = (
    JSON.parse(readFileSync(sharedPath('fixtures', id, 'tables.json'), 'utf8')) as { tables: TruthTable[] }
  ).tables;
  const { document } = parseHTML(html);
  return { doc: extractHtml(document, `fixture:${id}`), truth, document };
}

function squashRows(t: RawTable): string[][] {
  return t.rows.map((row) => row.map((c) => squash(c.text)));
}

describe.skipIf(!HAS_SHARED)('extractHtml on the seed fixtures', () => {
  describe.each(FIXTURE_IDS)('%s', (id) => {
    // One parse per fixture: the extractor only reads the DOM, so the anchor checks can use the same document.
    const { doc, truth, document } = HAS_SHARED ? load(id) : { doc: null, truth: [] as TruthTable[], document: null };

    it('finds the same number of tables, without warnings', () => {
      expect(doc?.tables.length).toBe(truth.length);
      expect(doc?.warnings).toEqual([]);
    });

    it.each(truth.map((t, i) => [i, t] as const))('table %i: same rows and cells', (i, expected) => {
      const actual = doc?.tables[i];
      expect(actual).toBeDefined();
      if (!actual) return;
      expect(squashRows(actual)).toEqual(expected.rows.map((row) => row.map(squash)));
    });

    it.each(truth.map((t, i) => [i, t] as const))('table %i: same title and meta', (i, expected) => {
      const actual = doc?.tables[i];
      if (!actual) throw new Error(`table ${i} missing`);
      expect(actual.meta.map(squash)).toEqual(expected.meta.map(squash));
      if (expected.title !== null)
        expect(actual.title === null ? null : squash(actual.title)).toBe(squash(expected.title));
      // The ground truth leaves annex tables (绩效目标表) untitled although the page prints their title as a plain
      // paragraph; the extractor keeps it. Anything else where the truth has no title must stay untitled.
      else if (actual.title !== null) expect(actual.title).toMatch(/[绩績]效目[标標].*表$/u);
    });

    it('every cell anchor points at a td/th with that text', () => {
      if (!doc || !document) return;
      // Resolved independently of the extractor's helpers (plain querySelectorAll: data tables hold no tables).
      const tables = Array.from(document.querySelectorAll('table'));
      const rowsOf = new Map<number, Element[]>();
      let checked = 0;
      for (const t of doc.tables) {
        for (const row of t.rows) {
          for (const cell of row) {
            if (cell.anchor?.kind !== 'html') continue;
            const ti = cell.anchor.table;
            if (!rowsOf.has(ti)) rowsOf.set(ti, Array.from(tables[ti]?.querySelectorAll('tr') ?? []));
            const tr = rowsOf.get(ti)?.[cell.anchor.row];
            const td = Array.from(tr?.children ?? []).filter((c) => /^t[dh]$/iu.test(c.tagName))[cell.anchor.cell];
            expect(squash(td?.textContent ?? '')).toBe(squash(cell.text));
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });

    it('block anchors resolve through htmlBlockElements', () => {
      if (!doc || !document) return;
      const els = htmlBlockElements(document);
      expect(els.length).toBe(doc.blocks.length);
      doc.blocks.forEach((b, n) => {
        expect(b.anchor).toEqual({ kind: 'html-block', block: n });
        expect(squash(els[n]?.textContent ?? '')).toContain(squash(b.text));
      });
      expect(doc.blocks.some((b) => b.role === 'heading' && /情况说明/u.test(b.text))).toBe(true);
    });
  });
});

/**
 * Each heuristic with the fixtures it fires on and how often (STYLE: heuristics sit next to their examples).
 * A change in a count means a heuristic started or stopped firing on a known page: check the diff on purpose.
 */
const HEURISTIC_COUNTS: Record<(typeof FIXTURE_IDS)[number], Record<string, number>> = {
  'zezhou-energy-2025': { splitUnit: 1, unitOnNameLine: 2, notes: 1, titled: 18, joined: 0, headings: 42 },
  'jincheng-energy-2025': { splitUnit: 0, unitOnNameLine: 0, notes: 4, titled: 28, joined: 0, headings: 42 },
  'zezhou-industry-2024': { splitUnit: 0, unitOnNameLine: 0, notes: 1, titled: 34, joined: 0, headings: 42 },
};

describe.skipIf(!HAS_SHARED)('heuristic firing counts on the seed fixtures', () => {
  it.each(FIXTURE_IDS)('%s', (id) => {
    const { doc } = load(id);
    const counts = {
      splitUnit: doc.tables.filter((t) => t.meta.some((m) => /^[元万]元?$/u.test(squash(m)))).length,
      unitOnNameLine: doc.tables.filter((t) => t.meta.some((m) => /部门名称.*单位/u.test(m))).length,
      notes: doc.tables.filter((t) => t.notes.length > 0).length,
      titled: doc.tables.filter((t) => t.title !== null).length,
      joined: doc.tables.filter((t) => t.origin.kind === 'html' && t.origin.tables.length > 1).length,
      headings: doc.blocks.filter((b) => b.role === 'heading').length,
    };
    expect(counts).toEqual(HEURISTIC_COUNTS[id]);
  });
});

describe.skipIf(!HAS_SHARED)('extractHtml on damaged pages', () => {
  it('never throws on a fixture page cut off at arbitrary points', () => {
    const html = readFileSync(sharedPath('fixtures', 'zezhou-energy-2025', 'page.html'), 'utf8');
    for (let k = 1; k <= 12; k++) {
      const cut = html.slice(0, Math.floor((html.length * k) / 13) + 7 * k);
      const { document } = parseHTML(cut);
      const doc = extractHtml(document, `cut:${k}`);
      expect(doc.source.kind).toBe('html');
      for (const t of doc.tables) {
        const width = t.rows[0]?.length ?? 0;
        expect(t.rows.every((r) => r.length === width)).toBe(true);
      }
    }
  });
});

describe.skipIf(!HAS_SHARED)('extractHtml on real pages', () => {
  const dir = HAS_SHARED ? sharedPath('real', 'html') : '';
  const files = HAS_SHARED ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];

  it.each(files)('%s parses without crashing', (file) => {
    const { document } = parseHTML(readFileSync(sharedPath('real', 'html', file), 'utf8'));
    expect(() => extractHtml(document, file)).not.toThrow();
  });

  it('finds the 三公 table of the Excel-pasted page, with its in-grid title and blank unit lifted', () => {
    const file = files.find((f) => f.includes('sangong'));
    expect(file).toBeDefined();
    const { document } = parseHTML(readFileSync(sharedPath('real', 'html', file as string), 'utf8'));
    const doc = extractHtml(document, file as string);
    const t = doc.tables.find((x) => x.title?.includes('三公'));
    expect(t).toBeDefined();
    expect(t?.meta.map(squash)).toEqual([squash('单位：')]);
    expect(t?.rows[0]?.map((c) => c.text)).toEqual(['项目', '本年预算数']);
    expect(t?.rows.find((r) => r[0]?.text === '合计')?.[1]?.text).toBe('109.8');
    expect(t?.rows.some((r) => r[0]?.text === '公务用车购置费')).toBe(true);
  });

  it('a landing page with only a PDF link has no tables and a readable block', () => {
    const file = files.find((f) => f.includes('landing'));
    const { document } = parseHTML(readFileSync(sharedPath('real', 'html', file as string), 'utf8'));
    const doc = extractHtml(document, file as string);
    expect(doc.tables).toEqual([]);
    expect(doc.blocks.some((b) => b.text.includes('预算公开.pdf'))).toBe(true);
    expect(doc.source.title).toBe('部门预算公开_平潭综合实验区党工委管委会');
  });
});
