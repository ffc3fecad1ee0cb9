/**
 * Test support for the recognise stage: turns a fixture's ground-truth tables.json (`{title, meta, rows}`) into
 * RawTables / an ExtractedDocument, so recognition can be tested without an extractor. Node-only (reads files);
 * never imported by the extension bundle.
 */
import { readFileSync } from 'node:fs';
import { normalizeText } from '../../extract/normalize';
import type { ExtractedDocument, RawTable } from '../../extract/types';

export interface GroundTruthTable {
  title: string | null;
  meta: string[];
  notes?: string[];
  rows: string[][];
}

export function rawTableFrom(t: GroundTruthTable, htmlIndex = 0): RawTable {
  const width = Math.max(0, ...t.rows.map((r) => r.length));
  return {
    title: t.title === null ? null : normalizeText(t.title),
    meta: t.meta.map(normalizeText),
    notes: (t.notes ?? []).map(normalizeText),
    rows: t.rows.map((r) => Array.from({ length: width }, (_, c) => ({ text: normalizeText(r[c] ?? '') }))),
    origin: { kind: 'html', tables: [htmlIndex] },
  };
}

export function groundTruthTables(path: string): GroundTruthTable[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { tables: GroundTruthTable[] };
  return json.tables;
}

/** An ExtractedDocument built from ground-truth tables (no narrative unless blocks are given). */
export function documentFrom(tables: GroundTruthTable[], title?: string, blocks: string[] = []): ExtractedDocument {
  return {
    source: { kind: 'html', uri: 'test://ground-truth', ...(title ? { title } : {}) },
    tables: tables.map((t, i) => rawTableFrom(t, i)),
    blocks: blocks.map((text) => ({ text, role: 'paragraph' as const })),
    warnings: [],
  };
}
