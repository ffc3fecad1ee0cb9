/**
 * Checks (stage 6): Chinese and English names of amount-column roles, for messages and formulas when a header text
 * is not at hand. Vocabulary only.
 */
import type { ColumnRole } from '../model/column-roles';

const LABELS: Partial<Record<ColumnRole, [string, string]>> = {
  total: ['合计', 'total'],
  amount: ['金额', 'amount'],
  'general-public': ['一般公共预算', 'general public budget'],
  'gov-fund': ['政府性基金', 'government funds'],
  'state-capital': ['国有资本经营', 'state capital'],
  'fiscal-special': ['财政专户管理资金', 'special fiscal accounts'],
  'unit-funds': ['单位资金', 'unit funds'],
  fiscal: ['财政拨款', 'fiscal appropriation'],
  'business-income': ['事业收入', 'business income'],
  'business-operating': ['经营收入', 'operating income'],
  'superior-subsidy': ['上级补助收入', 'superior subsidy'],
  'affiliated-remit': ['附属单位上缴收入', 'remittances of affiliates'],
  'other-income': ['其他收入', 'other income'],
  carryover: ['上年结转', 'carry-over'],
  basic: ['基本支出', 'basic expenditure'],
  project: ['项目支出', 'project expenditure'],
  personnel: ['人员经费', 'personnel costs'],
  public: ['公用经费', 'public costs'],
  'current-year': ['当年预算安排', 'this year’s allocation'],
  'prior-carryover': ['上年结转安排', 'carried-over allocation'],
  'three-public': ['“三公”经费', 'three public expenses'],
  outbound: ['因公出国（境）费', 'official travel abroad'],
  reception: ['公务接待费', 'official reception'],
  vehicle: ['公务用车购置及运行费', 'official vehicles'],
  'vehicle-purchase': ['公务用车购置费', 'vehicle purchase'],
  'vehicle-operation': ['公务用车运行维护费', 'vehicle operation'],
  'admin-operating': ['机关运行经费', 'administrative operating costs'],
  reserve: ['单位预留机动经费', 'unassigned reserve'],
  meeting: ['会议费', 'meetings'],
  training: ['培训费', 'training'],
  'balance-use': ['使用结余', 'from balances'],
};

export function roleLabel(role: ColumnRole, lang: 'zh' | 'en' = 'zh'): string {
  const l = LABELS[role];
  return l ? l[lang === 'zh' ? 0 : 1] : role;
}
