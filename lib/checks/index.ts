/**
 * Checks (stage 6) catalogue: every rule, keyed by id, sorted. Must equal the files in lib/checks/rules/
 * (index.test.ts asserts it). Add a rule: create rules/<id>.ts and add one line here.
 */
import type { CheckDefinition } from './define-check';
import adminOperatingVsPublic from './rules/admin-operating-vs-public';
import basicEconomicTotal from './rules/basic-economic-total';
import blankPage from './rules/blank-page';
import codeFormat from './rules/code-format';
import codeHierarchy from './rules/code-hierarchy';
import codeJoin from './rules/code-join';
import codeName from './rules/code-name';
import codeNameOfficial from './rules/code-name-official';
import codeNameOfficialText from './rules/code-name-official-text';
import codeParent from './rules/code-parent';
import codePrefix from './rules/code-prefix';
import columnTotal from './rules/column-total';
import emptyNoteFund from './rules/empty-note-fund';
import emptyTableHasAmounts from './rules/empty-table-has-amounts';
import emptyTableNote from './rules/empty-table-note';
import fundBalance from './rules/fund-balance';
import fundTablesMatch from './rules/fund-tables-match';
import incomeExpenditureCodes from './rules/income-expenditure-codes';
import narrativeAmounts from './rules/narrative-amounts';
import narrativeAnnex from './rules/narrative-annex';
import narrativeChanges from './rules/narrative-changes';
import narrativeCompareYear from './rules/narrative-compare-year';
import narrativeCompletion from './rules/narrative-completion';
import narrativeCounts from './rules/narrative-counts';
import narrativeItemTwice from './rules/narrative-item-twice';
import narrativeLabels from './rules/narrative-labels';
import narrativeProjectSplit from './rules/narrative-project-split';
import narrativeSelfScope from './rules/narrative-self-scope';
import narrativeShares from './rules/narrative-shares';
import narrativeStaff from './rules/narrative-staff';
import narrativeStatedPrior from './rules/narrative-stated-prior';
import narrativeSums from './rules/narrative-sums';
import orgPerformanceFunds from './rules/org-performance-funds';
import perfAmounts from './rules/perf-amounts';
import perfCoverage from './rules/perf-coverage';
import perfNames from './rules/perf-names';
import perfSelfReviewRate from './rules/perf-self-review-rate';
import perfText from './rules/perf-text';
import periodChange from './rules/period-change';
import projectsTotal from './rules/projects-total';
import rowParts from './rules/row-parts';
import summaryMatchesTables from './rules/summary-matches-tables';
import tablesPresent from './rules/tables-present';
import textEmptyReason from './rules/text-empty-reason';
import textPlaceholders from './rules/text-placeholders';
import textPunctuation from './rules/text-punctuation';
import textUndisplayable from './rules/text-undisplayable';
import textUnfinished from './rules/text-unfinished';
import threePublicItems from './rules/three-public-items';
import threePublicVsBasic from './rules/three-public-vs-basic';
import twoSidedTotals from './rules/two-sided-totals';

export const RULES: Readonly<Record<string, CheckDefinition>> = {
  'admin-operating-vs-public': adminOperatingVsPublic,
  'basic-economic-total': basicEconomicTotal,
  'blank-page': blankPage,
  'code-format': codeFormat,
  'code-hierarchy': codeHierarchy,
  'code-join': codeJoin,
  'code-name': codeName,
  'code-name-official': codeNameOfficial,
  'code-name-official-text': codeNameOfficialText,
  'code-parent': codeParent,
  'code-prefix': codePrefix,
  'column-total': columnTotal,
  'empty-note-fund': emptyNoteFund,
  'empty-table-has-amounts': emptyTableHasAmounts,
  'empty-table-note': emptyTableNote,
  'fund-balance': fundBalance,
  'fund-tables-match': fundTablesMatch,
  'income-expenditure-codes': incomeExpenditureCodes,
  'narrative-amounts': narrativeAmounts,
  'narrative-annex': narrativeAnnex,
  'narrative-changes': narrativeChanges,
  'narrative-compare-year': narrativeCompareYear,
  'narrative-completion': narrativeCompletion,
  'narrative-counts': narrativeCounts,
  'narrative-item-twice': narrativeItemTwice,
  'narrative-labels': narrativeLabels,
  'narrative-project-split': narrativeProjectSplit,
  'narrative-self-scope': narrativeSelfScope,
  'narrative-shares': narrativeShares,
  'narrative-staff': narrativeStaff,
  'narrative-stated-prior': narrativeStatedPrior,
  'narrative-sums': narrativeSums,
  'org-performance-funds': orgPerformanceFunds,
  'perf-amounts': perfAmounts,
  'perf-coverage': perfCoverage,
  'perf-names': perfNames,
  'perf-self-review-rate': perfSelfReviewRate,
  'perf-text': perfText,
  'period-change': periodChange,
  'projects-total': projectsTotal,
  'row-parts': rowParts,
  'summary-matches-tables': summaryMatchesTables,
  'tables-present': tablesPresent,
  'text-empty-reason': textEmptyReason,
  'text-placeholders': textPlaceholders,
  'text-punctuation': textPunctuation,
  'text-undisplayable': textUndisplayable,
  'text-unfinished': textUnfinished,
  'three-public-items': threePublicItems,
  'three-public-vs-basic': threePublicVsBasic,
  'two-sided-totals': twoSidedTotals,
};

/** Old ids that were renamed → current id (user toggles keyed by id keep working). */
export const RULE_RENAMES: Readonly<Record<string, string>> = {};
