/**
 * The narrative and annex rules on the project's own generated disclosures (tests/generator): its truth lists every
 * narrative claim with its true values. Every generator variant (and a few seeds) through the real pipeline —
 * page.html → extractHtml → recognise → claims → rules: every true amount/share/change claim is verified (or at most
 * rounding), no rule reports an error or a warning, and `inject(doc, {kind: 'pct-base'})` (a change % over this
 * year's amount) is found and named as a wrong base.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateVariant, renderPage } from '../../tests/generator/document';
import { inject } from '../../tests/generator/inject';
import type { Claim as TruthClaim } from '../../tests/generator/narrative';
import { VARIANTS } from '../../tests/generator/spec';
import type { Finding, Verified } from '../checks/finding';
import { RULES } from '../checks/index';
import { runChecks } from '../checks/run-checks';
import { extractHtml } from '../extract/html';
import { recogniseDocument } from '../recognise/recognise-document';
import { withSources } from './sources';

const MINE = Object.values(RULES).filter((r) => /^(narrative|perf)-/u.test(r.id));

function run(html: string): { findings: Finding[]; verified: Verified[] } {
  const { document } = parseHTML(html);
  const ex = extractHtml(document as unknown as Document, 'generated.html');
  return runChecks(withSources(recogniseDocument(ex), ex), { rules: MINE });
}

/** The printed number of a truth claim, as it appears in the text (thousands separators kept). */
function printedNumber(c: TruthClaim): string {
  const m = /([0-9][0-9,]*(?:\.[0-9]+)?)(?:万元|%)?$/u.exec(c.text);
  return m?.[1] ?? c.value;
}

/** True claims the rules can check: amounts the tables print, shares and changes with a percentage. */
const CHECKABLE = (c: TruthClaim) =>
  (c.kind === 'share' || c.kind === 'change' || c.kind === 'amount') && !/procurement|performance/u.test(c.id);

describe('narrative rules on generated disclosures', () => {
  const cases = [
    ...VARIANTS.map((v) => ({ v, seed: undefined as number | undefined })),
    { v: 'sample' as const, seed: 7 },
    { v: 'sample' as const, seed: 1234 },
  ];
  for (const { v, seed } of cases) {
    it(`${v}${seed === undefined ? '' : ` seed ${seed}`}: every true claim verified, no false error or warning`, () => {
      const doc = generateVariant(v, seed === undefined ? {} : { seed });
      const { findings, verified } = run(renderPage(doc));
      const bad = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      expect(bad.map((f) => `${f.rule}: ${f.message.zh}`)).toEqual([]);
      const seen = [...verified.map((x) => x.claim?.text ?? ''), ...findings.map((f) => f.claim?.text ?? '')];
      const unchecked = doc.claims
        .filter(CHECKABLE)
        .filter((c) => !seen.some((t) => t.includes(printedNumber(c))))
        .map((c) => `${c.id}: ${c.text}`);
      expect(unchecked).toEqual([]);
    });
  }

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`pct-base injection (seed ${seed}) is reported as a wrong base, and nothing else is`, () => {
      const doc = inject(generateVariant('sample'), { kind: 'pct-base', seed });
      const rec = doc.injected[0];
      const claim = doc.claims.find((c) => c.id === rec?.claimId);
      expect(claim).toBeDefined();
      const { findings } = run(renderPage(doc));
      const errors = findings.filter((f) => f.severity === 'error');
      expect(errors.length).toBe(1);
      const f = errors[0] as Finding;
      expect(f.rule).toBe('narrative-changes');
      expect(f.message.zh).toContain('分母');
      expect(f.claim?.text).toContain(claim?.truth.delta ? '' : '');
      expect(Number(f.computed)).toBeCloseTo(Number(claim?.truth.pct), 2);
    });
  }
});
