/**
 * Checks test support: `checkTester(rule, {pass, fail})` — ESLint's RuleTester shape for our rules. `pass` docs must
 * yield no error/warning from the rule; `fail` docs must yield each expected finding (severity, and optionally the
 * first cell and a message fragment). Test-only (imports vitest); nothing in the pipeline imports it.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../model/budget-document';
import type { CheckDefinition } from '../define-check';
import type { CellRef, Finding, Severity } from '../finding';
import { type CheckResult, runChecks } from '../run-checks';

export interface PassCase {
  name: string;
  doc: BudgetDocument;
  /** Also require at least this many verified (exact) checks. */
  minVerified?: number;
  /** Severities allowed in a pass case (default rounding and info). */
  allow?: Severity[];
}

export interface ExpectedFinding {
  severity: Severity;
  /** The stated cell (first cell of the finding). */
  cell?: CellRef;
  /** Any cell the finding must include. */
  includes?: CellRef;
  /** A fragment of the Chinese message or the formula. */
  text?: string;
}

export interface FailCase {
  name: string;
  doc: BudgetDocument;
  findings: ExpectedFinding[];
}

export function runOne(rule: CheckDefinition, doc: BudgetDocument): CheckResult {
  return runChecks(doc, { rules: [rule], confirm: false });
}

function same(a: CellRef | undefined, b: CellRef): boolean {
  return a !== undefined && a.table === b.table && a.row === b.row && a.col === b.col;
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (f.severity !== e.severity) return false;
  if (e.cell && !same(f.cells[0], e.cell)) return false;
  if (e.includes && !f.cells.some((c) => same(c, e.includes as CellRef))) return false;
  if (e.text && !(f.message.zh.includes(e.text) || (f.formula ?? '').includes(e.text) || f.message.en.includes(e.text)))
    return false;
  return true;
}

export function checkTester(rule: CheckDefinition, cases: { pass: PassCase[]; fail: FailCase[] }): void {
  describe(rule.id, () => {
    for (const c of cases.pass) {
      it(`passes: ${c.name}`, () => {
        const r = runOne(rule, c.doc);
        const allow = new Set<Severity>(c.allow ?? ['rounding', 'info']);
        const bad = r.findings.filter((f) => !allow.has(f.severity) || f.formula === 'internal-error');
        expect(bad.map((f) => `${f.severity}: ${f.message.zh}`)).toEqual([]);
        if (c.minVerified !== undefined) expect(r.verified.length).toBeGreaterThanOrEqual(c.minVerified);
      });
    }
    for (const c of cases.fail) {
      it(`fails: ${c.name}`, () => {
        const r = runOne(rule, c.doc);
        expect(r.findings.every((f) => f.formula !== 'internal-error')).toBe(true);
        for (const e of c.findings) {
          const hit = r.findings.some((f) => matches(f, e));
          expect(
            hit,
            `${JSON.stringify(e)} in\n${r.findings.map((f) => `${f.severity} ${JSON.stringify(f.cells[0])} ${f.message.zh}`).join('\n')}`,
          ).toBe(true);
        }
      });
    }
  });
}
