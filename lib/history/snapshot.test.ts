import { describe, expect, it } from 'vitest';
import { HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { loadHtml } from '../metrics/testing/load';
import { recogniseDocument } from '../recognise/recognise-document';
import { documentFrom } from '../recognise/testing/ground-truth';
import { SnapshotSchema, snapshotKey, toSnapshot } from './snapshot';

describe('toSnapshot', () => {
  it('keeps amount tables as typed rows with decimal strings, drops forms', () => {
    const doc = recogniseDocument(
      documentFrom(
        [
          {
            title: '2025年部门预算支出总表',
            meta: ['单位：万元'],
            rows: [
              ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
              ['', '合计', '10.50', '10.50', ''],
              ['201', '一般公共服务支出', '10.50', '10.50', ''],
            ],
          },
        ],
        '某县某局2025年部门预算',
      ),
    );
    const r = toSnapshot(doc, { source: 'https://example.gov.cn/a.html', savedAt: '2026-11-21T17:00:00Z' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snapshot).toMatchObject({ key: '某县某局|2025|budget', year: 2025, kind: 'budget', unit: '万元' });
    const t = r.snapshot.tables[0];
    expect(t).toMatchObject({ kind: 'budget.expenditure', unit: '万元' });
    expect(t?.rows[1]).toEqual({
      code: '201',
      level: 'class',
      name: '一般公共服务支出',
      isTotal: false,
      amounts: { total: '10.5', basic: '10.5', project: null },
    });
    expect(SnapshotSchema.parse(JSON.parse(JSON.stringify(r.snapshot)))).toEqual(r.snapshot);
  });

  it('refuses a document that does not say whose, which year or what kind', () => {
    const doc = recogniseDocument(documentFrom([], undefined));
    const r = toSnapshot(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/organisation|year|budget/);
  });

  it('keys ignore whitespace and full-width forms', () => {
    expect(snapshotKey(' 上海市 普陀区财政局', 2025, 'budget')).toBe(snapshotKey('上海市普陀区财政局', 2025, 'budget'));
  });
});

describe.skipIf(!HAS_SHARED)('toSnapshot on a fixture page', () => {
  it('zezhou-energy-2025: 13 amount tables, two-sided rows split by side, small enough to keep', () => {
    const r = toSnapshot(loadHtml(sharedPath('fixtures/zezhou-energy-2025/page.html')).model);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const kinds = r.snapshot.tables.map((t) => t.kind);
    expect(kinds).toContain('budget.summary');
    expect(kinds).not.toContain('budget.performance');
    const summary = r.snapshot.tables.find((t) => t.kind === 'budget.summary');
    expect(summary?.rows.find((x) => x.side === 'expenditure' && x.name === '支出总计')?.amounts.total).toBe('2061.71');
    expect(JSON.stringify(r.snapshot).length).toBeLessThan(60_000);
  });
});
