/**
 * Test infrastructure (synthetic document generator): spec → one consistent department budget (the ground truth).
 * Leaves (economic items, projects) are drawn at random; every subtotal and total is computed from them, so each
 * identity of ../shared/DESIGN.md §3 holds exactly. All amounts are Decimal in 万元 with two decimals (whole hundreds
 * of 元), so the same numbers print exactly in 元 too. It must not format or render anything.
 */
import Decimal from 'decimal.js';
import {
  CARRYOVER_PROJECTS,
  DEFAULT_BASIC_FUNCTION,
  ECON_CLASSES,
  ECON_NAMES,
  ECON_TO_FUNCTION,
  type EconGroup,
  FUNCTION_NAMES,
  GF_PROJECT,
  GP_PROJECTS,
  INST_BASIC_FUNCTION,
  INST_ECON_TO_FUNCTION,
  INST_EXCLUDED_ECON,
  INST_PROJECT_CODES,
  UNIT_PROJECT,
} from './codes';
import { createRng, type Rng } from './prng';
import type { Spec } from './spec';

/** Funding sources of 本年收入, in template column order. */
export const SOURCES = ['gp', 'gf', 'sc', 'sp', 'unit'] as const;
export type Source = (typeof SOURCES)[number];
export const SOURCE_NAMES: Readonly<Record<Source, string>> = {
  gp: '一般公共预算',
  gf: '政府性基金预算',
  sc: '国有资本经营预算',
  sp: '财政专户管理资金',
  unit: '单位资金',
};
/** 财政拨款 = the three government budgets. */
export const FISCAL: readonly Source[] = ['gp', 'gf', 'sc'];

export type Amounts = Record<Source, Decimal>;
const ZERO = new Decimal(0);
export const zeroAmounts = (): Amounts => ({
  gp: ZERO,
  gf: ZERO,
  sc: ZERO,
  sp: ZERO,
  unit: ZERO,
});

export interface Project {
  name: string;
  /** 项-level function code the project is budgeted under. */
  code: string;
  kind: '特定目标类' | '其他运转类';
  source: Source;
  amount: Decimal;
  /** Name of the budget unit (单位) that carries the project out. */
  unit: string;
}

/** A budget unit (单位) of the department: the bureau itself, and in multi-unit documents a 事业单位. */
export interface BudgetUnit {
  name: string;
  kind: '行政单位' | '事业单位';
  actual: number;
  /** Its 基本支出 by economic item. */
  econ: EconItem[];
}

export interface EconItem {
  code: string;
  name: string;
  group: EconGroup;
  amount: Decimal;
}

/** One function-code row (类, 款 or 项); 类/款 rows are the sums of their 项 rows. */
export interface FunctionRow {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  /** 基本支出 (all from 一般公共预算). */
  basic: Decimal;
  /** This year's 项目支出 by source. */
  project: Amounts;
  /** 上年结转 (一般公共预算 project money). */
  carry: Decimal;
}

export interface ChangeTruth {
  current: Decimal;
  prior: Decimal;
}

export interface Budget {
  spec: Spec;
  staff: {
    /** 核定编制 (administrative + institutional). */
    authorized: number;
    adminAuthorized: number;
    instAuthorized: number;
    /** 实有人数. */
    actual: number;
    retirees: number;
    /** 内设股室 count. */
    sections: number;
  };
  projects: Project[];
  carryProjects: Project[];
  /** Department 基本支出 by economic item (the units' items summed per code). */
  econ: EconItem[];
  units: BudgetUnit[];
  /** 机关运行经费: 公用经费 of the administrative unit(s) only. */
  adminOperating: Decimal;
  /** Every function row with money, in code order (类 before its 款 before its 项). */
  functions: FunctionRow[];
  threePublic: { abroad: Decimal; reception: Decimal; carPurchase: Decimal; carRunning: Decimal };
  procurement: { goods: Decimal; works: Decimal; services: Decimal };
  vehicles: number;
  officeArea: number;
  /** Last year's values behind the narrative's change claims. */
  prior: { total: ChangeTruth; gpCurrent: ChangeTruth; threePublic: ChangeTruth; adminOperating: ChangeTruth };
}

export const sum = (xs: readonly Decimal[]): Decimal => xs.reduce((a, b) => a.plus(b), ZERO);

/** Exact decimal string of an amount in 万元: two decimals at least, more when the amount has 分. */
export const exact = (d: Decimal): string => d.toFixed(Math.max(2, d.decimalPlaces()));

/** 本年收入 of a row by source: basic money is 一般公共预算. */
export function rowIncome(r: FunctionRow): Amounts {
  return { ...r.project, gp: r.project.gp.plus(r.basic) };
}
export const rowIncomeTotal = (r: FunctionRow): Decimal => sum(Object.values(rowIncome(r)));
export const rowProjectTotal = (r: FunctionRow): Decimal => sum(Object.values(r.project)).plus(r.carry);
/** 支出 including 上年结转. */
export const rowTotal = (r: FunctionRow): Decimal => r.basic.plus(rowProjectTotal(r));

function drawEcon(rng: Rng, actual: number, retirees: number, dp: number): EconItem[] {
  const per = (min: number, max: number) =>
    rng
      .amount(min, max, dp + 2)
      .times(actual)
      .toDecimalPlaces(dp);
  const pct = (base: Decimal, p: string) => base.times(p).toDecimalPlaces(dp);
  const amt = (min: number, max: number) => rng.amount(min, max, dp);
  const basicWage = per(2.4, 3.2);
  const allowance = per(1.2, 2.2);
  const bonus = per(0.2, 0.4);
  const merit = per(0.8, 1.6);
  const base = sum([basicWage, allowance, bonus, merit]);
  const draws: [string, Decimal][] = [
    ['30101', basicWage],
    ['30102', allowance],
    ['30103', bonus],
    ['30107', merit],
    ['30108', pct(base, '0.16')],
    ['30109', pct(base, '0.08')],
    ['30110', pct(base, '0.075')],
    ['30111', pct(base, '0.03')],
    ['30112', pct(base, '0.004')],
    ['30113', pct(base, '0.12')],
    ['30201', amt(3, 9)],
    ['30202', amt(0.5, 2)],
    ['30207', amt(0.3, 1.2)],
    ['30211', amt(1, 4)],
    ['30216', amt(0.5, 2)],
    ['30217', amt(0.5, 2.5)],
    ['30228', pct(base, '0.02')],
    ['30229', amt(0.5, 2)],
    ['30231', amt(2, 8)],
    ['30239', amt(1, 5)],
    ['30302', rng.amount(0.3, 0.6, dp).times(retirees).toDecimalPlaces(dp)],
    ['30309', amt(0.02, 0.2)],
  ];
  return draws.map(([code, amount]) => {
    const cls = ECON_CLASSES[code.slice(0, 3)];
    if (!cls) throw new Error(`no economic class for ${code}`);
    return { code, name: ECON_NAMES[code] ?? code, group: cls.group, amount };
  });
}

function functionName(code: string): string {
  const name = FUNCTION_NAMES[code];
  if (!name) throw new Error(`no function name for ${code}`);
  return name;
}

/** Leaves from basic money and projects, then 款/类 rows summed by code prefix (not by position). */
function buildFunctions(units: BudgetUnit[], projects: Project[], carry: Project[]): FunctionRow[] {
  const leaves = new Map<string, FunctionRow>();
  const leaf = (code: string): FunctionRow => {
    let r = leaves.get(code);
    if (!r) {
      r = { code, name: functionName(code), level: 3, basic: ZERO, project: zeroAmounts(), carry: ZERO };
      leaves.set(code, r);
    }
    return r;
  };
  for (const u of units)
    for (const e of u.econ) {
      const inst = u.kind === '事业单位';
      const code = inst
        ? (INST_ECON_TO_FUNCTION[e.code] ?? INST_BASIC_FUNCTION)
        : (ECON_TO_FUNCTION[e.code] ?? DEFAULT_BASIC_FUNCTION);
      const r = leaf(code);
      r.basic = r.basic.plus(e.amount);
    }
  for (const p of projects) {
    const r = leaf(p.code);
    r.project = { ...r.project, [p.source]: r.project[p.source].plus(p.amount) };
  }
  for (const p of carry) {
    const r = leaf(p.code);
    r.carry = r.carry.plus(p.amount);
  }
  const out: FunctionRow[] = [];
  const codes = [...leaves.keys()].sort();
  const prefixes = [...new Set(codes.flatMap((c) => [c.slice(0, 3), c.slice(0, 5)]))].sort();
  for (const prefix of prefixes) {
    const kids = codes.filter((c) => c.startsWith(prefix)).map((c) => leaves.get(c) as FunctionRow);
    const project = zeroAmounts();
    for (const s of Object.keys(project) as Source[]) project[s] = sum(kids.map((k) => k.project[s]));
    out.push({
      code: prefix,
      name: functionName(prefix),
      level: prefix.length === 3 ? 1 : 2,
      basic: sum(kids.map((k) => k.basic)),
      project,
      carry: sum(kids.map((k) => k.carry)),
    });
  }
  out.push(...leaves.values());
  return out.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Department economic items: the units' items summed per code, in code order. */
function mergeEcon(units: BudgetUnit[]): EconItem[] {
  const by = new Map<string, EconItem>();
  for (const e of units.flatMap((u) => u.econ)) {
    const prev = by.get(e.code);
    by.set(e.code, prev ? { ...prev, amount: prev.amount.plus(e.amount) } : { ...e });
  }
  return [...by.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

function change(rng: Rng, current: Decimal, dp: number): ChangeTruth {
  const delta = current.times(rng.amount(0.03, 0.35, 3)).toDecimalPlaces(dp);
  const d = delta.isZero() ? new Decimal('0.01') : delta;
  return { current, prior: rng.chance(0.5) ? current.minus(d) : current.plus(d) };
}

export function buildBudget(spec: Spec): Budget {
  const rng = createRng(spec.seed);
  const adminAuthorized = rng.int(8, 16);
  const instAuthorized = rng.int(10, 24);
  const authorized = adminAuthorized + instAuthorized;
  const actual = authorized - rng.int(1, 5);
  const retirees = rng.int(4, 15);
  /** Decimals of 万元: 2 = whole hundreds of 元, 6 = 分. */
  const dp = spec.precision === 'fen' ? 6 : 2;
  const instName = `${spec.region}文化馆`;
  const adminName = spec.multiUnit ? `${spec.org}（本级）` : spec.org;
  const actualInst = spec.multiUnit ? Math.round((actual * instAuthorized) / authorized) : 0;
  const units: BudgetUnit[] = [
    {
      name: adminName,
      kind: '行政单位',
      actual: actual - actualInst,
      econ: drawEcon(rng, actual - actualInst, retirees, dp),
    },
  ];
  const unitOf = (code: string) => (spec.multiUnit && INST_PROJECT_CODES.includes(code) ? instName : adminName);

  const projects: Project[] = rng
    .shuffle(GP_PROJECTS)
    .slice(0, rng.int(4, 6))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((t) => ({ ...t, source: 'gp' as const, amount: rng.amount(8, 260, dp), unit: unitOf(t.code) }));
  if (spec.govFund) projects.push({ ...GF_PROJECT, source: 'gf', amount: rng.amount(150, 900, dp), unit: adminName });
  if (spec.unitFunds)
    projects.push({ ...UNIT_PROJECT, source: 'unit', amount: rng.amount(5, 40, dp), unit: adminName });
  const carryProjects: Project[] = spec.carryover
    ? CARRYOVER_PROJECTS.slice(0, rng.int(1, 2)).map((t) => ({
        ...t,
        source: 'gp' as const,
        amount: rng.amount(0.5, 30, dp),
        unit: adminName,
      }))
    : [];

  // Drawn last so that single-unit documents keep the draws (and numbers) they always had.
  if (spec.multiUnit) {
    const econ = drawEcon(rng, actualInst, 0, dp).filter((e) => !INST_EXCLUDED_ECON.includes(e.code));
    units.push({ name: instName, kind: '事业单位', actual: actualInst, econ });
  }
  const econ = mergeEcon(units);
  const adminOperating = sum(
    units
      .filter((u) => u.kind === '行政单位')
      .flatMap((u) => u.econ.filter((e) => e.group === 'public').map((e) => e.amount)),
  );
  const functions = buildFunctions(units, projects, carryProjects);
  const byCode = (code: string) => econ.find((e) => e.code === code)?.amount ?? ZERO;
  const threePublic = { abroad: ZERO, reception: byCode('30217'), carPurchase: ZERO, carRunning: byCode('30231') };
  const projectTotal = sum(projects.map((p) => p.amount));
  const goods = rng.amount(2, 20, dp);
  const services = rng.amount(5, Math.max(6, Math.min(60, projectTotal.toNumber() / 4)), dp);
  const classes = functions.filter((f) => f.level === 1);
  const total = sum(classes.map(rowTotal));
  const gpCurrent = sum(classes.map((c) => rowIncome(c).gp));
  const threeTotal = sum(Object.values(threePublic));
  return {
    spec,
    staff: { authorized, adminAuthorized, instAuthorized, actual, retirees, sections: rng.int(4, 8) },
    projects,
    carryProjects,
    econ,
    units,
    adminOperating,
    functions,
    threePublic,
    procurement: { goods, works: ZERO, services },
    vehicles: rng.int(1, 4),
    officeArea: rng.int(18, 30) * actual,
    prior: {
      total: change(rng, total, dp),
      gpCurrent: change(rng, gpCurrent, dp),
      threePublic: change(rng, threeTotal, dp),
      adminOperating: change(rng, adminOperating, dp),
    },
  };
}

/** The document-level aggregates every table and the narrative print; computed once from the leaves. */
export interface Totals {
  /** 本年收入 by source. */
  income: Amounts;
  incomeTotal: Decimal;
  /** 上年结转. */
  carry: Decimal;
  /** 收入总计 = 支出总计. */
  grandTotal: Decimal;
  basic: Decimal;
  /** 项目支出 of the year (本年预算, by source and total) and including 上年结转. */
  project: Amounts;
  projectThisYear: Decimal;
  projectWithCarry: Decimal;
  personnel: Decimal;
  public: Decimal;
  threePublic: Decimal;
  /** 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营) of this year. */
  fiscalIncome: Decimal;
}

export function totals(b: Budget): Totals {
  const classes = b.functions.filter((f) => f.level === 1);
  const income = zeroAmounts();
  const project = zeroAmounts();
  for (const s of SOURCES) {
    income[s] = sum(classes.map((c) => rowIncome(c)[s]));
    project[s] = sum(classes.map((c) => c.project[s]));
  }
  const incomeTotal = sum(Object.values(income));
  const carry = sum(classes.map((c) => c.carry));
  const projectThisYear = sum(Object.values(project));
  return {
    income,
    incomeTotal,
    carry,
    grandTotal: incomeTotal.plus(carry),
    basic: sum(classes.map((c) => c.basic)),
    project,
    projectThisYear,
    projectWithCarry: projectThisYear.plus(carry),
    personnel: sum(b.econ.filter((e) => e.group === 'personnel').map((e) => e.amount)),
    public: sum(b.econ.filter((e) => e.group === 'public').map((e) => e.amount)),
    threePublic: sum(Object.values(b.threePublic)),
    fiscalIncome: sum(FISCAL.map((s) => income[s])),
  };
}
