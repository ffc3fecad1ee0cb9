/**
 * Checks (stage 6) framework: what a rule is (`defineCheck`) and the context it reports through. A rule reads the
 * BudgetDocument and calls `ctx.report` / `ctx.pass` (or `ctx.compare`, which does both through the one rounding
 * helper in tolerance.ts). Rules are pure and deterministic: no I/O, no clock, no DOM, and they never mutate the doc.
 */
import Decimal from 'decimal.js';
import type { BudgetDocument, MoneyUnitName } from '../model/budget-document';
import type { CellRef, ClaimRef, Finding, Severity } from './finding';
import { type Comparison, compareSum, formatAmount, type Printed, printedText } from './tolerance';

export interface Localised {
  zh: string;
  en: string;
}

/** What a rule hands to `ctx.report`; omitted numeric fields become null. */
export interface ReportInput {
  severity: Severity;
  message: Localised;
  formula?: string | null;
  stated?: string | null;
  computed?: string | null;
  difference?: string | null;
  tolerance?: string | null;
  unit?: MoneyUnitName | null;
  /** The stated cell first, then the terms. */
  cells: CellRef[];
  claim?: ClaimRef | null;
}

export interface PassInput {
  cells: CellRef[];
  claim?: ClaimRef | null;
}

/** A printed amount with where it is and what to call it in a formula. */
export interface Term extends Printed {
  cell: CellRef | null;
  /** Short label for the formula (`基本支出`, `表3 208`). */
  label: string;
}

export interface CompareInput {
  /** What is being checked, used in the message: `合计行 基本支出` / `total row, basic`. */
  what: Localised;
  stated: Term;
  terms: Term[];
  /** Severity when the gap is beyond rounding (default `error`). */
  severity?: Exclude<Severity, 'rounding'>;
  /**
   * A wider bound of rounding alone that the caller knows (a cell printed as the sum of its rounded items), in the
   * stated amount's unit, with why: a gap within it is rounding.
   */
  widerBound?: { tolerance: Decimal; why: Localised };
  /** Appended to the message when the gap is beyond rounding (e.g. why a scope difference is legitimate). */
  note?: Localised;
  claim?: ClaimRef | null;
}

export interface CheckContext {
  readonly doc: BudgetDocument;
  report(input: ReportInput): void;
  pass(input: PassInput): void;
  /** stated = Σ terms through the shared rounding helper: exact → pass, within bound → rounding, else `severity`. */
  compare(input: CompareInput): Comparison;
}

/**
 * What a rule's identities span, which decides what confirms the reading under a failure (confirm.ts): `table`, the
 * cells of one table; `cross`, cells of two tables; `narrative`, a statement of the text (or an annex) against cells;
 * `document`, the document's form (which tables it has, their notes).
 */
export type CheckScope = 'table' | 'cross' | 'narrative' | 'document';

export interface CheckDefinition {
  /** Equals the rule's file name in lib/checks/rules/ (without .ts). Never changes. */
  id: string;
  scope: CheckScope;
  title: Localised;
  /** What the rule checks and why, for the UI's "why?" panel and the docs. */
  explain: Localised;
  /** The identity in words, e.g. `合计 = 基本支出 + 项目支出`. */
  formula: string;
  run(doc: BudgetDocument, ctx: CheckContext): void;
}

export function defineCheck(def: CheckDefinition): CheckDefinition {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(def.id)) throw new Error(`check id must be kebab-case: ${def.id}`);
  return Object.freeze(def);
}

const MAX_FORMULA_TERMS = 12;

/** `合计 1261.62 ≠ 基本支出 427.87 + 项目支出 833.76` (≈ within rounding, = exact). */
export function formulaText(stated: Term, terms: readonly Term[], verdict: Comparison['verdict']): string {
  const rel = verdict === 'exact' ? '=' : verdict === 'rounding' ? '≈' : '≠';
  const shown = terms.slice(0, MAX_FORMULA_TERMS);
  let rhs = shown
    .map(
      (t, i) =>
        `${i === 0 ? (t.negate ? '− ' : '') : t.negate ? ' − ' : ' + '}${t.label} ${printedText(t, stated.unit)}`,
    )
    .join('');
  if (terms.length > shown.length) rhs += ` + …（共 ${terms.length} 项）`;
  if (terms.length === 0) rhs = '0';
  return `${stated.label} ${printedText(stated)} ${rel} ${rhs}`;
}

function cellsOf(stated: Term, terms: readonly Term[]): CellRef[] {
  const out: CellRef[] = [];
  const seen = new Set<string>();
  for (const t of [stated, ...terms]) {
    if (!t.cell) continue;
    const k = `${t.cell.table}:${t.cell.row}:${t.cell.col}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t.cell);
  }
  return out;
}

/** Builds the context one rule runs with; findings and passes go to the sinks given. */
export function makeContext(
  rule: string,
  doc: BudgetDocument,
  sinks: {
    finding: (f: Finding) => void;
    pass: (cells: CellRef[], claim: ClaimRef | null, bound?: { tolerance: string; unit: MoneyUnitName }) => void;
  },
): CheckContext {
  const report = (r: ReportInput) =>
    sinks.finding({
      rule,
      severity: r.severity,
      message: r.message,
      formula: r.formula ?? null,
      stated: r.stated ?? null,
      computed: r.computed ?? null,
      difference: r.difference ?? null,
      tolerance: r.tolerance ?? null,
      unit: r.unit ?? null,
      cells: r.cells,
      claim: r.claim ?? null,
    });
  return {
    doc,
    report,
    pass: (p) => sinks.pass(p.cells, p.claim ?? null),
    compare(input) {
      let c = compareSum(input.stated, input.terms);
      const wider = input.widerBound;
      const widened = c.verdict === 'mismatch' && wider && new Decimal(c.difference).abs().lte(wider.tolerance);
      if (widened) c = { ...c, verdict: 'rounding', tolerance: formatAmount(wider.tolerance, 0) };
      const cells = cellsOf(input.stated, input.terms);
      if (c.verdict === 'exact') {
        sinks.pass(cells, input.claim ?? null, { tolerance: c.tolerance, unit: c.unit });
        return c;
      }
      const formula = formulaText(input.stated, input.terms, c.verdict);
      // A sum over no printed cell ("应为 0.00" because the parts were not found) is evidence of nothing.
      const partsMissing =
        c.verdict === 'mismatch' &&
        input.terms.length > 0 &&
        input.terms.every((t) => t.blank) &&
        !input.stated.blank &&
        !input.stated.value.isZero();
      const severity =
        c.verdict === 'rounding' ? 'rounding' : partsMissing ? 'unverified' : (input.severity ?? 'error');
      const zh =
        c.verdict === 'rounding'
          ? `${input.what.zh}：填列 ${c.stated}，分项合计 ${c.computed}，相差 ${c.difference}${c.unit}，在四舍五入误差范围（±${c.tolerance}）内。`
          : `${input.what.zh}：填列 ${c.stated}，按分项计算应为 ${c.computed}，相差 ${c.difference}${c.unit}（超出四舍五入误差 ±${c.tolerance}）。`;
      const en =
        c.verdict === 'rounding'
          ? `${input.what.en}: stated ${c.stated}, terms add up to ${c.computed}; the gap of ${c.difference} ${c.unit} is within rounding (±${c.tolerance}).`
          : `${input.what.en}: stated ${c.stated}, but the terms add up to ${c.computed}; off by ${c.difference} ${c.unit} (beyond rounding, ±${c.tolerance}).`;
      const note = partsMissing
        ? {
            zh: '分项在表中均为空，可能未能读取，此项未核实。',
            en: 'Every part is blank in the table, perhaps not read; not checked.',
          }
        : widened
          ? wider.why
          : c.verdict === 'mismatch' && input.note
            ? input.note
            : null;
      report({
        severity,
        message: { zh: note ? `${zh}${note.zh}` : zh, en: note ? `${en} ${note.en}` : en },
        formula,
        stated: c.stated,
        computed: c.computed,
        difference: c.difference,
        tolerance: c.tolerance,
        unit: c.unit,
        cells,
        claim: input.claim ?? null,
      });
      return c;
    },
  };
}
