/**
 * Test support for the narrative and annex rules: a hand-built BudgetDocument with narrative sections and, when
 * needed, form grids attached the way the pipeline attaches them. Test-only; nothing in the pipeline imports it.
 */

import { buildDoc, type TableSpec } from '../../checks/testing/build-doc';
import type { GridCell } from '../../extract/types';
import type { BudgetDocument, Section } from '../../model/budget-document';
import { withSources } from '../sources';

/** `[heading, text]` pairs become level-2 sections anchored at block i. */
export function sections(...pairs: [string, string][]): Section[] {
  return pairs.map(([heading, text], i) => ({ heading, level: 2, text, anchor: { kind: 'html-block', block: i } }));
}

export interface FormSpec {
  /** Table position the form takes (after the amount tables). */
  rows: string[][];
}

/** Amount tables + performance forms (kind `budget.performance` unless told, grids attached) + narrative sections. */
export function narrativeDoc(
  tables: TableSpec[],
  secs: Section[] = [],
  forms: string[][][] = [],
  info: Partial<BudgetDocument['document']> = {},
  formKind: TableSpec['kind'] = 'budget.performance',
): BudgetDocument {
  const formSpecs: TableSpec[] = forms.map(() => ({
    kind: formKind,
    unit: null,
    columns: ['text'],
    rows: [],
  }));
  const doc = buildDoc([...tables, ...formSpecs], { sections: secs, ...info });
  const grids: GridCell[][][] = [
    ...tables.map(() => [] as GridCell[][]),
    ...forms.map((g) => g.map((r) => r.map((text) => ({ text })))),
  ];
  return withSources(doc, {
    blocks: [],
    tables: grids.map((rows) => ({
      title: null,
      meta: [],
      notes: [],
      rows,
      origin: { kind: 'html' as const, tables: [] },
    })),
  });
}

/** A 项目支出绩效目标表 grid. */
export function perfForm(name: string, annualYuan: string, overview = ''): string[][] {
  return [
    ['项目名称', name, '', ''],
    ['项目资金(元)', '实施期资金总额:', annualYuan, '年度资金总额:', annualYuan],
    ['项目概况', overview, '', ''],
  ];
}
