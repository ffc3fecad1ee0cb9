/**
 * Narrative (stage 5) entry for the checks: the claims of a document, read once per model object (several rules
 * ask for them). Deterministic: the cache is keyed by the model object and holds only what extractClaims returns.
 */
import type { BudgetDocument } from '../model/budget-document';
import { convert } from '../money/unit';
import { type AmountClaim, type Claim, type ClaimPlace, extractClaims } from './claims';
import { classNamesOf, linkSubject, type TableValue } from './link';
import { type BlockAnchor, passagesOf } from './passages';
import { sourcesOf } from './sources';

const cache = new WeakMap<BudgetDocument, Claim[]>();

/** Every narrative claim of the document (from attached blocks when present, else from the model's sections). */
export function claimsOf(doc: BudgetDocument): Claim[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const claims = extractClaims(passagesOf(doc, sourcesOf(doc)?.blocks ?? null), classNamesOf(doc), {
    final: doc.document.kind === 'final',
  });
  markUnitTypos(doc, claims);
  cache.set(doc, claims);
  return claims;
}

/**
 * An amount printed with the other unit (元 for 万元) whose digits are exactly the table value it speaks about, where
 * no reading in the printed unit holds: a unit typo. Marked on the claim (unit corrected) so the sums, shares and
 * changes it takes part in are read with the right unit, and the typo is one finding, not a cascade.
 */
function markUnitTypos(doc: BudgetDocument, claims: Claim[]): void {
  for (const c of claims) {
    if (c.kind !== 'amount' || c.isDelta || !c.subject || c.value.isZero()) continue;
    const values = linkSubject(doc, c.subject, c.place.section, c.measure);
    const inPrinted = values.some((v) => v.value !== null && convert(v.value, v.unit, c.unit).eq(c.value));
    if (inPrinted) continue;
    const typo = values.find((v) => v.value !== null && v.unit !== c.unit && v.value.eq(c.value));
    if (typo) {
      c.unitTypo = c.unit;
      c.unit = typo.unit;
    }
  }
}

/** The ClaimRef (lib/checks/finding) of a claim's place: text, section, block anchor, offsets in the block. */
export function claimRef(place: ClaimPlace): {
  text: string;
  section: string | null;
  anchor: BlockAnchor;
  start: number;
  end: number;
} {
  return { text: place.text, section: place.section, anchor: place.anchor, start: place.start, end: place.end };
}

/** An amount claim with every table value it may speak about (the section's own table first). */
export interface LinkedAmount {
  claim: AmountClaim;
  values: TableValue[];
}

/** Amount claims with a subject, each with its linked table values (empty when no table prints the subject). */
export function linkedAmountsOf(doc: BudgetDocument): LinkedAmount[] {
  return claimsOf(doc)
    .filter((c): c is AmountClaim => c.kind === 'amount' && !c.isDelta && c.subject !== null)
    .map((claim) => ({
      claim,
      values: claim.subject ? linkSubject(doc, claim.subject, claim.place.section, claim.measure) : [],
    }));
}
