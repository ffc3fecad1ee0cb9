/**
 * Checks (stage 6): which amount columns of a table add up to which — the column vocabulary of the identities
 * (a 合计 column = its sources, or 基本+项目, or 当年+上年结转, or 人员+公用; 财政拨款 = 一般公共 + 基金 + 国资;
 * 三公 = 出国 + 车 + 接待). Derived from column roles and header groups only; no amounts are read here.
 */
import type { BudgetTable, Column } from '../model/budget-document';
import type { ColumnRole, Side } from '../model/column-roles';
import { roleLabel } from './role-labels';

const FISCAL_PARTS: readonly ColumnRole[] = ['general-public', 'gov-fund', 'state-capital'];
const OTHER_SOURCES: readonly ColumnRole[] = [
  'fiscal-special',
  'unit-funds',
  'business-income',
  'business-operating',
  'superior-subsidy',
  'affiliated-remit',
  'other-income',
];

export interface ColumnIdentity {
  total: Column;
  parts: Column[];
  /** Short name of the identity for messages. */
  name: { zh: string; en: string };
}

function groupOf(c: Column): string | null {
  return c.header.length > 1 ? (c.header[0] ?? null) : null;
}

/** The column identities a table's header implies, per side. */
export function columnIdentities(table: BudgetTable): ColumnIdentity[] {
  const out: ColumnIdentity[] = [];
  const sides: (Side | undefined)[] = table.twoSided ? [...new Set(table.columns.map((c) => c.side))] : [undefined];
  for (const side of sides) {
    const cols = table.columns.filter((c) => c.side === side);
    const by = (role: ColumnRole) => cols.filter((c) => c.role === role);
    const one = (role: ColumnRole) => (by(role).length === 1 ? (by(role)[0] ?? null) : null);
    // A table printing budget and actual (决算 预算数|决算数) pairs repeats roles: not handled by role alone.
    const total = one('total') ?? one('three-public');
    const fiscal = one('fiscal');
    if (total) {
      const basic = one('basic');
      const project = one('project');
      const personnel = one('personnel');
      const pub = one('public');
      const label = (parts: Column[]) => ({
        zh: parts.map((p) => roleLabel(p.role)).join('+'),
        en: parts.map((p) => roleLabel(p.role, 'en')).join(' + '),
      });
      const push = (t: Column, parts: Column[]) => out.push({ total: t, parts, name: label(parts) });
      if (basic && project) push(total, [basic, project]);
      if (basic && personnel && pub) push(basic, [personnel, pub]);
      // 基本支出 printed only as its two halves (人员经费 | 公用经费) beside 项目支出.
      if (!basic && personnel && pub) push(total, project ? [personnel, pub, project] : [personnel, pub]);
      const cy = one('current-year');
      const pc = one('prior-carryover');
      if (cy && pc) push(total, [cy, pc]);
      const sources = sourcesOf(cols, total, fiscal);
      // A column recognise could not name may be one more source (用事业基金弥补收支差额 …): the sum would be
      // incomplete, so the sources identity is not asserted for such a table.
      const unnamed = cols.some((c) => c.role === 'unknown');
      if (sources.length > 0 && !unnamed)
        out.push({ total, parts: sources, name: { zh: '资金来源合计', en: 'sum of funding sources' } });
      if (total.role !== 'three-public') {
        const tp = one('three-public');
        if (tp) pushThreePublic(out, tp, one);
      } else pushThreePublic(out, total, one);
    } else {
      const tp = one('three-public');
      if (tp) pushThreePublic(out, tp, one);
    }
    if (fiscal) {
      const parts = FISCAL_PARTS.map(one).filter((p): p is Column => p !== null);
      if (parts.length > 0) out.push({ total: fiscal, parts, name: { zh: '财政拨款小计', en: 'fiscal sub-total' } });
    }
    const vehicle = one('vehicle');
    const vp = one('vehicle-purchase');
    const vo = one('vehicle-operation');
    if (vehicle && vp && vo)
      out.push({ total: vehicle, parts: [vp, vo], name: { zh: '公务用车购置及运行费', en: 'official vehicles' } });
  }
  return out;
}

function pushThreePublic(out: ColumnIdentity[], total: Column, one: (r: ColumnRole) => Column | null): void {
  const outbound = one('outbound');
  const reception = one('reception');
  const vehicle = one('vehicle');
  const vp = one('vehicle-purchase');
  const vo = one('vehicle-operation');
  const car = vehicle ? [vehicle] : vp && vo ? [vp, vo] : null;
  if (outbound && reception && car)
    out.push({ total, parts: [outbound, ...car, reception], name: { zh: '“三公”经费', en: 'three public expenses' } });
}

function sourcesOf(cols: Column[], total: Column, fiscal: Column | null): Column[] {
  const group = groupOf(total);
  const isSource = (c: Column) =>
    (fiscal ? c === fiscal : FISCAL_PARTS.includes(c.role)) || OTHER_SOURCES.includes(c.role) || c.role === 'carryover';
  let sources = cols.filter(isSource);
  // 上年结转 belongs to the total only when the header puts it under the same group as 合计 (收入预算 / 合计 |
  // 本年收入 … | 上年结转 are siblings of 合计 in some templates, outside it in others).
  const carry = sources.filter((c) => c.role === 'carryover');
  if (carry.length > 0) {
    const inside = group !== null && carry.every((c) => groupOf(c) === group);
    if (!inside) sources = sources.filter((c) => c.role !== 'carryover');
  }
  if (group !== null) {
    const grouped = sources.filter((c) => groupOf(c) === group || c.role === 'fiscal');
    // Sources printed under their own group (2025年财政拨款 / 一般公共预算) are still the total's parts when the
    // total has no siblings of its own; only narrow when the group holds sources.
    if (grouped.length > 0 && grouped.length < sources.length) {
      const outside = sources.filter((c) => !grouped.includes(c));
      if (outside.every((c) => groupOf(c) !== null && groupOf(c) !== group && c.role !== 'carryover')) return sources;
      return grouped;
    }
  }
  // A lone 一般公共预算 beside 合计 with nothing else is still an identity (合计 = 一般公共预算).
  return sources;
}
