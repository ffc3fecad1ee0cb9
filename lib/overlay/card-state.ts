/**
 * Overlay view logic: the card state of the page overlay and the viewer alike — which badge's card is open (and which
 * of its findings has its cells outlined), which per-capita chip's card, which statement is previewed — its
 * transitions, and what follows from it: what is outlined, what a change redraws, the open card's content. Pure: the
 * controller (components/overlay/controller.tsx) measures, draws and scrolls through its adapter.
 */
import type { CellRef, Finding } from '../checks/finding';
import type { Anchor, HtmlBlockAnchor } from '../extract/types';
import type { Lang } from '../i18n/strings';
import { type AnchoredTable, anchorOfCell } from '../locate/cells';
import type { Metric, RatioMetric } from '../metrics/metric';
import { metricById } from './metrics-view';
import { cellWhere } from './texts';
import { type CellMark, type ClaimMark, markOfFinding, type OverlayModel } from './view-model';

export type Mark = CellMark | ClaimMark;

export interface CardState {
  /** The badge whose card is open, and which of its findings has its cells outlined. */
  open: { key: string; focus: number } | null;
  /** Key of the per-capita chip whose card is open (`metric:<id>`). */
  openMetric: string | null;
  /** The statement badge under the pointer or focus: its statement is marked in the text. */
  preview: string | null;
}

export const NO_CARD: CardState = { open: null, openMetric: null, preview: null };

export function markByKey(model: OverlayModel, key: string | null): Mark | null {
  if (key === null) return null;
  return model.marks.find((m) => m.key === key) ?? model.claimMarks.find((m) => m.key === key) ?? null;
}

export function openMark(model: OverlayModel | null, s: CardState): Mark | null {
  return model && s.open ? markByKey(model, s.open.key) : null;
}

export function openedMetric(metrics: readonly Metric[] | undefined, s: CardState): RatioMetric | null {
  const id = s.openMetric?.replace(/^metric:/u, '');
  return metrics && id ? metricById(metrics, id) : null;
}

/** A badge activated: its card opens on that finding, or closes when it was open on it already. */
export function toggleCard(s: CardState, key: string, focus = 0): CardState {
  const same = s.open?.key === key && s.open.focus === focus;
  return { ...s, openMetric: null, open: same ? null : { key, focus } };
}

/** A per-capita chip activated: its card opens (a finding card closes), or closes when it was open. */
export function toggleMetric(s: CardState, key: string): CardState {
  return { ...s, open: null, openMetric: s.openMetric === key ? null : key };
}

/** A finding chosen in the summary list: the card of the badge it is behind opens on it. */
export function jumpTo(model: OverlayModel, s: CardState, index: number): { state: CardState; mark: Mark } | null {
  const mark = markOfFinding(model, index);
  if (!mark) return null;
  return {
    mark,
    state: { ...s, openMetric: null, open: { key: mark.key, focus: Math.max(0, mark.findings.indexOf(index)) } },
  };
}

/** The open card's finding `focus` chosen (its cells outlined); its terms are the cells after the stated one. */
export function focusFinding(model: OverlayModel, s: CardState, focus: number): { state: CardState; terms: CellRef[] } {
  if (!s.open) return { state: s, terms: [] };
  const state = { ...s, open: { key: s.open.key, focus } };
  return { state, terms: focusedFinding(model, state)?.cells.slice(1) ?? [] };
}

/** Only a statement badge previews (a cell's badge sits on what it marks already). */
export function withPreview(model: OverlayModel, s: CardState, key: string | null): CardState {
  return { ...s, preview: key !== null && model.claimMarks.some((m) => m.key === key) ? key : null };
}

function focusedFinding(model: OverlayModel, s: CardState): Finding | undefined {
  const i = openMark(model, s)?.findings[s.open?.focus ?? 0];
  return i !== undefined ? model.findings[i] : undefined;
}

/** One outline: a table cell, or a statement's text (its lines, keyed `<prefix>:<line>`). */
export type Outline =
  | { kind: 'cell'; key: string; role: 'stated' | 'term'; cell: CellRef }
  | { kind: 'statement'; prefix: 'claim' | 'preview'; role: 'stated' | 'preview'; mark: ClaimMark };

/**
 * What is outlined: with a badge's card open, its statement and the focused finding's cells (a cell mark's own cell
 * without findings); the previewed statement unless its card is the open one; the open metric's cells (its numerator's).
 */
export function outlines(model: OverlayModel, s: CardState, metricCells: readonly CellRef[]): Outline[] {
  const out: Outline[] = [];
  const mark = openMark(model, s);
  if (mark) {
    const finding = focusedFinding(model, s);
    const cells = finding ? finding.cells : 'cell' in mark ? [mark.cell] : [];
    // A statement in the text is what is checked (stated); the table cells it is checked against are the terms.
    if (!('cell' in mark)) out.push({ kind: 'statement', prefix: 'claim', role: 'stated', mark });
    for (const [i, cell] of cells.entries())
      out.push({
        kind: 'cell',
        key: `${cellId(cell)}:${i}`,
        role: i === 0 && 'cell' in mark ? 'stated' : 'term',
        cell,
      });
  }
  const preview = s.preview !== s.open?.key ? model.claimMarks.find((m) => m.key === s.preview) : undefined;
  if (preview) out.push({ kind: 'statement', prefix: 'preview', role: 'preview', mark: preview });
  for (const [i, cell] of metricCells.entries())
    out.push({ kind: 'cell', key: `metric:${cellId(cell)}:${i}`, role: 'stated', cell });
  return out;
}

function cellId(c: CellRef): string {
  return `${c.table}:${c.row}:${c.col}`;
}

/** What a state shows beyond the badges themselves: the badges it marks and the cells it outlines. */
export interface Touched {
  marks: Mark[];
  cells: CellRef[];
}

export const UNTOUCHED: Touched = { marks: [], cells: [] };

/** Where a state draws: the open and previewed badges with every cell of their findings, the metric's cells. */
export function touched(model: OverlayModel | null, s: CardState, metricCells: readonly CellRef[]): Touched {
  if (!model) return UNTOUCHED;
  const marks = [openMark(model, s), markByKey(model, s.preview)].filter((m): m is Mark => m !== null);
  const cells = marks.flatMap((m) => m.findings.flatMap((i) => model.findings[i]?.cells ?? []));
  return { marks, cells: [...cells, ...metricCells] };
}

/** Both states' marks and cells: what a change from one to the other redraws. */
export function touchedEither(a: Touched, b: Touched): Touched {
  return { marks: [...a.marks, ...b.marks], cells: [...a.cells, ...b.cells] };
}

/** The open card's title (where the cell is, or the statement's section) and the findings behind its badge. */
export function cardContent(model: OverlayModel, tables: Parameters<typeof cellWhere>[0], mark: Mark, lang: Lang) {
  return {
    title: 'cell' in mark ? cellWhere(tables, mark.cell, lang) : (mark.claim.section ?? mark.claim.text),
    findings: mark.findings.flatMap((i) => model.findings[i] ?? []),
    verified: mark.verified,
  };
}

/** Where a mark is printed: its cell's anchor, or its statement's. */
export function anchorOfMark(tables: readonly AnchoredTable[], mark: Mark): Anchor | HtmlBlockAnchor | null {
  return ('cell' in mark ? anchorOfCell(tables, mark.cell) : mark.claim.anchor) ?? null;
}

/** An anchor as a badge's `data-anchor` (tests and debugging): `html:table:row:cell`, `block:n`, `pdf:page`. */
export function anchorName(a: Anchor | HtmlBlockAnchor | null): string {
  if (!a) return '';
  return a.kind === 'html'
    ? `html:${a.table}:${a.row}:${a.cell}`
    : a.kind === 'html-block'
      ? `block:${a.block}`
      : `pdf:${a.page}`;
}
