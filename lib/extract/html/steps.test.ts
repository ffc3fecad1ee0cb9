/**
 * The sliced extractor: stepping changes nothing in the result (a pause after every unit of work gives the same
 * document as one go, on the seed fixtures, every generated variant, a 50,000-row table and 5,000 tables), each step
 * is bounded (counted in the DOM reads it makes, independently of the extractor's own tally), span and nesting bombs
 * are stepped through too, and the time-sliced runner pauses between slices as its clock says.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateVariant, renderPage } from '../../../tests/generator/document';
import { VARIANTS } from '../../../tests/generator/spec';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../../tests/support/shared';
import type { ExtractedDocument } from '../types';
import { extractHtml, extractHtmlSteps } from './extract-html';
import { drain, runSliced, STEP_WORK, type Steps, stepped } from './steps';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

const row = (i: number) =>
  `<tr><td>2010101</td><td>行政运行${i}</td><td>${i}.00</td><td>${i * 2}.50</td><td>0</td></tr>`;
const LONG_ROWS = 50_000;
const longTable = () =>
  `<html><head><title>部门预算</title></head><body><h1>某部门2025年部门预算</h1><p>一般公共预算支出表</p><p>单位：万元</p>` +
  `<table><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>` +
  `${Array.from({ length: LONG_ROWS }, (_, i) => row(i)).join('')}</table></body></html>`;
const MANY = 5000;
const manyTables = () =>
  `<html><body>${Array.from(
    { length: MANY },
    (_, i) =>
      `<p>表${i} 收支总表</p><p>单位：万元</p><table><tr><th>项目</th><th>金额</th></tr><tr><td>a${i}</td><td>${i}</td></tr></table><p>注：第${i}表。</p>`,
  ).join('')}</body></html>`;

/** Runs the steps one by one, counting the attribute reads each makes on the linkedom document. */
function countReads(
  document: Document,
  steps: Steps<ExtractedDocument>,
): { value: ExtractedDocument; reads: number[] } {
  let proto: object | null = document.createElement('td');
  while (proto && !Object.hasOwn(proto, 'getAttribute')) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error('no getAttribute on the linkedom element');
  const element = proto as { getAttribute: (n: string) => unknown; hasAttribute: (n: string) => unknown };
  const { getAttribute, hasAttribute } = element;
  let n = 0;
  element.getAttribute = function (this: Element, name: string) {
    n++;
    return getAttribute.call(this, name);
  };
  element.hasAttribute = function (this: Element, name: string) {
    n++;
    return hasAttribute.call(this, name);
  };
  const reads: number[] = [];
  try {
    for (;;) {
      n = 0;
      const r = steps.next();
      reads.push(n);
      if (r.done) return { value: r.value, reads };
    }
  } finally {
    element.getAttribute = getAttribute;
    element.hasAttribute = hasAttribute;
  }
}

describe('extractHtmlSteps gives what extractHtml gives', () => {
  const pages: [string, () => string][] = [
    ...VARIANTS.flatMap((v) =>
      [1, 2].map(
        (seed) => [`${v} seed ${seed}`, () => renderPage(generateVariant(v, { seed }))] as [string, () => string],
      ),
    ),
    ...(HAS_SHARED
      ? FIXTURE_IDS.map(
          (id) => [id, () => readFileSync(sharedPath('fixtures', id, 'page.html'), 'utf8')] as [string, () => string],
        )
      : []),
  ];

  it.each(pages)('%s, pausing after every unit of work', (_, html) => {
    const d = doc(html());
    const once = extractHtml(d, 'x');
    expect(once.tables.length).toBeGreaterThan(0);
    expect(drain(extractHtmlSteps(d, 'x', stepped(1)))).toEqual(once);
  });

  it(`a ${LONG_ROWS}-row table and ${MANY} tables, at the default step`, () => {
    for (const html of [longTable(), manyTables()]) {
      const d = doc(html);
      const once = extractHtml(d, 'x');
      expect(drain(extractHtmlSteps(d, 'x'))).toEqual(once);
    }
  });
});

describe('each step is bounded', () => {
  // Reads per unit of work: a cell reads its two spans; an element visited reads hidden/style/role, a block's
  // emphasis align/style. Five per unit is the most any unit makes.
  const MAX_READS = 5 * STEP_WORK;

  it(`a ${LONG_ROWS}-row table is read in many small steps`, () => {
    const d = doc(longTable());
    const { value, reads } = countReads(d, extractHtmlSteps(d, 'x'));
    expect(value.tables[0]?.rows.length).toBe(LONG_ROWS + 1);
    expect(Math.max(...reads)).toBeLessThanOrEqual(MAX_READS);
    // Every cell is a unit: the table cannot be read in fewer steps than this.
    expect(reads.length).toBeGreaterThanOrEqual(((LONG_ROWS + 1) * 5) / STEP_WORK);
  });

  it(`${MANY} tables are read in many small steps`, () => {
    const d = doc(manyTables());
    const { value, reads } = countReads(d, extractHtmlSteps(d, 'x'));
    expect(value.tables.length).toBe(MANY);
    expect(value.tables[MANY - 1]?.notes).toEqual([`注:第${MANY - 1}表。`]);
    // Reading one block's own text is not split: the body's 20,000 children are each looked at (hidden? two reads)
    // in one step, which the widest element bounds rather than STEP_WORK. Every other step is within the budget.
    const [widest, next] = [...reads].sort((a, b) => b - a);
    expect(widest).toBeLessThanOrEqual(MAX_READS + 2 * 4 * MANY);
    expect(next).toBeLessThanOrEqual(MAX_READS);
    expect(reads.length).toBeGreaterThanOrEqual((MANY * 4) / STEP_WORK);
  });

  it('a span bomb (rowspan=0 colspan=1000 over 2,000 rows) pauses while it fills the covered positions', () => {
    const rows = 2000;
    const d = doc(
      `<table><tr><td rowspan="0" colspan="1000">x</td><td>1</td></tr>${'<tr><td>y</td></tr>'.repeat(rows - 1)}</table>`,
    );
    let steps = 0;
    const stepping = extractHtmlSteps(d, 'x');
    while (!stepping.next().done) steps++;
    const table = extractHtml(d, 'x').tables[0];
    expect(table?.rows.length).toBe(rows);
    expect(table?.rows[0]?.length).toBe(1001);
    expect(table?.rows[0]?.[0]).toMatchObject({ text: 'x', rowSpan: rows, colSpan: 1000 });
    // 2 million covered positions: each covered row (1,000 positions, more than a step's budget) ends a step.
    expect(STEP_WORK).toBeLessThanOrEqual(1000);
    expect(steps).toBeGreaterThanOrEqual(rows);
  });

  it('a nesting bomb (8,000 nested divs, each with text) is read, in bounded steps', () => {
    const depth = 8000;
    const d = doc(
      `<html><body>${'<div>第x段'.repeat(depth)}${'</div>'.repeat(depth)}<table><tr><td>a</td><td>1</td></tr></table></body></html>`,
    );
    const { value, reads } = countReads(d, extractHtmlSteps(d, 'x'));
    expect(value.warnings).toEqual([]);
    expect(value.blocks.length).toBe(depth);
    expect(value.tables.length).toBe(1);
    expect(Math.max(...reads)).toBeLessThanOrEqual(MAX_READS);
  });
});

describe('runSliced', () => {
  /** `n` steps of 1 ms each on a fake clock. */
  function* ticking(clock: { t: number }, n: number): Steps<string> {
    for (let i = 0; i < n; i++) {
      clock.t += 1;
      yield;
    }
    return 'done';
  }

  it('takes steps until the slice has run its time, then pauses, and returns the result', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const r = await runSliced(ticking(clock, 100), {
      now: () => clock.t,
      pause: async () => {
        pauses++;
      },
      sliceMs: 40,
    });
    expect(r).toEqual({ value: 'done', slices: 3, longestMs: 40 });
    expect(pauses).toBe(2);
  });

  it('a short job is one slice without a pause', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    const r = await runSliced(ticking(clock, 3), {
      now: () => clock.t,
      pause: async () => {
        pauses++;
      },
      sliceMs: 40,
    });
    expect(r).toEqual({ value: 'done', slices: 1, longestMs: 3 });
    expect(pauses).toBe(0);
  });
});
