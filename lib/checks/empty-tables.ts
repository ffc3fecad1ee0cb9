/**
 * Checks (stage 6): which fund an amount table is about, and whether a table is "empty" for the completeness
 * rules (no amount, or only zeros). Vocabulary and structure only.
 */
import type { BudgetTable } from '../model/budget-document';
import type { TableKind } from '../model/table-kinds';
import { FORM_KINDS } from '../model/table-kinds';

export interface Fund {
  name: string;
  /** Words that name this fund in a note. */
  re: RegExp;
}

export const FUNDS = {
  govFund: { name: '政府性基金', re: /政府性基金/u },
  stateCapital: { name: '国有资本经营', re: /国有资本经营/u },
  threePublic: { name: '“三公”经费', re: /三公/u },
  projects: { name: '项目支出', re: /项目/u },
  carryover: { name: '上年结转', re: /结转/u },
  adminOperating: { name: '机关运行经费', re: /机关运行/u },
} as const satisfies Record<string, Fund>;

const FUND_OF: Partial<Record<TableKind, Fund>> = {
  'budget.gov-fund-income': FUNDS.govFund,
  'budget.gov-fund': FUNDS.govFund,
  'budget.state-capital': FUNDS.stateCapital,
  'budget.three-public': FUNDS.threePublic,
  'budget.projects-carryover': FUNDS.carryover,
  'final.gov-fund': FUNDS.govFund,
  'final.state-capital': FUNDS.stateCapital,
  'final.three-public': FUNDS.threePublic,
};

export function fundOf(kind: TableKind): Fund | null {
  return FUND_OF[kind] ?? null;
}

/** An amount table (not a form, toc or other) that prints no non-zero amount. */
export function isEmptyAmountTable(t: BudgetTable): boolean {
  if (FORM_KINDS.has(t.kind)) return false;
  if (t.empty) return true;
  return t.rows.every((r) => Object.values(r.amounts).every((v) => v === null || v.isZero()));
}
