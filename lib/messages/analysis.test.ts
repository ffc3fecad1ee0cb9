import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateVariant, renderPage } from '../../tests/generator/document';
import { extractHtml } from '../extract/html';
import type { ExtractedDocument } from '../extract/types';
import { panelState } from '../overlay/panel-state';
import { analyzeExtracted } from '../pipeline/analyze';
import { ANALYSIS_BUDGET, type AnalysisBudget, withinBudget } from './analysis-budget';
import { type AnalysisReply, analysisFrom, askAnalysis } from './analysis-client';
import { analysePage } from './analysis-service';
import { Message } from './messages';

const URI = 'https://example.gov.cn/sample.html';
const { document } = parseHTML(renderPage(generateVariant('sample')));
const extracted = extractHtml(document as unknown as Document, URI);

/** What crossing the extension's message channel does to a value: it travels as JSON. */
const overTheChannel = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * A background that answers the way entrypoints/background.ts does (as text when asked as text), with a clock that
 * ticks 5 ms per reading.
 */
function background(overrides: Parameters<typeof analysePage>[1] = {}, budget = ANALYSIS_BUDGET) {
  let t = 0;
  return async (raw: unknown): Promise<unknown> => {
    const msg = Message.parse(overTheChannel(raw));
    if (msg.type !== 'analyse-page') throw new Error(`unexpected ${msg.type}`);
    const reply = analysePage(msg.doc, overrides, () => (t += 5), budget);
    return msg.text ? JSON.stringify(reply) : overTheChannel(reply);
  };
}

describe('analysis in the background', () => {
  it.each([
    ['as objects (Chromium)', false],
    ['as JSON text (Firefox)', true],
  ])('gives the content script the same report as the pipeline run in place, %s', async (_, text) => {
    const reply = await askAnalysis(background(), extracted, text);
    expect(reply.error).toBeNull();
    expect(reply.failedTables).toEqual([]);
    expect(reply.ms).toBe(5);
    expect(reply.report?.tables.length).toBeGreaterThan(5);
    expect(reply.report).toEqual(overTheChannel(analyzeExtracted(extracted)));
  });

  it("runs with the reader's overrides", async () => {
    const perStaff = (r: AnalysisReply) =>
      r.report?.metrics.flatMap((m) => (m.kind === 'ratio' && m.per === 'staff' ? [m.denominator] : [])) ?? [];
    const plain = perStaff(await askAnalysis(background(), extracted));
    const overridden = perStaff(await askAnalysis(background({ staff: 7 }), extracted));
    expect(overridden.length).toBeGreaterThan(0);
    expect(overridden.every((d) => d.value === '7' && d.source === 'override')).toBe(true);
    expect(plain.some((d) => d.source === 'override')).toBe(false);
  });

  it('names a table the pipeline cannot read and keeps the rest', async () => {
    const broken = overTheChannel(extracted);
    const bad = broken.tables[2] as unknown as { rows: unknown };
    bad.rows = [[{ text: null }], 'not a row'];
    const reply = await askAnalysis(background(), broken);
    expect(reply.failedTables.map((f) => f.index)).toEqual([2]);
    expect(reply.report?.tables.length).toBe(extracted.tables.length - 1);
  });

  it('refuses at the boundary a message whose document is not an extraction', () => {
    const notOne: unknown[] = [
      null,
      'text',
      { ...extracted, tables: 'none' },
      { ...extracted, source: { kind: 'docx', uri: URI } },
      { tables: [], blocks: [], warnings: [] },
    ];
    for (const doc of notOne) {
      expect(Message.safeParse({ type: 'analyse-page', doc }).success).toBe(false);
      expect(Message.safeParse({ type: 'analyse-page', doc: JSON.stringify(doc), text: true }).success).toBe(false);
    }
    expect(Message.safeParse({ type: 'analyse-page', doc: '{not json', text: true }).success).toBe(false);
    expect(Message.safeParse({ type: 'analyse-page', doc: overTheChannel(extracted) }).success).toBe(true);
    const ok = Message.safeParse({ type: 'analyse-page', doc: JSON.stringify(extracted satisfies ExtractedDocument) });
    expect(ok.success && ok.data.type === 'analyse-page' && ok.data.doc).toEqual(overTheChannel(extracted));
  });
});

describe('the analysis budget', () => {
  const cellsOf = (doc: ExtractedDocument) => doc.tables.reduce((n, t) => n + t.rows.flat().length, 0);
  const sizes = extracted.tables.map((t) => ({ rows: t.rows.length, cells: t.rows.flat().length }));
  const wide: AnalysisBudget = { tables: 1000, cells: 1e9, tableRows: 1e9 };

  it('leaves a document within the budget as it is (the sample disclosure, at the default budget)', () => {
    expect(withinBudget(extracted)).toEqual({ doc: extracted, tooLarge: null });
    expect(withinBudget(extracted, wide).tooLarge).toBeNull();
  });

  it('cuts the document before the first table past the budget: tables, cells or one table’s rows', () => {
    const cellsOfFirst3 = sizes.slice(0, 3).reduce((n, s) => n + s.cells, 0);
    const longest = Math.max(...sizes.map((s) => s.rows));
    const firstLongest = sizes.findIndex((s) => s.rows === longest);
    const cases: [AnalysisBudget, number][] = [
      [{ ...wide, tables: 4 }, 4],
      [{ ...wide, cells: cellsOfFirst3 }, 3],
      [{ ...wide, tableRows: longest - 1 }, firstLongest],
    ];
    for (const [budget, analysed] of cases) {
      const { doc, tooLarge } = withinBudget(extracted, budget);
      expect(tooLarge).toEqual({ tables: extracted.tables.length, cells: cellsOf(extracted), analysed });
      expect(doc.tables).toEqual(extracted.tables.slice(0, analysed));
      expect(doc.blocks).toBe(extracted.blocks);
      expect(doc.warnings.at(-1)).toBe(
        `Document too large (${extracted.tables.length} tables, ${cellsOf(extracted)} cells): only the first ${analysed} tables were analysed.`,
      );
    }
  });

  it('says so across the channel, and the report holds only what was analysed', async () => {
    const reply = await askAnalysis(background({}, { ...wide, tables: 5 }), extracted, true);
    expect(reply.error).toBeNull();
    expect(reply.tooLarge).toEqual({ tables: extracted.tables.length, cells: cellsOf(extracted), analysed: 5 });
    expect(reply.report?.tables.length).toBe(5);
    expect(reply.report?.warnings.some((w) => w.startsWith('Document too large'))).toBe(true);
    // The panel's sentence, in the reader's language.
    expect(panelState(reply, null, 'zh').tooLarge).toBe(
      `文档过大（共 ${extracted.tables.length} 张表、${cellsOf(extracted)} 个单元格）：只分析了前 5 张表。`,
    );
    expect(panelState(reply, null, 'en').tooLarge).toMatch(/^Document too large .*only the first 5 tables/u);
    const plain = await askAnalysis(background(), extracted);
    expect(plain.tooLarge).toBeUndefined();
    expect(panelState(plain, null, 'zh').tooLarge).toBeNull();
  });

  it('a first table already past the budget: no table analysed, the narrative still read, and the panel says so', async () => {
    const reply = await askAnalysis(background({}, { ...wide, tableRows: 1 }), extracted);
    expect(reply.tooLarge?.analysed).toBe(0);
    expect(reply.report?.tables).toEqual([]);
    expect(panelState(reply, null, 'zh').tooLarge).toMatch(/未分析任何表格/u);
  });

  it('drops a malformed size from an answer', () => {
    const answer = { report: null, failedTables: [], error: null, ms: 1, tooLarge: { tables: 'x', cells: 1 } };
    expect(analysisFrom(answer)).not.toHaveProperty('tooLarge');
  });
});

describe('analysisFrom / askAnalysis', () => {
  it('turns no answer, or one of the wrong shape, into a failed analysis that says so', () => {
    const answers: unknown[] = [undefined, null, '{', 'null', '5', '{}', { report: null, error: null }];
    for (const shape of [
      { report: null, error: null },
      { failedTables: 'x', report: null },
    ])
      answers.push(JSON.stringify(shape));
    for (const answer of answers)
      expect(analysisFrom(answer)).toEqual({
        report: null,
        failedTables: [],
        error: 'no answer from the background',
        ms: Number.NaN,
      });
  });

  it('passes a well-formed answer through, as objects or as text', () => {
    const answer = { report: null, failedTables: [{ index: 1, title: '表', reason: 'r' }], error: 'e', ms: 12 };
    expect(analysisFrom(answer)).toEqual(answer);
    expect(analysisFrom(JSON.stringify(answer))).toEqual(answer);
  });

  it('never throws: a channel that fails is a failed analysis with its reason', async () => {
    const reply = await askAnalysis(() => Promise.reject(new Error('Extension context invalidated.')), extracted);
    expect(reply.report).toBeNull();
    expect(reply.error).toBe('Extension context invalidated.');
  });
});
