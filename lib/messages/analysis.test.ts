import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateVariant, renderPage } from '../../tests/generator/document';
import { extractHtml } from '../extract/html';
import type { ExtractedDocument } from '../extract/types';
import { analyzeExtracted } from '../pipeline/analyze';
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
function background(overrides: Parameters<typeof analysePage>[1] = {}) {
  let t = 0;
  return async (raw: unknown): Promise<unknown> => {
    const msg = Message.parse(overTheChannel(raw));
    if (msg.type !== 'analyse-page') throw new Error(`unexpected ${msg.type}`);
    const reply = analysePage(msg.doc, overrides, () => (t += 5));
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
