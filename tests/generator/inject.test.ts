/**
 * Error injection changes exactly what it records: one cell (at the recorded table/row/column of tables.json and
 * the recorded page.html anchor), one narrative phrase, or one note — and leaves the budget truth alone.
 */
import Decimal from 'decimal.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateVariant, type InjectKind, renderPage, tablesJson, truthJson } from './document';
import { inject } from './inject';
import { TEXT_KINDS } from './inject-text';
import type { VariantName } from './spec';

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/gu, ' ').trim();

function diffCells(a: ReturnType<typeof tablesJson>, b: ReturnType<typeof tablesJson>) {
  const out: { table: number; row: number; col: number; from: string; to: string }[] = [];
  a.tables.forEach((t, i) => {
    t.rows.forEach((r, j) => {
      r.forEach((x, k) => {
        const y = b.tables[i]?.rows[j]?.[k];
        if (y !== x) out.push({ table: i, row: j, col: k, from: x, to: y ?? '<missing>' });
      });
    });
  });
  return out;
}

const cellKinds: [InjectKind, VariantName, number][] = [];
for (const kind of ['digit', 'swap', 'total'] as const)
  for (const [variant, seed] of [
    ['sample', 1],
    ['sample', 2],
    ['yuan', 3],
    ['continuation', 4],
    ['continuation', 11],
    ['word-html', 5],
    ['split-codes', 6],
  ] as const)
    cellKinds.push([kind, variant, seed]);

describe.each(cellKinds)('inject %s into %s (seed %i)', (kind, variant, seed) => {
  const doc = generateVariant(variant);
  const bad = inject(doc, { kind, seed });
  const rec = bad.injected[0];

  it('changes exactly the recorded cell, and records it', () => {
    expect(bad.injected).toHaveLength(1);
    if (!rec) throw new Error('nothing recorded');
    const diff = diffCells(tablesJson(doc, 'x'), tablesJson(bad, 'x'));
    expect(diff).toEqual([{ table: rec.table, row: rec.row, col: rec.col, from: rec.original, to: rec.new }]);
    expect(doc.injected).toHaveLength(0);
    expect(truthJson(bad).budget).toEqual(truthJson(doc).budget);
    expect(truthJson(bad).injected).toEqual(bad.injected);
  });

  it('the html anchor points at the changed cell in page.html', () => {
    const { document } = parseHTML(renderPage(bad));
    const h = rec?.html;
    if (!h) throw new Error('no html anchor');
    const table = document.querySelectorAll('table')[h.table] as Element;
    const tr = table.querySelectorAll('tr')[h.row] as Element;
    expect(norm(tr.children[h.cell]?.textContent)).toBe(rec?.new);
  });

  it('the change is of the promised kind', () => {
    const from = rec?.original ?? '';
    const to = rec?.new ?? '';
    if (kind !== 'total') expect(to.length).toBe(from.length);
    if (kind === 'digit') expect([...from].filter((c, i) => c !== to[i])).toHaveLength(1);
    if (kind === 'swap') {
      const at = [...from].findIndex((c, i) => c !== to[i]);
      expect(to[at]).toBe(from[at + 1]);
      expect(to[at + 1]).toBe(from[at]);
      expect(to.slice(at + 2)).toBe(from.slice(at + 2));
    }
    if (kind === 'total') {
      const tb = bad.tables[rec?.table as number];
      expect(tb?.roles[rec?.row as number]).toBe('total');
      const d = new Decimal(to.replace(/,/g, '')).minus(from.replace(/,/g, '')).abs();
      expect(d.greaterThanOrEqualTo(tb?.unit === '元' ? 1000 : 1)).toBe(true);
    }
  });
});

describe('narrative and note injection', () => {
  it('pct-base: one change claim now uses this year as the base (Y/X)', () => {
    const doc = generateVariant('sample');
    const bad = inject(doc, { kind: 'pct-base', seed: 3 });
    const rec = bad.injected[0];
    const claim = doc.claims.find((c) => c.id === rec?.claimId);
    if (!rec || !claim) throw new Error('not recorded');
    expect(rec.original).toBe(claim.text);
    const block = bad.blocks[rec.block as number]?.text ?? '';
    expect(block).toContain(rec.new);
    expect(block).not.toContain(rec.original);
    const m = /([\d,.]+)万元，比上年(?:增加|减少)([\d,.]+)万元，(?:增长|下降)([\d.]+)%$/.exec(rec.new);
    const x = new Decimal((m?.[1] ?? '').replace(/,/g, ''));
    const y = new Decimal((m?.[2] ?? '').replace(/,/g, ''));
    expect(m?.[3]).toBe(y.div(x).times(100).toFixed(2));
    expect(m?.[3]).not.toBe(claim.value);
    const changed = bad.blocks.filter((b, i) => b.text !== doc.blocks[i]?.text);
    expect(changed).toHaveLength(1);
    expect(renderPage(bad)).toContain(rec.new);
  });

  it('missing-note: an empty table loses its note; nothing else changes', () => {
    const doc = generateVariant('empty-with-notes');
    const bad = inject(doc, { kind: 'missing-note', seed: 9 });
    const rec = bad.injected[0];
    if (!rec || rec.table === null) throw new Error('not recorded');
    const before = doc.tables[rec.table];
    expect(before?.empty).toBe(true);
    expect(before?.notes[0]).toBe(rec.original);
    expect(bad.tables[rec.table]?.notes).toEqual([]);
    expect(truthJson(bad).tables[rec.table]?.notes).toEqual([]);
    expect(diffCells(tablesJson(doc, 'x'), tablesJson(bad, 'x'))).toEqual([]);
    const count = (html: string) => html.split(rec.original).length - 1;
    expect(count(renderPage(bad))).toBe(count(renderPage(doc)) - 1);
  });

  it('wrong-note: the note of an empty table names the wrong budget', () => {
    for (const [variant, seed] of [
      ['sample', 1],
      ['empty-with-notes', 2],
      ['empty-with-notes', 5],
    ] as const) {
      const doc = generateVariant(variant);
      const bad = inject(doc, { kind: 'wrong-note', seed });
      const rec = bad.injected[0];
      if (!rec || rec.table === null) throw new Error('not recorded');
      const tb = bad.tables[rec.table];
      expect(tb?.empty).toBe(true);
      expect(tb?.notes).toEqual([rec.new]);
      expect(rec.new).not.toBe(rec.original);
      const own = tb?.kind === 'budget.state-capital' ? '国有资本经营' : '政府性基金';
      expect(rec.new).toMatch(/政府性基金|国有资本经营/);
      expect(rec.new).not.toContain(own);
      expect(renderPage(bad)).toContain(rec.new);
    }
  });

  it('name: the 绩效目标表 project name becomes a near miss of the 项目支出预算表 name', () => {
    const doc = generateVariant('sample');
    const bad = inject(doc, { kind: 'name', seed: 1 });
    const rec = bad.injected[0];
    if (!rec?.html) throw new Error('not recorded');
    const diff = diffCells(tablesJson(doc, 'x'), tablesJson(bad, 'x'));
    expect(diff).toEqual([{ table: rec.table, row: rec.row, col: rec.col, from: rec.original, to: rec.new }]);
    expect(doc.budget.projects.map((p) => p.name)).toContain(rec.original);
    expect(doc.budget.projects.map((p) => p.name)).not.toContain(rec.new);
    const { document } = parseHTML(renderPage(bad));
    const tr = document.querySelectorAll('table')[rec.html.table]?.querySelectorAll('tr')[rec.html.row] as Element;
    expect(norm(tr.children[rec.html.cell]?.textContent)).toBe(rec.new);
  });

  it('injections compose and stay deterministic', () => {
    const doc = generateVariant('sample');
    const twice = () => inject(inject(doc, { kind: 'digit', seed: 1 }), { kind: 'pct-base', seed: 2 });
    expect(twice().injected).toHaveLength(2);
    expect(JSON.stringify(twice().injected)).toBe(JSON.stringify(twice().injected));
    expect(renderPage(twice())).toBe(renderPage(twice()));
  });

  it('continuation: anchors in the second piece of a split table (with and without repeated header) are right', () => {
    const doc = generateVariant('continuation');
    const { document } = parseHTML(renderPage(doc));
    const elements = document.querySelectorAll('table');
    const seconds = truthJson(doc)
      .tables.filter((t) => t.htmlTables.length === 2)
      .map((t) => t.htmlTables[1]);
    const hit = new Set<number>();
    for (let seed = 0; seed < 300; seed++) {
      const rec = inject(doc, { kind: 'digit', seed }).injected[0];
      if (!rec?.html || !seconds.includes(rec.html.table)) continue;
      hit.add(rec.html.table);
      const tr = (elements[rec.html.table] as Element).querySelectorAll('tr')[rec.html.row] as Element;
      expect(norm(tr.children[rec.html.cell]?.textContent)).toBe(rec.original);
    }
    expect([...hit].sort()).toEqual([...seconds].sort());
  });

  it('refuses clearly when there is nothing to plant the error in', () => {
    const doc = generateVariant('sample');
    const noNotes = { ...doc, tables: doc.tables.map((t) => ({ ...t, notes: [] })) };
    expect(() => inject(noNotes, { kind: 'missing-note', seed: 1 })).toThrow(/no table with a note/);
  });
});

describe('narrative defects (inject-text.ts)', () => {
  const doc = generateVariant('sample', { seed: 5 });
  it.each(TEXT_KINDS)('%s changes one paragraph, leaves the tables and the truth, and records its marker', (kind) => {
    const bad = inject(doc, { kind, seed: 11 });
    const rec = bad.injected.at(-1);
    expect(rec?.kind).toBe(kind);
    const changed = bad.blocks.flatMap((b, i) => (b.text !== doc.blocks[i]?.text ? [i] : []));
    if (rec?.table !== null && rec?.table !== undefined) {
      // A 绩效目标表 text: no paragraph touched, one cell of that table changed.
      expect(changed).toEqual([]);
      const diff = tablesJson(bad, 'x').tables.flatMap((t, i) =>
        t.rows.flatMap((r, j) => r.flatMap((x, k) => (x !== tablesJson(doc, 'x').tables[i]?.rows[j]?.[k] ? [x] : []))),
      );
      expect(new Set(diff)).toEqual(new Set([rec.new]));
      expect(rec.new).toContain(rec.marker);
    } else {
      expect(changed).toEqual([rec?.block]);
      expect(bad.blocks[rec?.block ?? -1]?.text).toContain(rec?.marker);
      expect(doc.blocks[rec?.block ?? -1]?.text).not.toContain(rec?.new === '' ? '\u0000' : rec?.new);
      expect(tablesJson(bad, 'x')).toEqual(tablesJson(doc, 'x'));
    }
    expect(truthJson(bad).budget).toEqual(truthJson(doc).budget);
    expect(truthJson(bad).injected.at(-1)).toMatchObject({ kind, marker: rec?.marker });
  });
});
