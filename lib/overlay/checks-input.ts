/**
 * Overlay view logic: reads the check results a Report carries (`findings`, and `verified` once the pipeline adds
 * it) into typed Finding / Verified values. Lenient on purpose: an entry that does not fit the contract is skipped
 * and counted, so one malformed result never hides the others or breaks the page. It never re-runs checks.
 */
import { type Finding, FindingSchema, type Verified, VerifiedSchema } from '../checks/finding';

export interface CheckResults {
  findings: Finding[];
  verified: Verified[];
  /** Entries dropped because they did not match the Finding / Verified contract. */
  malformed: number;
  /**
   * Whether check results are present: a `verified` list, or at least some findings. False means the checks did not
   * run (or reported nothing and kept no verified list), so the overlay may run them or say they are unavailable.
   */
  checked: boolean;
}

export function readCheckResults(report: { findings?: unknown; verified?: unknown }): CheckResults {
  const findings: Finding[] = [];
  const verified: Verified[] = [];
  let malformed = 0;
  for (const raw of Array.isArray(report.findings) ? report.findings : []) {
    const p = FindingSchema.safeParse(raw);
    if (p.success) findings.push(p.data);
    else malformed++;
  }
  for (const raw of Array.isArray(report.verified) ? report.verified : []) {
    const p = VerifiedSchema.safeParse(raw);
    if (p.success) verified.push(p.data);
    else malformed++;
  }
  return { findings, verified, malformed, checked: Array.isArray(report.verified) || findings.length > 0 };
}
