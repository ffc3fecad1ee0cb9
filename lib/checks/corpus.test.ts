/**
 * Checks over the corpus (../shared): the "done when". For each seed fixture, from page.html and doc.pdf,
 * every expected table inconsistency (check_kind a_/b_/c_/e_/g_, verdict inconsistent) is reported as an error or
 * warning on the right table and row; no error lands on a `rounding` or `explained` item; the table rules raise no
 * other error. The generated documents (whose truth satisfies every identity) get no error from any rule.
 * The real Shanghai budgets: the MANIFEST problems are reported, and no table-rule error is raised.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateVariant, renderPage } from '../../tests/generator/document';
import { VARIANTS } from '../../tests/generator/spec';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../tests/support/shared';
import { extractHtml } from '../extract/html';
import { extractPdf } from '../extract/pdf';
import { openPdfNode } from '../extract/pdf/open-node';
import type { BudgetDocument } from '../model/budget-document';
import type { TableKind } from '../model/table-kinds';
import { withSources } from '../narrative/sources';
import { recogniseDocument } from '../recognise/recognise-document';
import type { Finding } from './finding';
import { runChecks } from './run-checks';

/** Expected T<n> → standard table kind (DESIGN.md §2 numbering). */
const T_KIND: Record<string, TableKind> = {
  T1: 'budget.summary',
  T2: 'budget.income',
  T3: 'budget.expenditure',
  T4: 'budget.fiscal-summary',
  T5: 'budget.general-public',
  T6: 'budget.basic-economic',
  T7: 'budget.gov-fund-income',
  T8: 'budget.gov-fund',
  T9: 'budget.state-capital',
  T10: 'budget.three-public',
  T11: 'budget.admin-operating',
  T12: 'budget.projects',
  T13: 'budget.projects-carryover',
};

interface Expected {
  check_kind: string;
  location: string;
  stated: string | number | null;
  computed: string | number | null;
  verdict: string;
  fixture: string;
}

/** Table rules only: the narrative-* and perf-* rules are checked by their own tests. */
const isTableRule = (f: Finding) => !/^(narrative|perf|text)-|^blank-page$/.test(f.rule);
const loud = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

function expected(): Expected[] {
  const all = JSON.parse(readFileSync(sharedPath('expected/findings.json'), 'utf8')) as { findings: Expected[] };
  return all.findings.filter((f) => /^[abceg]_/.test(f.check_kind));
}

function fromHtml(id: string): BudgetDocument {
  const { document } = parseHTML(readFileSync(sharedPath('fixtures', id, 'page.html'), 'utf8'));
  const ex = extractHtml(document as unknown as Document, `${id}/page.html`);
  return withSources(recogniseDocument(ex), ex);
}

async function fromPdf(path: string): Promise<BudgetDocument> {
  const pdf = await openPdfNode(new Uint8Array(readFileSync(path)));
  const ex = await extractPdf(pdf, path);
  return withSources(recogniseDocument(ex), ex);
}

/** The code printed on the finding's stated row (any side). */
function statedCode(doc: BudgetDocument, f: Finding): { kind: TableKind; code: string | undefined } | null {
  const c = f.cells[0];
  if (!c) return null;
  const t = doc.tables[c.table];
  const row = t?.rows.find((r) => r.gridRow === c.row);
  if (!t || !row) return null;
  return { kind: t.kind, code: row.code ?? row.sides?.expenditure?.code ?? row.sides?.income?.code };
}

/** Which table an expected item is about: `present in T2 only` names it last, otherwise the first T<n>. */
function tableOfItem(e: Expected): TableKind | null {
  const only = /in (T\d+) only/.exec(e.location);
  const t = only?.[1] ?? /\b(T\d+)\b/.exec(e.location)?.[1];
  return t ? (T_KIND[t] ?? null) : null;
}

const num = (v: string | number | null) => (v === null ? null : Number(v));

function verify(id: string, doc: BudgetDocument) {
  const items = expected().filter((e) => e.fixture === id);
  const { findings } = runChecks(doc);
  const mine = findings.filter(isTableRule);
  for (const e of items.filter((x) => x.verdict === 'inconsistent')) {
    const kind = tableOfItem(e);
    const hit = mine.some((f) => {
      if (!loud(f)) return false;
      const s = statedCode(doc, f);
      return s !== null && s.kind === kind && s.code === String(e.stated);
    });
    expect(hit, `${id}: expected a finding for ${e.check_kind} ${e.location}`).toBe(true);
  }
  for (const e of items.filter((x) => x.verdict === 'rounding' || x.verdict === 'explained')) {
    const bad = findings.filter(
      (f) =>
        f.severity === 'error' &&
        num(f.stated) === num(e.stated) &&
        (num(f.computed) === num(e.computed) || num(f.stated) === num(e.computed)),
    );
    expect(
      bad.map((f) => f.message.zh),
      `${id}: ${e.verdict} item ${e.location}`,
    ).toEqual([]);
    if (e.verdict === 'explained') {
      const info = findings.some((f) => f.severity === 'info' && num(f.stated) === num(e.stated));
      expect(info, `${id}: explained item reported as info: ${e.location}`).toBe(true);
    }
  }
  // Every table-rule error is one of the expected inconsistencies (same table kind and code).
  const wanted = items.filter((x) => x.verdict === 'inconsistent');
  for (const f of mine.filter((x) => x.severity === 'error')) {
    const s = statedCode(doc, f);
    const ok = wanted.some((e) => s !== null && tableOfItem(e) === s.kind && String(e.stated) === s.code);
    expect(ok, `${id}: unexpected error ${f.rule}: ${f.message.zh}`).toBe(true);
  }
}

describe.skipIf(!HAS_SHARED)('checks on the seed fixtures', () => {
  for (const id of FIXTURE_IDS) {
    it(`${id} (page.html)`, () => verify(id, fromHtml(id)));
    it(`${id} (doc.pdf)`, async () => verify(id, await fromPdf(sharedPath('fixtures', id, 'doc.pdf'))), 60_000);
  }
});

describe('checks on the generated documents (truth satisfies every identity)', () => {
  for (const v of VARIANTS) {
    it(`${v}: no error from any rule`, () => {
      const { document } = parseHTML(renderPage(generateVariant(v)));
      const ex = extractHtml(document as unknown as Document, `generated/${v}`);
      const doc = withSources(recogniseDocument(ex), ex);
      const r = runChecks(doc);
      const errors = r.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.rule}: ${f.message.zh}`)).toEqual([]);
      expect(r.findings.filter((f) => f.formula === 'internal-error')).toEqual([]);
      expect(r.summary.passed).toBeGreaterThan(300);
    });
  }
});

const REAL_BUDGETS = [
  'SH_putuo_2025_dept-budget_caizhengju.pdf',
  'SH_city_2025_unit-budget_shanghai-caizhengju.pdf',
  'SH_putuo_2024_dept-budget_wanlijiedao.pdf',
  'SH_putuo_2025_dept-budget_wanlijiedao.pdf',
  'SH_putuo_2025_dept-budget_qufuban.pdf',
];

describe.skipIf(!HAS_SHARED)('checks on the real Shanghai budgets', () => {
  const cache = new Map<string, Promise<BudgetDocument>>();
  const load = (f: string) => {
    let p = cache.get(f);
    if (!p) {
      p = fromPdf(sharedPath('real', f));
      cache.set(f, p);
    }
    return p;
  };
  for (const f of REAL_BUDGETS) {
    it(`${f}: no table-rule error, and at least 300 identities verified`, async () => {
      const r = runChecks(await load(f));
      expect(r.findings.filter((x) => isTableRule(x) && x.severity === 'error').map((x) => x.message.zh)).toEqual([]);
      expect(r.summary.passed).toBeGreaterThan(300);
    }, 60_000);
  }
  for (const f of ['SH_putuo_2024_dept-final-accounts_caizhengju.pdf', 'SH_template_2024_dept-final-accounts.pdf']) {
    it(`${f} (final accounts): no table-rule error or warning`, async () => {
      const r = runChecks(await load(f));
      expect(r.findings.filter((x) => isTableRule(x) && loud(x)).map((x) => x.message.zh)).toEqual([]);
    }, 60_000);
  }
  // The rules of form (wording, punctuation, placeholders, blank pages, outdated names), each finding checked on the
  // printed page: 上海市财政局's unit budget keeps the department template's 部门预算安排购置车辆 twice (p.21); 万里街道
  // 2025 ends its 机关运行经费 paragraph without a full stop (p.30); the template is all placeholders (XX, XXX万元).
  const FORM: Record<string, string[]> = {
    'SH_city_2025_unit-budget_shanghai-caizhengju.pdf': ['narrative-self-scope p.21', 'narrative-self-scope p.21'],
    'SH_putuo_2025_dept-budget_wanlijiedao.pdf': ['text-unfinished p.30'],
  };
  const isForm = (f: Finding) =>
    /^(text-|blank-page$|narrative-self-scope$|narrative-compare-year$|code-name-official)/.test(f.rule) && loud(f);
  const page = (f: Finding) => (f.claim?.anchor?.kind === 'pdf' ? f.claim.anchor.page : null);
  for (const f of [...REAL_BUDGETS, 'SH_putuo_2024_dept-final-accounts_caizhengju.pdf']) {
    it(`${f}: defects of form as checked on the page`, async () => {
      const r = runChecks(await load(f));
      expect(r.findings.filter(isForm).map((x) => `${x.rule} p.${page(x)}`)).toEqual(FORM[f] ?? []);
    }, 60_000);
  }
  it('the 2024 决算 template: one finding says it is an unfilled template, and nothing else of form', async () => {
    const found = runChecks(await load('SH_template_2024_dept-final-accounts.pdf')).findings.filter(isForm);
    expect(found.map((x) => x.rule)).toEqual(['text-placeholders']);
    expect(found[0]?.message.zh).toMatch(/未填写的模板：\d{2,} 句/u);
  }, 60_000);
  it('普陀区财政局 2025: the empty 国有资本经营 table whose note names 政府性基金', async () => {
    const doc = await load(REAL_BUDGETS[0] as string);
    const f = runChecks(doc).findings.filter((x) => x.rule === 'empty-note-fund' && loud(x));
    expect(f.map((x) => doc.tables[x.cells[0]?.table ?? -1]?.kind)).toEqual(['budget.state-capital']);
  }, 60_000);
  it('上海市财政局 2025: empty 政府性基金 / 国资 tables without a note', async () => {
    const doc = await load(REAL_BUDGETS[1] as string);
    const f = runChecks(doc).findings.filter((x) => x.rule === 'empty-table-note' && loud(x));
    expect(f.map((x) => doc.tables[x.cells[0]?.table ?? -1]?.kind).sort()).toEqual([
      'budget.gov-fund',
      'budget.state-capital',
    ]);
  }, 60_000);
});
