/**
 * Pipeline (browser-safe): a disclosure published as two files — its narrative (…部门预算公开.pdf) and its tables
 * (…部门预算公开表.pdf), as 北京 and 江苏 publish — read as one document. Which files belong together is decided from
 * what they say of themselves (the same organisation and year, one with the statement tables and one with the text
 * only), never from their names. The merge only joins extractions: the second file's pages are numbered after the
 * first's, so every anchor stays unique; the one pipeline then reads the whole. Pure: no I/O.
 */
import type { Anchor, ExtractedDocument, TextBlock } from '../extract/types';
import { isStatementKind } from '../model/table-kinds';
import { recogniseDocument } from '../recognise/recognise-document';
import type { Report } from '../report/report-schema';
import { type AnalyzeOptions, analyzeExtracted } from './analyze';
import type { ExtractedSource } from './input';

export interface Profile {
  organisation: string | null;
  year: number | null;
  /** Statement tables it prints (收支总表 …), not forms or contents. */
  statements: number;
  /** Characters of narrative text. */
  text: number;
}

/** What a file says of itself: whose, which year, and whether it holds the tables or the text. */
export function profileOf(doc: ExtractedDocument): Profile {
  const model = recogniseDocument(doc);
  return {
    organisation: model.document.organisation,
    year: model.document.year,
    statements: model.tables.filter((t) => isStatementKind(t.kind) && !t.kind.includes('performance')).length,
    text: doc.blocks.reduce((n, b) => n + b.text.length, 0),
  };
}

/** Narrative only: a disclosure's text with none of its tables (they are published in another file). */
export function isNarrativeOnly(p: Profile): boolean {
  return p.statements === 0 && p.text >= 500 && p.year !== null;
}

const same = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;

/** Whether two files are the two halves of one disclosure: one the tables, one the text, of one organisation and year. */
export function areCompanions(a: Profile, b: Profile): boolean {
  const halves = (isNarrativeOnly(a) && b.statements >= 3) || (isNarrativeOnly(b) && a.statements >= 3);
  const named = a.organisation !== null || b.organisation !== null;
  return halves && named && same(a.organisation, b.organisation) && same(a.year, b.year);
}

function shiftAnchor<T extends Anchor | undefined>(a: T, by: number): T {
  return a && a.kind === 'pdf' ? ({ ...a, page: a.page + by } as T) : a;
}

function shiftBlock(b: TextBlock, by: number): TextBlock {
  const anchor = b.anchor && b.anchor.kind === 'pdf' ? { ...b.anchor, page: b.anchor.page + by } : b.anchor;
  return { ...b, ...(anchor ? { anchor } : {}) };
}

/**
 * One extraction of the two files: the text file's blocks first (its cover names the document), then the other's;
 * the tables of both; the second file's pages numbered after the first's.
 */
export function mergeCompanions(first: ExtractedDocument, second: ExtractedDocument): ExtractedDocument {
  const by = first.source.pages ?? 0;
  const [text, tables] = profileOf(first).statements === 0 ? [first, second] : [second, first];
  const blocks =
    text === first
      ? [...first.blocks, ...second.blocks.map((b) => shiftBlock(b, by))]
      : [...second.blocks.map((b) => shiftBlock(b, by)), ...first.blocks];
  return {
    source: {
      kind: first.source.kind,
      uri: `${first.source.uri} + ${second.source.uri}`,
      ...(text.source.title ? { title: text.source.title } : {}),
      pages: by + (second.source.pages ?? 0),
    },
    tables: [
      ...first.tables,
      ...second.tables.map((t) => ({
        ...t,
        rows: t.rows.map((r) => r.map((c) => (c.anchor ? { ...c, anchor: shiftAnchor(c.anchor, by) } : c))),
        origin: t.origin.kind === 'pdf' ? { kind: 'pdf' as const, pages: t.origin.pages.map((p) => p + by) } : t.origin,
      })),
    ],
    blocks,
    blankPages: [...(first.blankPages ?? []), ...(second.blankPages ?? []).map((a) => shiftAnchor(a, by))],
    warnings: [
      `两个文件作为一份公开读取：文字 ${text.source.uri}，表格 ${tables.source.uri}；${second.source.uri} 的页码接在 ${first.source.uri} 之后（第 ${by + 1} 页起） / read as one disclosure: text from ${text.source.uri}, tables from ${tables.source.uri}; pages of ${second.source.uri} numbered from ${by + 1}`,
      ...first.warnings,
      ...second.warnings,
    ],
  };
}

/**
 * Pairs the files that are two halves of one disclosure, in the order given; every other file stands alone. Returns
 * groups of input indices.
 */
export function pairCompanions(profiles: readonly Profile[]): number[][] {
  const used = new Set<number>();
  const out: number[][] = [];
  profiles.forEach((p, i) => {
    if (used.has(i)) return;
    const j = profiles.findIndex((q, k) => k > i && !used.has(k) && areCompanions(p, q));
    used.add(i);
    if (j >= 0) {
      used.add(j);
      out.push([i, j]);
    } else out.push([i]);
  });
  return out;
}

/** The report of one read input, or of two that are one disclosure's text and tables (pairCompanions' groups). */
export function analyzeGroup(sources: readonly ExtractedSource[], opts: AnalyzeOptions = {}): Report {
  const [a, b] = sources;
  if (!a) throw new Error('analyzeGroup: no input');
  if (b) return analyzeExtracted(mergeCompanions(a.extracted, b.extracted), opts);
  return analyzeExtracted(a.extracted, { ...a.extras, ...opts });
}
