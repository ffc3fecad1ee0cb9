/**
 * Overlay view logic: from a report and its check results to what the overlay draws — one mark per stated cell (the
 * most important level wins, with every finding behind it), marks on narrative claims, one chip per recognised table,
 * counts for the summary — honouring the reader's choice of severities. Pure selectors over immutable input: no
 * DOM, no layout, no Preact; it never re-runs or reinterprets a check.
 */
import type { CellRef, ClaimRef, Finding, Severity, Verified } from '../checks/finding';
import type { TableKind } from '../model/table-kinds';
import { isStatementKind } from '../model/table-kinds';
import { LEVEL_ORDER, type MarkLevel, SEVERITIES, worstLevel } from './levels';

/** `table:row:col` — the identity of a report cell inside the overlay. */
export type CellKey = string;

export function cellKey(c: CellRef): CellKey {
  return `${c.table}:${c.row}:${c.col}`;
}

/** A badge on a table cell: the stated cell of one or more checks. */
export interface CellMark {
  key: CellKey;
  cell: CellRef;
  level: MarkLevel;
  /** Indices into OverlayModel.findings, most important first. */
  findings: number[];
  /** Checks that held with this cell as their stated amount. */
  verified: number;
}

/** A badge on a narrative claim (a sentence stating an amount). */
export interface ClaimMark {
  key: string;
  claim: ClaimRef;
  level: MarkLevel;
  findings: number[];
  verified: number;
}

export interface TableChip {
  table: number;
  kind: TableKind;
  title: string | null;
  /** Checks that held with their stated cell in this table. */
  passed: number;
  /** Shown findings by severity whose stated cell is in this table. */
  bySeverity: Record<Severity, number>;
  worst: MarkLevel | null;
  /** Why the checks could not confirm the table's reading (its failures are shown as unverified), or null. */
  unread: { zh: string; en: string } | null;
}

export interface OverlayModel {
  /** Findings the reader chose to see, in the report's order. */
  findings: Finding[];
  /** Findings left out by the severity setting. */
  hidden: number;
  marks: CellMark[];
  claimMarks: ClaimMark[];
  chips: TableChip[];
  counts: Record<Severity, number>;
  passed: number;
}

export interface ModelTable {
  kind: TableKind;
  title: string | null;
  /** From the report: whether the checks confirm the table's reading. */
  reading?: { confident: boolean; reason: { zh: string; en: string } | null };
}

function emptyCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, unverified: 0, rounding: 0, info: 0 };
}

/** One mark per anchored block or box: several claims in one paragraph share a badge (never stacked badges). */
/** One mark per statement: its place (a PDF box, or a block and the claim's offsets in it). */
function claimKey(c: ClaimRef): string {
  const a = c.anchor;
  const where = !a ? 'none' : a.kind === 'pdf' ? `pdf:${a.page}:${a.bbox.join(',')}` : `${a.kind}:${JSON.stringify(a)}`;
  return c.start !== undefined && c.end !== undefined ? `claim:${where}:${c.start}-${c.end}` : `claim:${where}`;
}

export function buildOverlayModel(
  tables: readonly ModelTable[],
  allFindings: readonly Finding[],
  verified: readonly Verified[],
  show: readonly Severity[] = SEVERITIES,
): OverlayModel {
  const shown = new Set(show);
  const findings = allFindings.filter((f) => shown.has(f.severity));
  const marks = new Map<CellKey, CellMark>();
  const claims = new Map<string, ClaimMark>();
  const counts = emptyCounts();
  const chips: TableChip[] = tables.map((t, i) => ({
    table: i,
    kind: t.kind,
    title: t.title,
    passed: 0,
    bySeverity: emptyCounts(),
    worst: null,
    unread: t.reading && !t.reading.confident ? (t.reading.reason ?? { zh: '', en: '' }) : null,
  }));

  const cellMark = (c: CellRef): CellMark => {
    const key = cellKey(c);
    let m = marks.get(key);
    if (!m) {
      m = { key, cell: c, level: 'verified', findings: [], verified: 0 };
      marks.set(key, m);
    }
    return m;
  };
  const claimMark = (c: ClaimRef): ClaimMark => {
    const key = claimKey(c);
    let m = claims.get(key);
    if (!m) {
      m = { key, claim: c, level: 'verified', findings: [], verified: 0 };
      claims.set(key, m);
    }
    return m;
  };

  // A statement found wrong is marked where it is printed (its cells are highlighted when its card opens): the
  // narrative's 0.3万元 is wrong in the paragraph, not in the table it is checked against. A statement that holds
  // stays a quiet ✓ on the cell it agrees with.
  findings.forEach((f, i) => {
    counts[f.severity]++;
    const stated = f.claim?.anchor ? undefined : f.cells[0];
    if (stated) {
      const m = cellMark(stated);
      m.findings.push(i);
      m.level = worstLevel(m.findings.length === 1 ? null : m.level, f.severity);
      const chip = chips[stated.table];
      if (chip) {
        chip.bySeverity[f.severity]++;
        chip.worst = worstLevel(chip.worst, f.severity);
      }
    } else if (f.claim?.anchor) {
      const m = claimMark(f.claim);
      m.findings.push(i);
      m.level = worstLevel(m.findings.length === 1 ? null : m.level, f.severity);
    }
  });

  let passed = 0;
  for (const v of verified) {
    passed++;
    const stated = v.cells[0];
    if (stated) {
      cellMark(stated).verified++;
      const chip = chips[stated.table];
      if (chip) {
        chip.passed++;
        chip.worst = worstLevel(chip.worst, 'verified');
      }
    } else if (v.claim?.anchor) claimMark(v.claim).verified++;
  }

  const rank = (l: MarkLevel) => LEVEL_ORDER.indexOf(l);
  const byFindingLevel = (list: number[]) =>
    list.sort((a, b) => rank(findings[a]?.severity ?? 'info') - rank(findings[b]?.severity ?? 'info') || a - b);
  for (const m of marks.values()) byFindingLevel(m.findings);
  for (const m of claims.values()) byFindingLevel(m.findings);

  // A table not read with confidence says so on its chip, whatever it holds.
  for (const c of chips) if (c.unread && c.worst !== 'error') c.worst = worstLevel(c.worst, 'unverified');
  return {
    findings,
    hidden: allFindings.length - findings.length,
    marks: [...marks.values()].sort(
      (a, b) => a.cell.table - b.cell.table || a.cell.row - b.cell.row || a.cell.col - b.cell.col,
    ),
    claimMarks: [...claims.values()],
    chips: chips.filter((c) => isStatementKind(c.kind)),
    counts,
    passed,
  };
}

/** The findings behind a cell's badge (most important first). */
export function findingsForCell(model: OverlayModel, key: CellKey): Finding[] {
  const m = model.marks.find((x) => x.key === key);
  return m ? m.findings.flatMap((i) => model.findings[i] ?? []) : [];
}

/** The mark a finding's badge sits on (its stated cell or its claim), to jump to it from the summary list. */
export function markOfFinding(model: OverlayModel, index: number): CellMark | ClaimMark | null {
  return (
    model.marks.find((m) => m.findings.includes(index)) ??
    model.claimMarks.find((m) => m.findings.includes(index)) ??
    null
  );
}
