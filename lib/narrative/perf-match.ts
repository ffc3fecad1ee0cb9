/**
 * Narrative (stage 5): which 项目支出预算表 row each 项目支出绩效目标表 is about. One form per row: first equal names
 * with equal amounts (年度资金总额 in 元 = the row in 万元), then equal names, then the most similar name (a near miss
 * such as 国企改革 / 国企改制, worth a warning). Pure; it reports nothing itself.
 */

import type { BudgetDocument } from '../model/budget-document';
import { halfUnit } from '../money/rounding';
import { toYuan } from '../money/unit';
import { type PerfForm, perfFormsOf } from './perf-forms';
import { type ProjectRow, projectRowsOf } from './project-rows';
import { nameKey, nameSimilarity } from './similarity';

/** Names at least this alike (2·LCS/len) are the same project misspelt rather than two projects. */
export const NEAR_NAME = 0.75;

export interface PerfMatch {
  form: PerfForm;
  row: ProjectRow;
  how: 'exact' | 'near';
  similarity: number;
}

export interface PerfMatching {
  forms: PerfForm[];
  matches: PerfMatch[];
  /** Project rows no form speaks about (表12 and 表13). */
  unmatchedRows: ProjectRow[];
  /** Forms with a name that matches no row. */
  unmatchedForms: PerfForm[];
  /** Forms without a readable name. */
  unnamed: PerfForm[];
  /** Groups of forms printed for the same project name. */
  duplicates: PerfForm[][];
}

function sameAmount(f: PerfForm, r: ProjectRow): boolean {
  if (!f.annual || r.value === null) return false;
  const unit = r.table.unit ?? '万元';
  // Within the row's own rounding: half a unit of its last printed digit, in 元.
  const half = toYuan(halfUnit(r.decimals), unit);
  return toYuan(f.annual.value, f.annual.unit).minus(toYuan(r.value, unit)).abs().lte(half);
}

const cache = new WeakMap<BudgetDocument, PerfMatching>();

/** The matching for a document, computed once per model object (several rules ask for it). */
export function matchPerfForms(doc: BudgetDocument): PerfMatching {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out = computeMatching(doc);
  cache.set(doc, out);
  return out;
}

function computeMatching(doc: BudgetDocument): PerfMatching {
  const forms = perfFormsOf(doc);
  const { current, carryover } = projectRowsOf(doc);
  const rows = [...current, ...carryover];
  const named = forms.filter((f) => f.name !== null);
  const taken = new Set<ProjectRow>();
  const done = new Set<PerfForm>();
  const matches: PerfMatch[] = [];
  const pass = (pred: (f: PerfForm, r: ProjectRow) => boolean, how: PerfMatch['how']) => {
    for (const f of named) {
      if (done.has(f)) continue;
      let best: { r: ProjectRow; s: number } | null = null;
      for (const r of rows) {
        if (taken.has(r) || !pred(f, r)) continue;
        const s = nameSimilarity(f.name ?? '', r.row.name);
        if (!best || s > best.s) best = { r, s };
      }
      if (best) {
        taken.add(best.r);
        done.add(f);
        matches.push({ form: f, row: best.r, how, similarity: best.s });
      }
    }
  };
  const eqName = (f: PerfForm, r: ProjectRow) => nameKey(f.name ?? '') === nameKey(r.row.name);
  pass((f, r) => eqName(f, r) && sameAmount(f, r), 'exact');
  pass(eqName, 'exact');
  pass((f, r) => nameSimilarity(f.name ?? '', r.row.name) >= NEAR_NAME && sameAmount(f, r), 'near');
  pass((f, r) => nameSimilarity(f.name ?? '', r.row.name) >= NEAR_NAME, 'near');

  const byName = new Map<string, PerfForm[]>();
  for (const f of named) {
    const k = nameKey(f.name ?? '');
    byName.set(k, [...(byName.get(k) ?? []), f]);
  }
  // A second copy of a form is not "unmatched": it is a duplicate.
  const dupGroups = [...byName.values()].filter((g) => g.length > 1);
  const dupExtra = new Set(dupGroups.flatMap((g) => g.filter((f) => !done.has(f))));
  return {
    forms,
    matches,
    unmatchedRows: rows.filter((r) => !taken.has(r)),
    unmatchedForms: named.filter((f) => !done.has(f) && !dupExtra.has(f)),
    unnamed: forms.filter((f) => f.name === null),
    duplicates: dupGroups,
  };
}
