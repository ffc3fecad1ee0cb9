/**
 * Checks (stage 6): which amount columns of a table add up to which — the column vocabulary of the identities
 * (a 合计 column = its sources, or 基本+项目, or 当年+上年结转, or 人员+公用; 财政拨款 = 一般公共 + 基金 + 国资;
 * 三公 = 出国 + 车 + 接待; 合计 = 三公 + 会议费 + 培训费). Derived from column roles and header groups only; no amounts
 * are read here. A table printing several periods side by side (2025年 | 2026年 | 增减) has its identities per period,
 * and nested totals (总计 over 部门预算 › 合计 over its sources) per level. Where the header leaves a part in doubt
 * (is 上年结转 inside 合计?), the identity carries the other readings, and the rule keeps the one the rows satisfy.
 */
import type { BudgetTable, Column } from '../model/budget-document';
import type { ColumnRole, Side } from '../model/column-roles';
import { roleFromHeader } from '../recognise/column-roles';
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
/** Sources whose place in the total the header alone does not settle. */
const DOUBTFUL: readonly ColumnRole[] = ['carryover', 'balance-use'];

export interface ColumnIdentity {
  total: Column;
  parts: Column[];
  /** Other readings of the parts the header allows; the rows decide (row-parts keeps the one that holds). */
  alternatives?: Column[][];
  /** Short name of the identity for messages. */
  name: { zh: string; en: string };
}

function groupOf(c: Column): string | null {
  return c.header.length > 1 ? (c.header[0] ?? null) : null;
}

/** A header group naming a period or a change (2025年, 上年预算数, 本年, 增减变化情况). */
const PERIOD_RE = /^(?:\d{4}年|上年|本年|当年|增减|变化|比上年)/u;

/** The table's columns split by period group when it prints several periods side by side; one part otherwise. */
function periodParts(cols: Column[]): Column[][] {
  const groups = new Map<string, Column[]>();
  const byPeriod = cols.some((c) => c.period);
  for (const c of cols) {
    const g = byPeriod ? (c.period ?? '') : (c.header[0] ?? '');
    if (byPeriod ? g !== '' : c.header.length > 1 && PERIOD_RE.test(g.replace(/\s+/gu, ''))) {
      const list = groups.get(g) ?? [];
      list.push(c);
      groups.set(g, list);
    }
  }
  if (groups.size < 2) return [cols];
  const inGroup = new Set([...groups.values()].flat());
  const shared = cols.filter((c) => !inGroup.has(c));
  return [...groups.values()].map((g) => [...shared, ...g]);
}

const label = (parts: Column[]) => ({
  zh: parts.map((p) => roleLabel(p.role)).join('+'),
  en: parts.map((p) => roleLabel(p.role, 'en')).join(' + '),
});

/** The column identities a table's header implies, per side and period. */
export function columnIdentities(table: BudgetTable): ColumnIdentity[] {
  const out: ColumnIdentity[] = [];
  const sides: (Side | undefined)[] = table.twoSided ? [...new Set(table.columns.map((c) => c.side))] : [undefined];
  for (const side of sides)
    for (const cols of periodParts(table.columns.filter((c) => c.side === side))) identitiesOf(cols, out);
  return out;
}

/** Roles that make up a total: funding sources, spending splits, this year's income and what comes from balances. */
const PART_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  ...FISCAL_PARTS,
  ...OTHER_SOURCES,
  ...DOUBTFUL,
  'fiscal',
  'current-income',
  'basic',
  'project',
  'personnel',
  'public',
  'operating-expense',
  'subsidy-affiliated',
  'remit-superior',
  'reserve',
  'current-year',
  'prior-carryover',
]);
const NOT_PARTS: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['of-which', 'text', 'index', 'unknown']);
const SUBTOTAL_LEAF = /^(小计|合计|总计)$/u;

interface Group {
  /** The group's own total column (本年收入 › 小计). */
  sub: Column;
  /** Its members, nested groups already standing for their members. */
  members: Column[];
  /** What the group is (本年收入 → current-income, 财政拨款 → fiscal), or null for a plain heading. */
  role: ColumnRole | null;
}

/**
 * Header groups that print their own total (本年收入 › 小计, 财政拨款 › 小计, 上年结转结余 › 小计, 基本支出 › 小计,
 * 部门预算 › 合计): each adds up its members, and stands for them in the totals above it.
 */
function groupsOf(cols: Column[]): { view: Column[]; groups: Group[] } {
  const inside = (c: Column, prefix: readonly string[]) =>
    c.header.length > prefix.length && prefix.every((p, i) => c.header[i] === p);
  const subs = cols
    .filter(
      (c) => c.header.length >= 2 && SUBTOTAL_LEAF.test((c.header[c.header.length - 1] ?? '').replace(/\s+/gu, '')),
    )
    .sort((a, b) => b.header.length - a.header.length);
  const standsFor = new Map<Column, Column>();
  const groups: Group[] = [];
  for (const sub of subs) {
    const prefix = sub.header.slice(0, -1);
    if (PERIOD_RE.test((prefix[0] ?? '').replace(/\s+/gu, '')) && prefix.length === 1) continue;
    const members = cols.filter((c) => c !== sub && !standsFor.has(c) && inside(c, prefix) && !NOT_PARTS.has(c.role));
    if (members.length === 0) continue;
    if (cols.some((c) => inside(c, prefix) && c.role === 'unknown')) continue;
    for (const m of members) standsFor.set(m, sub);
    groups.push({ sub, members, role: roleFromHeader([prefix[prefix.length - 1] ?? '']) });
  }
  return { view: cols.filter((c) => !standsFor.has(c)), groups };
}

function identitiesOf(all: Column[], out: ColumnIdentity[]): void {
  const push = (t: Column, parts: Column[], name = label(parts), alternatives?: Column[][]) =>
    out.push({ total: t, parts, name, ...(alternatives && alternatives.length > 0 ? { alternatives } : {}) });
  const { view, groups } = groupsOf(all);
  const groupOfSub = new Map(groups.map((g) => [g.sub, g]));
  // In the totals above a group, the group's total stands for it with the group's role (本年收入 › 小计 is this year's
  // income); a plain heading over sources (部门预算 › 合计) is a source total too; over other columns it is not a part.
  const roleOf = (c: Column): ColumnRole => {
    const g = groupOfSub.get(c);
    if (!g) return c.role;
    if (g.role && PART_ROLES.has(g.role)) return g.role;
    if (g.role === null && g.members.every((m) => PART_ROLES.has(roleOf(m)))) return 'current-income';
    return c.role;
  };
  for (const g of groups) {
    const r = g.role && PART_ROLES.has(g.role) ? g.role : null;
    push(g.sub, g.members, r ? { zh: `${roleLabel(r)}小计`, en: `${roleLabel(r, 'en')} sub-total` } : undefined);
  }
  const cols = view;
  const by = (role: ColumnRole) => cols.filter((c) => roleOf(c) === role);
  const one = (role: ColumnRole) => (by(role).length === 1 ? (by(role)[0] ?? null) : null);
  const fiscal = one('fiscal');
  const totals = by('total').sort((a, b) => a.header.length - b.header.length);
  const outer = totals[0];
  // The outermost total is the table's; another at the same depth leaves it in doubt, and a deeper one without
  // sources under it (2026年政府采购项目 › 小计 beside 支出总计) is no identity of this table.
  const total =
    outer && totals.every((t, i) => i === 0 || t.header.length > outer.header.length)
      ? outer
      : (one('three-public') ?? null);
  if (total) {
    const basic = one('basic');
    const project = one('project');
    const personnel = one('personnel');
    const pub = one('public');
    // 支出总计 = 基本 + 项目 + 事业单位经营支出 + 对附属单位补助支出 + 上缴上级支出 where those are printed.
    const spending = (['operating-expense', 'subsidy-affiliated', 'remit-superior', 'reserve'] as const)
      .map(one)
      .filter((c): c is Column => c !== null);
    if (basic && project)
      push(
        total,
        [basic, project, ...spending],
        label([basic, project, ...spending]),
        spending.length ? [[basic, project]] : undefined,
      );
    if (basic && personnel && pub && !groupOfSub.has(basic)) push(basic, [personnel, pub]);
    // 基本支出 printed only as its two halves (人员经费 | 公用经费) beside 项目支出 (or 专项业务经费).
    if (!basic && personnel && pub) push(total, project ? [personnel, pub, project] : [personnel, pub]);
    const cy = one('current-year');
    const pc = one('prior-carryover');
    if (cy && pc) push(total, [cy, pc]);
    // A column recognise could not name may be one more source (an unusual fund): the sum would be incomplete, so
    // the sources identity is not asserted for such a table.
    const unnamed = cols.some((c) => c.role === 'unknown');
    // A 决算 fund table's 本年支出 › 小计 is spending: its parts are 基本 + 项目, never the 本年收入 beside it.
    const spendingTotal = /^(本年|当年)?支出(合计)?$/u.test((groupOf(total) ?? '').replace(/\s+/gu, ''));
    const readings = spendingTotal ? [] : sourceReadings(cols, total, fiscal, roleOf);
    if (readings.length > 0 && !unnamed)
      push(total, readings[0]!, { zh: '资金来源合计', en: 'sum of funding sources' }, readings.slice(1));
    const tp = total.role === 'three-public' ? total : one('three-public');
    if (tp) pushThreePublic(out, tp, one);
    // 合计 over “三公”经费, 会议费 and 培训费 (tables printing the three side by side).
    const meeting = one('meeting');
    const training = one('training');
    if (tp && tp !== total && (meeting || training))
      push(total, [tp, ...(meeting ? [meeting] : []), ...(training ? [training] : [])]);
  } else {
    const tp = one('three-public');
    if (tp) pushThreePublic(out, tp, one);
  }
  if (fiscal && !groupOfSub.has(fiscal)) {
    const parts = FISCAL_PARTS.map(one).filter((p): p is Column => p !== null);
    if (parts.length > 0) push(fiscal, parts, { zh: '财政拨款小计', en: 'fiscal sub-total' });
  }
  const vehicle = one('vehicle');
  const vp = one('vehicle-purchase');
  const vo = one('vehicle-operation');
  if (vehicle && vp && vo && !groupOfSub.has(vehicle))
    push(vehicle, [vp, vo], { zh: '公务用车购置及运行费', en: 'official vehicles' });
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

/**
 * The sources a total adds up, first the reading the header suggests, then the others it allows: 上年结转 (and money
 * from balances) inside the total only when the header puts it under the total's group — or, where the header does not
 * say (总计 | 本年收入 … | 上年结余、结转 all at the top), both ways.
 */
function sourceReadings(
  cols: Column[],
  total: Column,
  fiscal: Column | null,
  roleOf: (c: Column) => ColumnRole,
): Column[][] {
  const group = groupOf(total);
  const isSource = (c: Column) =>
    (fiscal ? c === fiscal : FISCAL_PARTS.includes(roleOf(c))) ||
    OTHER_SOURCES.includes(roleOf(c)) ||
    DOUBTFUL.includes(roleOf(c)) ||
    roleOf(c) === 'current-income';
  let sources = cols.filter(isSource);
  if (group !== null) {
    const grouped = sources.filter((c) => groupOf(c) === group || roleOf(c) === 'fiscal');
    // Sources printed under their own group (2025年财政拨款 / 一般公共预算) are still the total's parts when the
    // total has no siblings of its own; only narrow when the group holds sources.
    if (grouped.length > 0 && grouped.length < sources.length) {
      const outside = sources.filter((c) => !grouped.includes(c));
      const keepAll = outside.every(
        (c) => groupOf(c) !== null && groupOf(c) !== group && !DOUBTFUL.includes(roleOf(c)),
      );
      if (!keepAll) sources = grouped.concat(outside.filter((c) => DOUBTFUL.includes(roleOf(c))));
    }
  }
  const doubtful = sources.filter((c) => DOUBTFUL.includes(roleOf(c)));
  const sure = sources.filter((c) => !DOUBTFUL.includes(roleOf(c)));
  if (sure.length === 0 && doubtful.length === 0) return [];
  if (doubtful.length === 0) return [sure];
  const inside = group !== null && doubtful.every((c) => groupOf(c) === group);
  const without = sure;
  const withAll = [...sure, ...doubtful];
  const readings = inside ? [withAll, without] : [without, withAll];
  // Each doubtful column on its own as well (上年结转 inside, 使用非财政拨款结余 outside, or the reverse).
  if (doubtful.length > 1) for (const d of doubtful) readings.push([...sure, d]);
  return readings.filter((r) => r.length > 0);
}
