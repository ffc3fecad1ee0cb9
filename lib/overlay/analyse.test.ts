import { describe, expect, it } from 'vitest';
import type { Finding } from '../checks/finding';
import type { ExtractedDocument, RawTable } from '../extract/types';
import type { Report } from '../report/report-schema';
import { analyseSafely, failedAnalysis } from './analyse';

const table = (title: string): RawTable => ({
  title,
  meta: [],
  notes: [],
  rows: [],
  origin: { kind: 'html', tables: [0] },
});
const doc: ExtractedDocument = {
  source: { kind: 'html', uri: 'x' },
  tables: [table('好表'), table('坏表'), table('另一张好表')],
  blocks: [],
  warnings: [],
};
const fakeReport = (d: ExtractedDocument, extra: Partial<Report> = {}) =>
  ({ tables: d.tables.map((t) => ({ title: t.title })), findings: [], warnings: [], ...extra }) as unknown as Report;

describe('analyseSafely', () => {
  it('passes a clean run through and reads the results the report carries', () => {
    const finding: Finding = {
      rule: 'r',
      severity: 'warning',
      message: { zh: 'z', en: 'e' },
      formula: null,
      stated: null,
      computed: null,
      difference: null,
      tolerance: null,
      unit: null,
      cells: [],
      claim: null,
    };
    const a = analyseSafely(doc, { analyze: (d) => fakeReport(d, { findings: [finding], verified: [] }) });
    expect(a.report?.tables).toHaveLength(3);
    expect(a.report?.findings).toEqual([finding]);
    expect(a.failedTables).toEqual([]);
    expect(a.error).toBeNull();
  });

  it('names the table that breaks the pipeline and still analyses the others', () => {
    const analyze = (d: ExtractedDocument) => {
      if (d.tables.some((t) => t.title === '坏表')) throw new Error('bad header');
      return fakeReport(d);
    };
    const a = analyseSafely(doc, { analyze });
    expect(a.failedTables).toEqual([{ index: 1, title: '坏表', reason: 'bad header' }]);
    expect(a.report?.tables.map((t) => t.title)).toEqual(['好表', '另一张好表']);
  });

  it('gives a clear failure when nothing can be analysed', () => {
    const a = analyseSafely(doc, {
      analyze: () => {
        throw new TypeError('boom');
      },
    });
    expect(a.report).toBeNull();
    expect(a.error).toBe('boom');
    expect(a.failedTables).toHaveLength(3);
    expect(failedAnalysis(new Error('no body')).error).toBe('no body');
  });
});
