import { describe, expect, it } from 'vitest';
import { buildDoc } from '../checks/testing/build-doc';
import { claimRef, claimsOf, linkedAmountsOf } from './claims-of';
import { sourcesOf, withSources } from './sources';
import { sections } from './testing/narrative-doc';

const doc = buildDoc(
  [
    {
      kind: 'budget.expenditure',
      columns: ['code', 'name', 'total', 'basic', 'project'],
      rows: [['', '合计', '100.00', '40.00', '60.00']],
    },
  ],
  { sections: sections(['三、支出预算情况说明', '支出预算100.00万元，其中：基本支出40.00万元，项目支出60.00万元。']) },
);

describe('claimsOf / linkedAmountsOf', () => {
  it('links each amount to its table cell, and reads once per model', () => {
    const linked = linkedAmountsOf(doc);
    expect(linked.map((l) => [l.claim.subject?.id, l.values[0]?.row, l.values[0]?.col])).toEqual([
      ['expenditure-grand', 1, 2],
      ['basic', 1, 3],
      ['project', 1, 4],
    ]);
    expect(claimsOf(doc)).toBe(claimsOf(doc));
  });
  it('gives the ClaimRef shape of lib/checks/finding', () => {
    const c = claimsOf(doc)[0];
    expect(c && claimRef(c.place)).toEqual({
      text: '支出预算100.00万元',
      section: '三、支出预算情况说明',
      anchor: { kind: 'html-block', block: 0 },
      start: 0,
      end: 12,
    });
  });
});

describe('withSources', () => {
  it('attaches blocks and grids without changing the model or its JSON', () => {
    const d = withSources(doc, { blocks: [{ text: 'x', role: 'paragraph' }], tables: [] });
    expect(sourcesOf(d)?.blocks).toHaveLength(1);
    expect(sourcesOf(doc)).toBeNull();
    expect(JSON.stringify(d)).toBe(JSON.stringify(doc));
  });
});
