/**
 * Content script and viewer helper: the check runner, when the checks stage is present, for reports that do not carry
 * check results yet (until the pipeline runs the checks itself; then analyseSafely never calls this). Resolved at
 * build time with a glob so the overlay builds with or without lib/checks/run-checks.ts; wiring only.
 */
import type { Finding, Verified } from '../../lib/checks/finding';
import type { ExtractedDocument } from '../../lib/extract/types';
import type { BudgetDocument } from '../../lib/model/budget-document';
import { recogniseDocument } from '../../lib/recognise/recognise-document';

type RunChecks = (doc: BudgetDocument) => { findings: Finding[]; verified: Verified[] };

const modules = import.meta.glob<{ runChecks?: RunChecks }>('../../lib/checks/run-checks.ts', { eager: true });
const runChecks = Object.values(modules)[0]?.runChecks;

/** Findings and verified checks for an extracted document, or null when no checks are built in. */
export const checkExtracted = runChecks
  ? (doc: ExtractedDocument) => {
      const r = runChecks(recogniseDocument(doc));
      return { findings: r.findings, verified: r.verified };
    }
  : undefined;
