import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, RawTable } from '../extract/types';
import { documentKindOf, narrativeUnitOf, organisationOf, scopeOf, yearOf } from './document-info';

function table(title: string | null, meta: string[] = []): RawTable {
  return { title, meta, notes: [], rows: [], origin: { kind: 'html', tables: [0] } };
}

function doc(title: string | undefined, tables: RawTable[] = [], blocks: string[] = []): ExtractedDocument {
  return {
    source: { kind: 'html', uri: 'x', ...(title ? { title } : {}) },
    tables,
    blocks: blocks.map((text) => ({ text, role: 'paragraph' as const })),
    warnings: [],
  };
}

describe('document metadata', () => {
  it('takes the organisation from meta lines, whatever the label, without the unit', () => {
    expect(organisationOf(doc(undefined, [table('t', ['部门名称：示例县能源局 单位：万元'])]), null)).toBe(
      '示例县能源局',
    );
    expect(
      organisationOf(doc(undefined, [table('t', ['编制部门：上海市普陀区人民政府办公室', '单位：元'])]), null),
    ).toBe('上海市普陀区人民政府办公室');
    expect(organisationOf(doc(undefined, [table('t', ['预算单位：上海市财政局'])]), null)).toBe('上海市财政局');
    expect(organisationOf(doc(undefined, [table('t', ['编制单位:095-示例局'])]), null)).toBe('示例局');
  });

  it('falls back to the title, then to the form', () => {
    expect(organisationOf(doc('示例市教育局2026年度部门预算公开'), null)).toBe('示例市教育局');
    expect(organisationOf(doc('示例区财政局2024年度部门决算'), null)).toBe('示例区财政局');
    expect(organisationOf(doc('预算公开'), '示例局')).toBe('示例局');
    expect(organisationOf(doc('上海市 XX 局 2024 年度部门决算'), null)).toBeNull();
  });

  it('reads the year from the title, else the table titles', () => {
    expect(yearOf(doc('示例局2026年度部门预算公开'))).toBe(2026);
    expect(yearOf(doc(undefined, [table('2025年部门收入预算总表'), table('2025年部门支出预算总表')]))).toBe(2025);
    expect(yearOf(doc(undefined))).toBeNull();
  });

  it('tells budget from final accounts', () => {
    expect(documentKindOf(doc(undefined), ['final.summary', 'final.income'])).toBe('final');
    expect(documentKindOf(doc(undefined), ['budget.summary', 'budget.performance'])).toBe('budget');
    expect(documentKindOf(doc('示例局2024年度部门决算公开'), ['other'])).toBe('final');
    expect(documentKindOf(doc(undefined), ['other'])).toBeNull();
  });

  it('tells department from unit scope', () => {
    expect(scopeOf(doc('示例局2026年度部门预算公开'))).toBe('department');
    expect(scopeOf(doc('示例中心2026年单位预算'))).toBe('unit');
    expect(scopeOf(doc(undefined, [table('2025年预算单位财务收支预算总表')]))).toBe('unit');
    expect(scopeOf(doc(undefined, [table('2025年部门财务收支预算总表')]))).toBe('department');
    expect(scopeOf(doc(undefined, [table('收入决算表', ['编制单位：示例中心'])]))).toBe('unit');
  });

  it('finds the unit the narrative writes amounts in', () => {
    expect(narrativeUnitOf(doc(undefined, [], ['收入1,261.62万元，支出800万元', '共计3元']))).toBe('万元');
    expect(narrativeUnitOf(doc(undefined, [], ['无金额']))).toBeNull();
  });
});
