/**
 * Checks (stage 6) catalogue: every rule, keyed by id, sorted. Must equal the files in lib/checks/rules/
 * (index.test.ts asserts it). Add a rule: create rules/<id>.ts and add one line here.
 */
import type { CheckDefinition } from './define-check';
import codeFormat from './rules/code-format';
import codeHierarchy from './rules/code-hierarchy';
import codeName from './rules/code-name';
import codeParent from './rules/code-parent';
import codePrefix from './rules/code-prefix';
import columnTotal from './rules/column-total';
import narrativeAmounts from './rules/narrative-amounts';
import narrativeChanges from './rules/narrative-changes';
import narrativeShares from './rules/narrative-shares';
import narrativeSums from './rules/narrative-sums';
import rowParts from './rules/row-parts';
import twoSidedTotals from './rules/two-sided-totals';

export const RULES: Readonly<Record<string, CheckDefinition>> = {
  'code-format': codeFormat,
  'code-hierarchy': codeHierarchy,
  'code-name': codeName,
  'code-parent': codeParent,
  'code-prefix': codePrefix,
  'column-total': columnTotal,
  'narrative-amounts': narrativeAmounts,
  'narrative-changes': narrativeChanges,
  'narrative-shares': narrativeShares,
  'narrative-sums': narrativeSums,
  'row-parts': rowParts,
  'two-sided-totals': twoSidedTotals,
};

/** Old ids that were renamed → current id (user toggles keyed by id keep working). */
export const RULE_RENAMES: Readonly<Record<string, string>> = {};
