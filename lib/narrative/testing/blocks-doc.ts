/**
 * Test support for the rules on the text's form: a model with narrative blocks, table cells and blank pages attached
 * the way the pipeline attaches an extraction's. Test-only; nothing in the pipeline imports it.
 */
import { buildDoc } from '../../checks/testing/build-doc';
import type { PdfAnchor, TextBlock } from '../../extract/types';
import type { BudgetDocument } from '../../model/budget-document';
import { withSources } from '../sources';

/** A line's box on a PDF page, its top at `top` (user space, y up). */
export function lineBox(page: number, top: number): PdfAnchor {
  return { kind: 'pdf', page, bbox: [72, top - 20, 520, top] };
}

/** A paragraph block on a PDF page (each block its own anchor, as extraction makes them). */
export function para(text: string, page = 1, top = 700): TextBlock {
  return { text, role: 'paragraph', anchor: lineBox(page, top) };
}

export function heading(text: string, page = 1, top = 700): TextBlock {
  return { text, role: 'heading', anchor: lineBox(page, top) };
}

/** A model with no amount tables, these blocks, one table grid per list of cell anchors, and blank pages. */
export function blocksDoc(
  blocks: TextBlock[],
  opts: { tables?: PdfAnchor[][]; blankPages?: PdfAnchor[] } = {},
): BudgetDocument {
  const tables = (opts.tables ?? []).map((cells) => ({
    title: null,
    meta: [],
    notes: [],
    rows: [cells.map((anchor) => ({ text: '1.00', anchor }))],
    origin: { kind: 'pdf' as const, pages: [...new Set(cells.map((c) => c.page))] },
  }));
  return withSources(buildDoc([]), { blocks, tables, blankPages: opts.blankPages ?? [] });
}
