/**
 * Unknown input never crashes recognition: random grids built from budget vocabulary, numbers, codes and noise all
 * give a model that validates against the BudgetDocument schema.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, RawTable } from '../extract/types';
import { BudgetDocumentSchema } from '../model/budget-document';
import { recogniseDocument } from './recognise-document';

const WORDS = [
  '',
  '',
  '合计',
  '项目',
  '科目编码',
  '类',
  '款',
  '项',
  '一般公共预算',
  '基本支出',
  '“三公”经费',
  '因公出国(境)费',
  '208',
  '20805',
  '2080505',
  '2101',
  '1,234.56',
  '0.00',
  '-',
  '(12.30)',
  '1',
  '2',
  '本表无数据',
  '收入',
  '支出',
  '单位：万元',
  'x'.repeat(300),
];
const TITLES = [null, '2025年预算收支总表', '收入决算表', '“三公”经费和机关运行经费预算表', '目录', '随便什么'];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomTable(rand: () => number): RawTable {
  const rows = Math.floor(rand() * 12);
  const cols = 1 + Math.floor(rand() * 9);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  return {
    title: pick(TITLES),
    meta: rand() < 0.5 ? ['部门名称：示例局', pick(['单位：万元', '单位：元', '单位：', ''])] : [],
    notes: rand() < 0.2 ? ['注：本表无数据'] : [],
    rows: Array.from({ length: rows }, () =>
      Array.from({ length: cols }, () => ({
        text: pick(WORDS),
        ...(rand() < 0.1 ? { colSpan: 1 + Math.floor(rand() * 4) } : {}),
        ...(rand() < 0.1 ? { rowSpan: 1 + Math.floor(rand() * 3) } : {}),
      })),
    ),
    origin: { kind: 'pdf', pages: [1] },
  };
}

describe('recognition robustness', () => {
  it('never throws and always yields a valid model on random tables', () => {
    const rand = rng(42);
    for (let i = 0; i < 300; i++) {
      const doc: ExtractedDocument = {
        source: { kind: 'pdf', uri: `fuzz-${i}` },
        tables: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => randomTable(rand)),
        blocks: [
          { text: '一、机构设置情况', role: 'heading' },
          { text: '编制5人，实有4人', role: 'paragraph' },
        ],
        warnings: [],
      };
      const model = recogniseDocument(doc);
      const parsed = BudgetDocumentSchema.safeParse(model);
      expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
      expect(model.warnings.filter((w) => w.startsWith('model validation') || w.includes('could not be read'))).toEqual(
        [],
      );
    }
  });
});
