/**
 * Model (stage 4) vocabulary: what a grid column holds. Recognise assigns one role per column from its header;
 * checks read amounts by role. Ids are stable (report schema); add new ones, never rename.
 */
import { z } from 'zod';

/** Columns that identify a row rather than carry an amount. */
export const LABEL_ROLES = [
  'code', // a whole classification code in one column (2080505, 30101)
  'code.class', // split code columns: 类 / 款 / 项
  'code.section',
  'code.item',
  'name', // 科目名称 / 项目 / 项目名称 / 单位名称
  'unit', // 预算单位 / 单位名称 beside a 科目 column: the organisation a row belongs to
  'unit-code', // 单位编码 / 单位代码 beside a 科目 column
  'alt-name', // a second name column (政府预算支出经济科目名称 beside 部门预算支出经济科目名称)
  'index', // 序号 / 栏次
  'text', // form cells, descriptions: not amounts
] as const;

/** Columns that carry amounts (in the table's printed unit). */
export const AMOUNT_ROLES = [
  'total', // 合计 / 小计 / 总计
  'amount', // a single amount column: 金额 / 预算数 / 决算数 / 2025年
  // funding sources
  'general-public', // 一般公共预算
  'gov-fund', // 政府性基金
  'state-capital', // 国有资本经营
  'fiscal-special', // 财政专户管理资金
  'unit-funds', // 单位资金
  'fiscal', // 财政拨款 (sub-total of the three above)
  'business-income', // 事业收入
  'business-operating', // 事业单位经营收入 / 经营收入
  'superior-subsidy', // 上级补助收入
  'affiliated-remit', // 附属单位上缴收入
  'other-income', // 其他收入
  'carryover', // 上年结转 (income side)
  'current-income', // 本年收入 (final fund tables)
  'opening-balance', // 年初结转和结余
  'closing-balance', // 年末结转和结余
  // spending split
  'basic', // 基本支出
  'project', // 项目支出
  'personnel', // 人员经费
  'public', // 公用经费
  'current-year', // 当年预算安排
  'prior-carryover', // 上年结转安排
  'remit-superior', // 上缴上级支出
  'operating-expense', // 经营支出
  'subsidy-affiliated', // 对附属单位补助支出
  'reserve', // 单位预留机动经费 (江苏): spending not yet assigned
  // 三公 and 机关运行经费
  'three-public', // “三公”经费 total
  'outbound', // 因公出国（境）费
  'reception', // 公务接待费
  'vehicle', // 公务用车购置及运行费
  'vehicle-purchase', // 公务用车购置费
  'vehicle-operation', // 公务用车运行（维护）费
  'admin-operating', // 机关运行经费
  'meeting', // 会议费 (printed beside 三公 in some templates)
  'training', // 培训费
  // other
  'balance-use', // 用事业基金弥补收支差额, 使用非财政拨款结余, 上年实户资金余额: money from balances
  'of-which', // 其中：… a detail of the column before it, never a part of a sum
] as const;

export const COLUMN_ROLES = [...LABEL_ROLES, ...AMOUNT_ROLES, 'unknown'] as const;
export const ColumnRoleSchema = z.enum(COLUMN_ROLES);
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

const AMOUNT_ROLE_SET: ReadonlySet<string> = new Set(AMOUNT_ROLES);
export function isAmountRole(role: ColumnRole): boolean {
  return AMOUNT_ROLE_SET.has(role);
}

/** Which side of a two-sided table a column belongs to. */
export const SIDES = ['income', 'expenditure', 'left', 'right'] as const;
export const SideSchema = z.enum(SIDES);
export type Side = z.infer<typeof SideSchema>;

/** Budgeted vs actual, for final-accounts columns printed as 预算数 | 决算数 pairs. */
export const MeasureSchema = z.enum(['budget', 'actual']);
export type Measure = z.infer<typeof MeasureSchema>;
