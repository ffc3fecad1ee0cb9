import { describe, expect, it } from 'vitest';
import type { Finding } from '../checks/finding';
import { translator } from '../i18n/strings';
import { cardText } from './card-facts';
import { cellWhere, chipCounts, exportStem } from './texts';
import { buildOverlayModel } from './view-model';

const f: Finding = {
  rule: 'row-parts',
  severity: 'error',
  message: { zh: '合计不等于各项之和', en: 'Total differs from the sum of its parts' },
  formula: '合计 1261.62 ≠ 基本支出 427.87 + 项目支出 833.76',
  stated: '1261.62',
  computed: '1261.63',
  difference: '-0.01',
  tolerance: '0.005',
  unit: '万元',
  cells: [{ table: 0, row: 2, col: 2 }],
  claim: null,
};

const table = {
  title: '2025年支出预算表',
  kind: 'budget.expenditure' as const,
  headerRows: 1,
  grid: [
    ['科目编码', '科目名称', '合计'],
    ['', '合计', '1261.62'],
    ['208', '社会保障和就业支出', '65.43'],
  ],
  rows: [{ gridRow: 2, code: '208', name: '社会保障和就业支出', isTotal: false, amounts: {} }],
  columns: [{ index: 2, role: 'total' as const, key: 'total', header: ['合计'] }],
};

describe('card text', () => {
  it('shows the message in the chosen language and the numbers with their unit', () => {
    const c = cardText(f, 'en');
    expect(c.message).toBe('Total differs from the sum of its parts');
    expect(c.facts).toEqual([
      { label: 'formula', value: f.formula },
      { label: 'stated', value: '1261.62 万元' },
      { label: 'computed', value: '1261.63 万元' },
      { label: 'difference', value: '-0.01 万元' },
      { label: 'tolerance', value: '±0.005 万元' },
    ]);
    expect(c.glyph).toBe('✕');
  });
  it('leaves out what a finding does not have and the internal-error marker', () => {
    const c = cardText(
      { ...f, formula: 'internal-error', stated: null, computed: null, difference: null, tolerance: null, unit: null },
      'zh',
    );
    expect(c.facts).toEqual([]);
  });
});

describe('where and chips', () => {
  it('names a cell by table title, row code and name, column header', () => {
    expect(cellWhere([table as never], { table: 0, row: 2, col: 2 }, 'zh')).toBe(
      '2025年支出预算表 · 208 社会保障和就业支出 · 合计',
    );
    expect(cellWhere([table as never], { table: 3, row: 0, col: 0 }, 'zh')).toBe('');
  });
  it('counts a chip in glyphs and in words', () => {
    const model = buildOverlayModel([table], [f], [{ rule: 'r', cells: [{ table: 0, row: 1, col: 2 }], claim: null }]);
    const chip = model.chips[0];
    expect(chip).toBeDefined();
    if (!chip) return;
    const c = chipCounts(chip, translator('zh'), 'zh');
    expect(c.kind).toBe('支出预算总表');
    expect(c.text).toBe('✓ 1 · ✕ 1');
    expect(c.label).toBe('支出预算总表, 1 通过, 错误 1');
  });
  it('makes a safe export file stem', () => {
    expect(
      exportStem({
        document: { organisation: '泽州县能源局', year: 2025, kind: 'budget' } as never,
        source: { title: null } as never,
      }),
    ).toBe('泽州县能源局-2025-预算');
    expect(
      exportStem({
        document: { organisation: null, year: null, kind: null } as never,
        source: { title: 'a/b c' } as never,
      }),
    ).toBe('a_b_c');
  });
});
