/**
 * Test infrastructure (synthetic document generator): spec → a generated document (budget truth, logical tables,
 * narrative, claims) and its three outputs: page.html, tables.json (the shape of ../shared/fixtures/*\/tables.json)
 * and truth.json. Pure: no file system, no browser; scripts/generate-sample.ts writes the files.
 */

import type Decimal from 'decimal.js';
import { type Budget, buildBudget, exact, rowIncome, rowTotal, sum, totals } from './budget';
import { buildFinal, type FinalAccounts, finalTotals } from './final';
import { buildFinalNarrative } from './final-narrative';
import { buildFinalTables } from './final-tables';
import type { FinalInjectKind } from './inject-final';
import type { TextKind } from './inject-text';
import { type Block, buildNarrative, type Claim } from './narrative';
import { renderPage } from './render-html';
import { makeSpec, type Spec, type TableKind, type VariantName } from './spec';
import { buildTables, type LogicalTable, toGrid } from './tables';

/** One injected error, as truth.json records it. Table coordinates are those of tables.json (logical, joined). */
export interface Injection {
  kind: InjectKind;
  /** Index into tables.json `tables`, or null for a narrative change. */
  table: number | null;
  row: number | null;
  col: number | null;
  /** Narrative block index (truth.json `narrative`) for `pct-base`. */
  block: number | null;
  claimId: string | null;
  original: string;
  new: string;
  /** Where the changed cell is in page.html (n-th `<table>`, n-th `<tr>` in it, n-th cell in the row). */
  html: { table: number; row: number; cell: number } | null;
  /** Narrative defects (inject-text.ts): a stretch of the changed sentence, as printed, the finding must name. */
  marker?: string;
}
/**
 * digit: one digit of an amount cell changed; swap: two adjacent digits swapped; total: a 合计 cell off by whole units;
 * pct-base: a change claim's % computed over this year (Y/X); missing-note: an empty table's note removed;
 * wrong-note: an empty table's note names the wrong budget (Shanghai's copy-paste slip);
 * name: the 绩效目标表's project name made a near miss of the 项目支出预算表 name; the narrative's numbers and form:
 * TextKind (inject-text.ts); a 决算's completion rate or 自评表 执行率: FinalInjectKind (inject-final.ts).
 */
export type InjectKind =
  | 'digit'
  | 'swap'
  | 'total'
  | 'pct-base'
  | 'missing-note'
  | 'wrong-note'
  | 'name'
  | TextKind
  | FinalInjectKind;

export interface GeneratedDoc {
  spec: Spec;
  /** The budget of the spec; for a 决算 (`kind: 'final'`) the budget whose final accounts `final` holds. */
  budget: Budget;
  /** Absent for a 部门预算 (the default); 'final' for a 部门决算 (generateFinal). */
  kind?: 'final';
  final?: FinalAccounts;
  tables: LogicalTable[];
  blocks: Block[];
  claims: Claim[];
  injected: Injection[];
}

const ALL_KINDS: TableKind[] = [
  'budget.summary',
  'budget.income',
  'budget.expenditure',
  'budget.fiscal-summary',
  'budget.general-public',
  'budget.basic-economic',
  'budget.gov-fund-income',
  'budget.gov-fund',
  'budget.state-capital',
  'budget.three-public',
  'budget.admin-operating',
  'budget.projects',
  'budget.projects-carryover',
  'budget.performance',
];

export function generateDocument(spec: Spec): GeneratedDoc {
  const budget = buildBudget(spec);
  const tables = buildTables(budget);
  if (spec.continuation) {
    // A page break in the middle of the two longest tables: one repeats its header, the other does not.
    for (const tb of tables) {
      const head = tb.roles.filter((r) => r === 'header').length;
      if (tb.kind === 'budget.summary') tb.split = { at: head + 18, repeatHeader: true };
      if (tb.kind === 'budget.expenditure')
        tb.split = { at: head + Math.ceil((tb.rows.length - head) / 2), repeatHeader: false };
    }
  }
  const { blocks, claims } = buildNarrative(budget);
  return { spec, budget, tables, blocks, claims, injected: [] };
}

export function generateVariant(variant: VariantName, overrides: Partial<Spec> = {}): GeneratedDoc {
  return generateDocument(makeSpec(variant, overrides));
}

/**
 * The 部门决算 of the department and year of `generateDocument(spec)`: same organisation, units, projects and function
 * codes, outturn = budget × a seeded factor (final.ts). The budget itself is `doc.budget`, unchanged.
 */
export function generateFinal(spec: Spec): GeneratedDoc {
  const budget = buildBudget(spec);
  const final = buildFinal(budget);
  const tables = buildFinalTables(final);
  if (spec.continuation) {
    for (const tb of tables) {
      const head = tb.roles.filter((r) => r === 'header').length;
      if (tb.kind === 'final.summary') tb.split = { at: head + 18, repeatHeader: true };
      if (tb.kind === 'final.expenditure')
        tb.split = { at: head + Math.ceil((tb.rows.length - head) / 2), repeatHeader: false };
    }
  }
  const { blocks, claims } = buildFinalNarrative(final);
  return { spec, budget, kind: 'final', final, tables, blocks, claims, injected: [] };
}

export function generateFinalVariant(variant: VariantName, overrides: Partial<Spec> = {}): GeneratedDoc {
  return generateFinal(makeSpec(variant, overrides));
}

/** tables.json: `{id, source, tables: [{title, meta, rows}]}`, one entry per logical table, rows rectangular. */
export function tablesJson(doc: GeneratedDoc, id: string) {
  return {
    id,
    source: `generated:${doc.spec.variant}:${doc.spec.seed}`,
    tables: doc.tables.map((tb) => ({ title: tb.title, meta: tb.meta, rows: toGrid(tb.rows).text })),
  };
}

const s = (d: Decimal) => exact(d);

/** truth.json: metadata, table kinds and units, staff, claims, the whole budget (万元, decimal strings), injections. */
/** Each printed table's ground truth: kind, unit, where it sits in page.html, its row roles, notes, continuation. */
function tableTruth(doc: GeneratedDoc, htmlIndex: readonly (readonly number[])[]) {
  return doc.tables.map((tb, i) => {
    const grid = toGrid(tb.rows).text;
    return {
      index: i,
      kind: tb.kind,
      title: tb.title,
      unit: tb.unit,
      htmlTables: htmlIndex[i] ?? [],
      headerRows: tb.roles.filter((r) => r === 'header').length,
      rowRoles: tb.roles,
      rows: grid.length,
      cols: grid[0]?.length ?? 0,
      empty: tb.empty,
      notes: tb.notes,
      continuation: tb.split ?? null,
    };
  });
}

export function truthJson(doc: GeneratedDoc) {
  if (doc.kind === 'final') throw new Error('truthJson: a 决算 document takes finalTruthJson (or docTruthJson)');
  const { spec, budget: b } = doc;
  const T = totals(b);
  const htmlIndex = htmlTableIndices(doc.tables);
  return {
    generator: { variant: spec.variant, seed: spec.seed, spec },
    organisation: spec.org,
    region: spec.region,
    year: spec.year,
    kind: 'budget',
    scope: 'department',
    /** Every amount in `budget` and in claims is in 万元; the tables print in `tables[i].unit`. */
    amountUnit: '万元',
    staff: b.staff,
    units: b.units.map((u) => ({
      name: u.name,
      kind: u.kind,
      actual: u.actual,
      basic: s(sum(u.econ.map((e) => e.amount))),
      public: s(sum(u.econ.filter((e) => e.group === 'public').map((e) => e.amount))),
      projects: b.projects.filter((p) => p.unit === u.name).map((p) => p.name),
    })),
    /** Identities that legitimately do not hold in this document, and why (the checks should explain, not flag). */
    explained: b.adminOperating.equals(T.public)
      ? []
      : [
          {
            identity: '表11 机关运行经费 = 表6 公用经费',
            stated: s(b.adminOperating),
            computed: s(T.public),
            reason: '机关运行经费 covers the administrative unit only; 表6 includes the 事业单位 公用经费',
          },
        ],
    tables: tableTruth(doc, htmlIndex),
    missingTables: ALL_KINDS.filter((k) => spec.omit.includes(k)),
    narrative: doc.blocks.map((bl) => ({ role: bl.role, text: bl.text })),
    claims: doc.claims,
    budget: {
      totals: {
        income: Object.fromEntries(Object.entries(T.income).map(([k, v]) => [k, s(v)])),
        incomeTotal: s(T.incomeTotal),
        carry: s(T.carry),
        grandTotal: s(T.grandTotal),
        basic: s(T.basic),
        project: Object.fromEntries(Object.entries(T.project).map(([k, v]) => [k, s(v)])),
        projectThisYear: s(T.projectThisYear),
        projectWithCarry: s(T.projectWithCarry),
        personnel: s(T.personnel),
        public: s(T.public),
        threePublic: s(T.threePublic),
        adminOperating: s(b.adminOperating),
        fiscalIncome: s(T.fiscalIncome),
      },
      functions: b.functions.map((f) => ({
        code: f.code,
        name: f.name,
        level: f.level,
        total: s(rowTotal(f)),
        basic: s(f.basic),
        project: Object.fromEntries(Object.entries(f.project).map(([k, v]) => [k, s(v)])),
        carry: s(f.carry),
      })),
      economic: b.econ.map((e) => ({ code: e.code, name: e.name, group: e.group, amount: s(e.amount) })),
      projects: b.projects.map((p) => ({ ...p, amount: s(p.amount) })),
      carryoverProjects: b.carryProjects.map((p) => ({ ...p, amount: s(p.amount) })),
      threePublic: Object.fromEntries(Object.entries(b.threePublic).map(([k, v]) => [k, s(v)])),
      procurement: Object.fromEntries(Object.entries(b.procurement).map(([k, v]) => [k, s(v)])),
      vehicles: b.vehicles,
      officeArea: b.officeArea,
      prior: Object.fromEntries(
        Object.entries(b.prior).map(([k, v]) => [k, { current: s(v.current), prior: s(v.prior) }]),
      ),
    },
    injected: doc.injected,
  };
}

/** truth.json of a 决算: the same head and table entries as a budget's, `final` the 决算 model, `budget` its budget. */
export function finalTruthJson(doc: GeneratedDoc) {
  const { spec, budget: b } = doc;
  const f = doc.final as FinalAccounts;
  const T = finalTotals(f);
  const htmlIndex = htmlTableIndices(doc.tables);
  const funds = (x: Record<string, Decimal>) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, s(v)]));
  return {
    generator: { variant: spec.variant, seed: spec.seed, spec, kind: 'final' },
    organisation: spec.org,
    region: spec.region,
    year: spec.year,
    kind: 'final',
    scope: 'department',
    amountUnit: '万元',
    staff: b.staff,
    units: b.units.map((u) => ({ name: u.name, kind: u.kind, actual: u.actual })),
    explained: [],
    tables: tableTruth(doc, htmlIndex),
    missingTables: [],
    narrative: doc.blocks.map((bl) => ({ role: bl.role, text: bl.text })),
    claims: doc.claims,
    final: {
      totals: {
        income: funds(T.income),
        incomeTotal: s(T.incomeTotal),
        balanceUse: s(T.balanceUse),
        opening: funds(T.opening),
        openingTotal: s(T.openingTotal),
        grandTotal: s(T.grandTotal),
        spending: funds(T.spending),
        spendingTotal: s(T.spendingTotal),
        distribution: s(T.distribution),
        closing: funds(T.closing),
        closingTotal: s(T.closingTotal),
        basic: s(T.basic),
        project: s(T.project),
        personnel: s(T.personnel),
        public: s(T.public),
        gpBudget: s(T.gpBudget),
        gpActual: s(T.gpActual),
        threePublicBudget: s(T.threePublicBudget),
        threePublicActual: s(T.threePublicActual),
        adminOperatingBudget: s(f.adminOperating.budget),
        adminOperatingActual: s(f.adminOperating.actual),
      },
      functions: f.functions.map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level,
        budgetGp: s(r.budgetGp),
        opening: funds(r.opening),
        income: funds(r.income),
        basic: s(r.basic),
        project: funds(r.project),
        closing: funds(r.closing),
      })),
      economic: f.econ.map((e) => ({ code: e.code, name: e.name, group: e.group, amount: s(e.amount) })),
      projects: f.projects.map((p) => ({ ...p, amount: s(p.amount), budget: s(p.budget), actual: s(p.actual) })),
      threePublic: { budget: funds(f.threePublic.budget), actual: funds(f.threePublic.actual) },
      selfEvaluation: {
        project: f.selfEvaluation.project.name,
        budget: s(f.selfEvaluation.project.budget),
        actual: s(f.selfEvaluation.project.actual),
        rate: f.selfEvaluation.rate.toFixed(2),
        weight: f.selfEvaluation.weight,
        score: f.selfEvaluation.score.toFixed(2),
      },
      prior: { total: { current: s(f.prior.total.current), prior: s(f.prior.total.prior) } },
    },
    /** The budget of the same spec: 年初预算 per 项 (一般公共预算, 不含上年结转) as its 一般公共预算支出预算表 prints it. */
    budget: {
      functions: b.functions.map((r) => ({ code: r.code, level: r.level, gp: s(rowIncome(r).gp) })),
      threePublic: Object.fromEntries(Object.entries(b.threePublic).map(([k, v]) => [k, s(v)])),
      adminOperating: s(b.adminOperating),
    },
    injected: doc.injected,
  };
}

/** truth.json of either kind of document. */
export const docTruthJson = (doc: GeneratedDoc) => (doc.kind === 'final' ? finalTruthJson(doc) : truthJson(doc));

/** `<table>` element indices of each logical table in page.html (continuations take two). */
export function htmlTableIndices(tables: readonly LogicalTable[]): number[][] {
  let next = 0;
  return tables.map((tb) => (tb.split ? [next++, next++] : [next++]));
}

export { renderPage };
