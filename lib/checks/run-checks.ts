/**
 * Checks (stage 6) runner: every indexed rule over one BudgetDocument → findings, verified cells and a summary.
 * Pure and deterministic (rules run in id order; output sorted the same way every time). A rule that throws becomes
 * one `internal-error` info finding for that rule only; the others go on. It must not read the DOM or do I/O.
 */
import type { BudgetDocument, MoneyUnitName } from '../model/budget-document';
import { confirmFindings, type TableReading } from './confirm';
import type { CheckDefinition, CheckScope } from './define-check';
import { makeContext } from './define-check';
import type { CheckSummary, Finding, Severity, Verified } from './finding';
import { RULES } from './index';

/** The rounding bound an exact identity was checked with (in `unit`), for tools such as the mutation benchmark. */
export interface VerifiedBound {
  tolerance: string;
  unit: MoneyUnitName;
}

export interface CheckResult {
  findings: Finding[];
  /** Per table: whether the checks confirm its reading (confirm.ts). */
  readings: TableReading[];
  verified: Verified[];
  /** Aligned with `verified`: the bound used, or null for checks that are not amount comparisons. Not in the report. */
  verifiedBounds: (VerifiedBound | null)[];
  summary: CheckSummary;
}

export interface RunOptions {
  /** Rule ids to skip (user toggles). */
  disabled?: ReadonlySet<string>;
  /** Run these rules instead of the index (tests). */
  rules?: readonly CheckDefinition[];
  /** Confirm failures against what holds (default true); a rule's own tests see its raw output. */
  confirm?: boolean;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, unverified: 2, info: 3, rounding: 4 };

export function runChecks(doc: BudgetDocument, opts: RunOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const verified: Verified[] = [];
  const verifiedBounds: (VerifiedBound | null)[] = [];
  const rules = opts.rules ?? Object.values(RULES);
  for (const rule of rules) {
    if (opts.disabled?.has(rule.id)) continue;
    const mine: Finding[] = [];
    const passes: Verified[] = [];
    const bounds: (VerifiedBound | null)[] = [];
    const ctx = makeContext(rule.id, doc, {
      finding: (f) => mine.push(f),
      pass: (cells, claim, bound) => {
        passes.push({ rule: rule.id, cells, claim });
        bounds.push(bound ?? null);
      },
    });
    try {
      rule.run(doc, ctx);
      findings.push(...mine);
      verified.push(...passes);
      verifiedBounds.push(...bounds);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      findings.push({
        rule: rule.id,
        severity: 'info',
        message: {
          zh: `检查“${rule.title.zh}”未能完成（内部错误：${msg}）；其他检查不受影响。`,
          en: `Check "${rule.title.en}" could not finish (internal error: ${msg}); other checks are unaffected.`,
        },
        formula: 'internal-error',
        stated: null,
        computed: null,
        difference: null,
        tolerance: null,
        unit: null,
        cells: [],
        claim: null,
      });
    }
  }
  const scopes = new Map<string, CheckScope>(rules.map((r) => [r.id, r.scope]));
  const confirmed =
    opts.confirm === false
      ? { findings, readings: [] }
      : confirmFindings(doc, findings, verified, (id) => scopes.get(id) ?? 'table');
  findings.splice(0, findings.length, ...confirmed.findings);
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.cells[0]?.table ?? -1) - (b.cells[0]?.table ?? -1) ||
      (a.cells[0]?.row ?? -1) - (b.cells[0]?.row ?? -1) ||
      (a.cells[0]?.col ?? -1) - (b.cells[0]?.col ?? -1) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, unverified: 0, rounding: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return {
    findings,
    readings: confirmed.readings,
    verified,
    verifiedBounds,
    summary: { total: verified.length + findings.length, passed: verified.length, bySeverity },
  };
}

/** True when a finding is the runner's stand-in for a rule that threw. */
export function isInternalError(f: Finding): boolean {
  return f.formula === 'internal-error';
}
