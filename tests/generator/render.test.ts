/**
 * The generated page is deterministic and says what tables.json and truth.json say: every `<table>` of page.html,
 * expanded here with its own little span algorithm (linkedom), joins back into the logical tables of tables.json;
 * and each variant prints the markup it promises.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildBudget } from './budget';
import { generateVariant, renderPage, tablesJson, truthJson } from './document';
import { makeSpec, VARIANTS } from './spec';
import { buildTables } from './tables';

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/gu, ' ').trim();

/** Expands one `<table>` element into a text grid: merged text at top-left, '' elsewhere. */
function expand(table: Element): string[][] {
  const grid: string[][] = [];
  [...table.querySelectorAll('tr')].forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of [...tr.children]) {
      while (grid[r]?.[c] !== undefined) c++;
      const rs = Number(cell.getAttribute('rowspan') ?? 1);
      const cs = Number(cell.getAttribute('colspan') ?? 1);
      for (let i = r; i < r + rs; i++) {
        grid[i] ??= [];
        for (let j = c; j < c + cs; j++) (grid[i] as string[])[j] = i === r && j === c ? norm(cell.textContent) : '';
      }
      c += cs;
    }
  });
  return grid;
}

function render(variant: (typeof VARIANTS)[number], seed?: number) {
  const doc = generateVariant(variant, seed === undefined ? {} : { seed });
  const html = renderPage(doc);
  const { document } = parseHTML(html);
  return { doc, html, document, tj: tablesJson(doc, 'x'), truth: truthJson(doc) };
}

describe('determinism', () => {
  it('the same seed gives byte-identical outputs, another seed a different document', () => {
    const a = render('sample');
    const b = render('sample');
    expect(b.html).toBe(a.html);
    expect(JSON.stringify(b.tj)).toBe(JSON.stringify(a.tj));
    expect(JSON.stringify(b.truth)).toBe(JSON.stringify(a.truth));
    expect(render('sample', 7).html).not.toBe(a.html);
  });

  it('golden: the default sample keeps its numbers (change only on purpose)', () => {
    const { truth } = render('sample');
    expect(truth.budget.totals.grandTotal).toBe('1575.46');
    expect(truth.staff).toMatchObject({ authorized: 32, actual: 30 });
    expect(truth.tables).toHaveLength(14);
  });

  it('unknown variants are refused with the list of known ones', () => {
    expect(() => makeSpec('nope' as never)).toThrow(/known: sample/);
  });
});

describe.each(VARIANTS)('page.html of %s', (variant) => {
  const { doc, html, document, tj, truth } = render(variant);
  const elements = [...document.querySelectorAll('table')];

  it('every table is rectangular and tables.json has the fixture shape', () => {
    expect(tj).toMatchObject({ id: 'x', source: expect.any(String) });
    for (const t of tj.tables) {
      expect(Object.keys(t).sort()).toEqual(['meta', 'rows', 'title']);
      const width = t.rows[0]?.length ?? 0;
      expect(width).toBeGreaterThan(1);
      for (const r of t.rows) expect(r).toHaveLength(width);
    }
    expect(tj.tables.length).toBe(truth.tables.length);
  });

  it('the <table> elements join back into the logical tables, titles and meta lines before them', () => {
    expect(elements.length).toBe(truth.tables.reduce((n, t) => n + t.htmlTables.length, 0));
    truth.tables.forEach((t, i) => {
      const pieces = t.htmlTables.map((k) => expand(elements[k] as Element));
      const joined = [...(pieces[0] ?? [])];
      if (pieces[1]) joined.push(...pieces[1].slice(t.continuation?.repeatHeader ? t.headerRows : 0));
      expect(joined, t.kind).toEqual(tj.tables[i]?.rows);
      // Title h3, then the meta lines, directly before the first piece.
      let el = (elements[t.htmlTables[0] as number] as Element).previousElementSibling;
      const meta: string[] = [];
      while (el && el.tagName !== 'H3') {
        meta.unshift(norm(el.textContent));
        el = el.previousElementSibling;
      }
      expect(norm(el?.textContent)).toBe(t.title);
      expect(meta).toEqual(tj.tables[i]?.meta);
    });
  });

  it('notes of empty tables are printed right after them', () => {
    for (const t of truth.tables.filter((x) => x.notes.length > 0)) {
      const last = elements[t.htmlTables.at(-1) as number] as Element;
      expect(norm(last.nextElementSibling?.textContent)).toBe(t.notes[0]);
    }
  });

  it('the narrative holds every claim phrase, in the block it names', () => {
    for (const c of truth.claims) expect(truth.narrative[c.block]?.text, c.id).toContain(c.text);
    for (const b of truth.narrative) expect(html).toContain(b.text.slice(0, 20));
    expect(norm(document.querySelector('h1')?.textContent)).toBe(`${doc.spec.org}${doc.spec.year}年度部门预算公开`);
  });
});

describe('variants print what they promise', () => {
  it('split-codes: 类/款/项 in three columns, 207 | 01 | 01', () => {
    const { tj, truth } = render('split-codes');
    const i = truth.tables.findIndex((t) => t.kind === 'budget.income');
    const rows = tj.tables[i]?.rows ?? [];
    expect(rows[2]?.slice(0, 3)).toEqual(['类', '款', '项']);
    expect(rows.some((r) => r[0] === '207' && r[1] === '01' && r[2] === '01')).toBe(true);
    expect(rows.some((r) => r[0] === '207' && r[1] === '' && r[2] === '' && r[3] === '文化旅游体育与传媒支出')).toBe(
      true,
    );
    const econ = tj.tables[truth.tables.findIndex((t) => t.kind === 'budget.basic-economic')]?.rows ?? [];
    expect(econ.some((r) => r[0] === '301' && r[1] === '01' && r[2] === '基本工资')).toBe(true);
  });

  it('yuan: amount tables in 元 with separators, the 三公 table in 万元, same money', () => {
    const y = render('yuan');
    const w = render('sample');
    for (const t of y.truth.tables) {
      const expected = t.kind === 'budget.three-public' ? '万元' : '元';
      expect(t.unit, t.kind).toBe(expected);
      expect(y.tj.tables[t.index]?.meta, t.kind).toContain(`单位：${expected}`);
    }
    const sum = (r: { tj: typeof y.tj }) => r.tj.tables[0]?.rows.find((x) => x[0] === '收入总计')?.[1];
    expect(sum(y)).toBe('15,754,600.00');
    expect(sum(w)).toBe('1575.46');
    expect(y.truth.budget).toEqual(w.truth.budget);
  });

  it('word-html: MsoNormalTable, MsoNormal paragraphs with 宋体 spans, &nbsp; in empty cells, no th', () => {
    const { html } = render('word-html');
    expect(html).toContain('<table class=MsoNormalTable');
    expect(html).toMatch(/<td[^>]*><p class=MsoNormal[^>]*><span[^>]*style='font-family:宋体'>/);
    expect(html).toContain('&nbsp;');
    expect(html).not.toContain('<th');
  });

  it('continuation: two long tables split, one repeating its header and one not', () => {
    const { truth, document } = render('continuation');
    const split = truth.tables.filter((t) => t.htmlTables.length === 2);
    expect(split.map((t) => t.continuation?.repeatHeader).sort()).toEqual([false, true]);
    const elements = [...document.querySelectorAll('table')];
    for (const t of split) {
      const second = elements[t.htmlTables[1] as number] as Element;
      const firstRow = norm(second.querySelector('tr')?.textContent);
      if (t.continuation?.repeatHeader) expect(second.querySelector('th')).not.toBeNull();
      else expect(firstRow).toMatch(/\d/);
    }
  });

  it('missing-tables: the omitted kinds are absent and listed', () => {
    const { truth } = render('missing-tables');
    expect(truth.missingTables.length).toBeGreaterThan(0);
    for (const k of truth.missingTables) expect(truth.tables.some((t) => t.kind === k)).toBe(false);
    expect(truth.tables.length).toBe(14 - truth.missingTables.length);
  });

  it('empty-with-notes: 政府性基金 tables empty with the 空表 note, and no 政府性基金 money anywhere', () => {
    const { truth, html } = render('empty-with-notes');
    for (const kind of ['budget.gov-fund-income', 'budget.gov-fund', 'budget.state-capital']) {
      const t = truth.tables.find((x) => x.kind === kind);
      expect(t?.empty, kind).toBe(true);
      expect(t?.notes[0], kind).toMatch(/本表无数据|故本表为空表/);
    }
    expect(html).toContain('本部门2025年无政府性基金预算收支，故本表为空表');
    expect(truth.budget.totals.income.gf).toBe('0.00');
  });

  it('multi-unit: 部门 → 单位 → 项目 rows, 机关运行经费 for the bureau only, explained in truth', () => {
    const { tj, truth } = render('multi-unit');
    const rowsOf = (kind: string) => tj.tables[truth.tables.findIndex((t) => t.kind === kind)]?.rows ?? [];
    const names = rowsOf('budget.projects').map((r) => r[0]);
    expect(names).toContain('示例县文化馆');
    expect(names).toContain('示例县文化和旅游局（本级）');
    expect(rowsOf('budget.admin-operating').map((r) => r[0])).not.toContain('示例县文化馆');
    expect(truth.units.map((u) => u.kind)).toEqual(['行政单位', '事业单位']);
    expect(truth.explained).toHaveLength(1);
    expect(truth.narrative.some((b) => b.text.includes('纳入预算编制范围的单位2个'))).toBe(true);
  });

  it('tables are built only from the budget: every omitted kind is still buildable', () => {
    const all = buildTables(buildBudget(makeSpec('sample')));
    expect(all.map((t) => t.kind)).toHaveLength(14);
  });
});
