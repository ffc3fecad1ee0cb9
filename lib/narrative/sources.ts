/**
 * Narrative (stage 5): the extracted text a narrative or annex rule needs beside the model — the narrative blocks
 * (exact anchors and offsets for claims), the raw grids of form tables (绩效目标表, which the model keeps without
 * rows) and a PDF's blank pages (the blank-page rule). Attached to the model as a non-enumerable property, so the
 * report never serialises it and rules that do not ask for it never see it. Pure: it copies, never mutates the model
 * it is given.
 */
import type { ExtractedDocument, GridCell, PdfAnchor, TextBlock } from '../extract/types';
import type { BudgetDocument } from '../model/budget-document';

export interface NarrativeSources {
  blocks: readonly TextBlock[];
  /** Raw grid of every table, by BudgetTable.index (same order as ExtractedDocument.tables). */
  grids: readonly (readonly (readonly GridCell[])[])[];
  /** ExtractedDocument.blankPages; empty for HTML and where extraction could not tell. */
  blankPages: readonly PdfAnchor[];
}

const KEY = '__narrativeSources';

/** The model with the extraction's blocks, grids and blank pages attached (a shallow copy; the input is not changed). */
export function withSources(
  doc: BudgetDocument,
  extracted: Pick<ExtractedDocument, 'blocks' | 'tables' | 'blankPages'>,
): BudgetDocument {
  const copy: BudgetDocument = { ...doc };
  const sources: NarrativeSources = {
    blocks: extracted.blocks,
    grids: extracted.tables.map((t) => t.rows),
    blankPages: extracted.blankPages ?? [],
  };
  Object.defineProperty(copy, KEY, { value: sources, enumerable: false });
  return copy;
}

/** The attached sources, or null when the pipeline did not attach them (rules then fall back to sections). */
export function sourcesOf(doc: BudgetDocument): NarrativeSources | null {
  const s = (doc as unknown as Record<string, unknown>)[KEY];
  return s && typeof s === 'object' ? (s as NarrativeSources) : null;
}
