/**
 * Test infrastructure (synthetic document generator): the 决算 (final accounts) of the budget of the same spec and seed.
 * Same organisation, region, year, units, projects and function codes as buildBudget(spec); what was actually spent
 * is the budget's amount × a seeded factor in [0.85, 0.995], always rounded to whole hundreds of 元 (0.01 万元), so every
 * identity of ../shared/DESIGN.md §3 (final accounts) holds exactly in 万元 and in 元. Balances: 年初结转和结余 is the
 * budget's 上年结转 (plus an opening 政府性基金 balance), 本年收入 is the budget's appropriation, and 年末结转和结余 is
 * what is left: 年初 + 本年收入 − 本年支出, per row and per fund. It must not format or render anything.
 */
import Decimal from 'decimal.js';
import { type Budget, type BudgetUnit, type ChangeTruth, type EconItem, type Project, rowIncome, sum } from './budget';
import {
  DEFAULT_BASIC_FUNCTION,
  ECON_TO_FUNCTION,
  FUNCTION_NAMES,
  INST_BASIC_FUNCTION,
  INST_ECON_TO_FUNCTION,
} from './codes';
import { createRng, type Rng } from './prng';

/** The funds a 决算 of this department tracks: 一般公共预算 and 政府性基金 财政拨款, and 其他收入 (the budget's 单位资金). */
export const FUNDS = ['gp', 'gf', 'other'] as const;
export type Fund = (typeof FUNDS)[number];
export type Funds = Record<Fund, Decimal>;

const ZERO = new Decimal(0);
export const zeroFunds = (): Funds => ({ gp: ZERO, gf: ZERO, other: ZERO });
export const fundsTotal = (f: Funds): Decimal => f.gp.plus(f.gf).plus(f.other);
/** 财政拨款 = 一般公共预算 + 政府性基金 (国有资本经营 is always zero for this department). */
export const fiscal = (f: Funds): Decimal => f.gp.plus(f.gf);

/** One function-code row of the 决算 (类, 款 or 项); 类/款 rows are the sums of their 项 rows by code prefix. */
export interface FinalRow {
  code: string;
  name: string;
  level: 1 | 2 | 3;
  /** 年初预算 of 一般公共预算: the budget's 一般公共预算支出预算表 row (不含上年结转). */
  budgetGp: Decimal;
  /** 年初结转和结余 by fund. */
  opening: Funds;
  /** 本年收入 by fund. */
  income: Funds;
  /** 基本支出 (all 一般公共预算). */
  basic: Decimal;
  /** 项目支出 by fund (一般公共预算 includes the spending of 上年结转 projects). */
  project: Funds;
  /** 年末结转和结余 by fund: opening + income − spending. */
  closing: Funds;
}

export const spendingOf = (r: FinalRow): Funds => ({
  gp: r.basic.plus(r.project.gp),
  gf: r.project.gf,
  other: r.project.other,
});
export const rowSpending = (r: FinalRow): Decimal => fundsTotal(spendingOf(r));
export const rowProject = (r: FinalRow): Decimal => fundsTotal(r.project);

export interface FinalProject extends Project {
  /** 年初预算数 = 全年预算数 (the budget's amount; the 上年结转 amount for a carried-over project). */
  budget: Decimal;
  /** 全年执行数. */
  actual: Decimal;
  carryover: boolean;
}

export interface FinalAccounts {
  budget: Budget;
  /** Every function row with money, in code order (类 before its 款 before its 项). */
  functions: FinalRow[];
  /** 基本支出 决算 by economic item, department-wide (units summed per code). */
  econ: EconItem[];
  /** Per unit, its economic items' 决算. */
  unitEcon: { unit: BudgetUnit; econ: EconItem[] }[];
  projects: FinalProject[];
  /** 三公 预算数 (the budget's) and 决算数. */
  threePublic: {
    budget: Budget['threePublic'];
    actual: Budget['threePublic'];
  };
  /** 机关运行经费: 年初预算 (the budget's) and 决算. */
  adminOperating: { budget: Decimal; actual: Decimal };
  /** 收入支出总计 last year (made up), for the narrative's change claim. */
  prior: { total: ChangeTruth };
  /** 项目支出绩效自评表: the project, its 分值 for 预算执行率 and 得分 = 分值 × 执行率 (two decimals). */
  selfEvaluation: { project: FinalProject; rate: Decimal; weight: number; score: Decimal };
}

/** Factor of the 决算 over the budget, in [0.85, 0.995] with three decimals. */
const factor = (rng: Rng) => rng.amount(0.85, 0.995, 3);
/** Budget amount × a seeded factor, to 0.01 万元 (whole hundreds of 元). */
const outturn = (rng: Rng, v: Decimal) => v.times(factor(rng)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

function functionName(code: string): string {
  const name = FUNCTION_NAMES[code];
  if (!name) throw new Error(`no function name for ${code}`);
  return name;
}

function change(rng: Rng, current: Decimal): ChangeTruth {
  const delta = current.times(rng.amount(0.03, 0.25, 3)).toDecimalPlaces(2);
  const d = delta.isZero() ? new Decimal('0.01') : delta;
  return { current, prior: rng.chance(0.5) ? current.minus(d) : current.plus(d) };
}

/** The 决算 of `b` (its spec's seed, drawn from a separate stream so the budget's draws never change). */
export function buildFinal(b: Budget): FinalAccounts {
  const { spec } = b;
  if (spec.precision !== 'hundred') throw new Error('the 决算 mode supports precision: hundred only');
  const rng = createRng((spec.seed ^ 0x5f3759df) >>> 0);

  // 基本支出: each economic item of each unit × its own factor; mapped to its 项 as the budget maps it.
  const unitEcon = b.units.map((unit) => ({
    unit,
    econ: unit.econ.map((e) => ({ ...e, amount: outturn(rng, e.amount) })),
  }));
  const leaves = new Map<string, FinalRow>();
  const leaf = (code: string): FinalRow => {
    let r = leaves.get(code);
    if (!r) {
      r = {
        code,
        name: functionName(code),
        level: 3,
        budgetGp: ZERO,
        opening: zeroFunds(),
        income: zeroFunds(),
        basic: ZERO,
        project: zeroFunds(),
        closing: zeroFunds(),
      };
      leaves.set(code, r);
    }
    return r;
  };
  // Every 项 of the budget is a 项 of the 决算 (even one whose money all went unspent).
  for (const f of b.functions.filter((x) => x.level === 3)) {
    const r = leaf(f.code);
    const inc = rowIncome(f);
    r.budgetGp = inc.gp;
    r.income = { gp: inc.gp, gf: inc.gf.plus(inc.sc), other: inc.sp.plus(inc.unit) };
    r.opening = { ...r.opening, gp: f.carry };
  }
  for (const { unit, econ } of unitEcon)
    for (const e of econ) {
      const inst = unit.kind === '事业单位';
      const code = inst
        ? (INST_ECON_TO_FUNCTION[e.code] ?? INST_BASIC_FUNCTION)
        : (ECON_TO_FUNCTION[e.code] ?? DEFAULT_BASIC_FUNCTION);
      const r = leaf(code);
      r.basic = r.basic.plus(e.amount);
    }
  const fundOf = (p: Project): Fund =>
    p.source === 'gp' ? 'gp' : p.source === 'gf' || p.source === 'sc' ? 'gf' : 'other';
  const projects: FinalProject[] = [
    ...b.projects.map((p) => ({ ...p, budget: p.amount, actual: outturn(rng, p.amount), carryover: false })),
    ...b.carryProjects.map((p) => ({ ...p, budget: p.amount, actual: outturn(rng, p.amount), carryover: true })),
  ];
  for (const p of projects) {
    const r = leaf(p.code);
    const fund = fundOf(p);
    r.project = { ...r.project, [fund]: r.project[fund].plus(p.actual) };
  }
  // An opening 政府性基金 balance on the fund's 项, so the fund table's 年初 + 本年收入 = 本年支出 + 年末 is not trivial.
  const gfProject = projects.find((p) => fundOf(p) === 'gf' && !p.carryover);
  if (gfProject) {
    const r = leaf(gfProject.code);
    r.opening = { ...r.opening, gf: rng.amount(5, 60, 2) };
  }
  for (const r of leaves.values()) {
    const spent = spendingOf(r);
    r.closing = {
      gp: r.opening.gp.plus(r.income.gp).minus(spent.gp),
      gf: r.opening.gf.plus(r.income.gf).minus(spent.gf),
      other: r.opening.other.plus(r.income.other).minus(spent.other),
    };
    for (const f of FUNDS)
      if (r.closing[f].isNegative()) throw new Error(`决算: negative closing balance for ${r.code} ${f}`);
  }

  const codes = [...leaves.keys()].sort();
  const prefixes = [...new Set(codes.flatMap((c) => [c.slice(0, 3), c.slice(0, 5)]))].sort();
  const sumFunds = (xs: Funds[]): Funds => ({
    gp: sum(xs.map((x) => x.gp)),
    gf: sum(xs.map((x) => x.gf)),
    other: sum(xs.map((x) => x.other)),
  });
  const functions: FinalRow[] = [...leaves.values()];
  for (const prefix of prefixes) {
    const kids = codes.filter((c) => c.startsWith(prefix)).map((c) => leaves.get(c) as FinalRow);
    functions.push({
      code: prefix,
      name: functionName(prefix),
      level: prefix.length === 3 ? 1 : 2,
      budgetGp: sum(kids.map((k) => k.budgetGp)),
      opening: sumFunds(kids.map((k) => k.opening)),
      income: sumFunds(kids.map((k) => k.income)),
      basic: sum(kids.map((k) => k.basic)),
      project: sumFunds(kids.map((k) => k.project)),
      closing: sumFunds(kids.map((k) => k.closing)),
    });
  }
  functions.sort((x, y) => (x.code < y.code ? -1 : 1));

  const by = new Map<string, EconItem>();
  for (const e of unitEcon.flatMap((u) => u.econ)) {
    const prev = by.get(e.code);
    by.set(e.code, prev ? { ...prev, amount: prev.amount.plus(e.amount) } : { ...e });
  }
  const econ = [...by.values()].sort((x, y) => (x.code < y.code ? -1 : 1));
  const econCode = (code: string) => econ.find((e) => e.code === code)?.amount ?? ZERO;
  const actualTp = { abroad: ZERO, reception: econCode('30217'), carPurchase: ZERO, carRunning: econCode('30231') };
  const adminActual = sum(
    unitEcon
      .filter((u) => u.unit.kind === '行政单位')
      .flatMap((u) => u.econ.filter((e) => e.group === 'public').map((e) => e.amount)),
  );
  const total = sum(
    functions.filter((f) => f.level === 1).map((f) => fundsTotal(f.income).plus(fundsTotal(f.opening))),
  );
  // The 自评表 project: the largest 一般公共预算 project of the year (the budget's 绩效目标表 project).
  const gpProjects = projects.filter((p) => p.source === 'gp' && !p.carryover);
  const project = gpProjects.reduce(
    (best, p) => (p.budget.greaterThan(best.budget) ? p : best),
    gpProjects[0] as FinalProject,
  );
  if (!project) throw new Error('决算: no 一般公共预算 project to self-evaluate');
  const rate = project.actual.div(project.budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const weight = 10;
  return {
    budget: b,
    functions,
    econ,
    unitEcon,
    projects,
    threePublic: { budget: b.threePublic, actual: actualTp },
    adminOperating: { budget: b.adminOperating, actual: adminActual },
    prior: { total: change(rng, total) },
    selfEvaluation: {
      project,
      rate,
      weight,
      score: rate.times(weight).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    },
  };
}

/** The document-level aggregates every 决算 table and the narrative print. */
export interface FinalTotals {
  /** 本年收入 by fund, and 合计. */
  income: Funds;
  incomeTotal: Decimal;
  /** 使用非财政拨款结余 and 结余分配: none in this department (printed 0). */
  balanceUse: Decimal;
  distribution: Decimal;
  opening: Funds;
  openingTotal: Decimal;
  /** 收入总计 = 支出总计. */
  grandTotal: Decimal;
  spending: Funds;
  spendingTotal: Decimal;
  basic: Decimal;
  project: Decimal;
  closing: Funds;
  closingTotal: Decimal;
  personnel: Decimal;
  public: Decimal;
  /** 一般公共预算财政拨款: 年初预算 (budget, 不含上年结转) and 决算 (incl. spending of 上年结转). */
  gpBudget: Decimal;
  gpActual: Decimal;
  gpProject: Decimal;
  threePublicBudget: Decimal;
  threePublicActual: Decimal;
}

export function finalTotals(f: FinalAccounts): FinalTotals {
  const classes = f.functions.filter((r) => r.level === 1);
  const fundsSum = (pick: (r: FinalRow) => Funds): Funds => ({
    gp: sum(classes.map((c) => pick(c).gp)),
    gf: sum(classes.map((c) => pick(c).gf)),
    other: sum(classes.map((c) => pick(c).other)),
  });
  const income = fundsSum((r) => r.income);
  const opening = fundsSum((r) => r.opening);
  const spending = fundsSum(spendingOf);
  const closing = fundsSum((r) => r.closing);
  const incomeTotal = fundsTotal(income);
  const openingTotal = fundsTotal(opening);
  const tp = f.threePublic;
  const tpSum = (x: Budget['threePublic']) => sum([x.abroad, x.reception, x.carPurchase, x.carRunning]);
  return {
    income,
    incomeTotal,
    balanceUse: ZERO,
    distribution: ZERO,
    opening,
    openingTotal,
    grandTotal: incomeTotal.plus(openingTotal),
    spending,
    spendingTotal: fundsTotal(spending),
    basic: sum(classes.map((c) => c.basic)),
    project: sum(classes.map(rowProject)),
    closing,
    closingTotal: fundsTotal(closing),
    personnel: sum(f.econ.filter((e) => e.group === 'personnel').map((e) => e.amount)),
    public: sum(f.econ.filter((e) => e.group === 'public').map((e) => e.amount)),
    gpBudget: sum(classes.map((c) => c.budgetGp)),
    gpActual: spending.gp,
    gpProject: sum(classes.map((c) => c.project.gp)),
    threePublicBudget: tpSum(tp.budget),
    threePublicActual: tpSum(tp.actual),
  };
}
