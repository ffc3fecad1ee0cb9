/**
 * Corpus test (the "done when") for the narrative and 绩效目标 annex rules: each seed fixture, from page.html
 * and from doc.pdf, against ../shared/expected/findings.json (check kinds f_* and h_*). Every `inconsistent` item must
 * be reported as an error or warning by one of these rules, with its claim (narrative) or cells (annex); every error
 * these rules report must be one of those items — so no `rounding`, `explained` or `review` item is ever an error.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_IDS, HAS_SHARED, sharedPath } from '../../tests/support/shared';
import type { Finding } from '../checks/finding';
import { RULES } from '../checks/index';
import { runChecks } from '../checks/run-checks';
import { extractHtml } from '../extract/html';
import { extractPdf } from '../extract/pdf';
import { openPdfNode } from '../extract/pdf/open-node';
import type { ExtractedDocument } from '../extract/types';
import { recogniseDocument } from '../recognise/recognise-document';
import { withSources } from './sources';

interface Expected {
  check_kind: string;
  location: string;
  stated: number | string | null;
  computed: number | string | null;
  verdict: 'inconsistent' | 'rounding' | 'explained' | 'review';
  line: number;
  fixture: string;
}

const MINE = Object.values(RULES).filter((r) => /^(narrative|perf)-/u.test(r.id));

function expectedFor(id: string): Expected[] {
  const all = JSON.parse(readFileSync(sharedPath('expected', 'findings.json'), 'utf8')) as { findings: Expected[] };
  return all.findings.filter((f) => f.fixture === id && /^[fh]_/u.test(f.check_kind));
}

const num = (v: unknown) => (v === null || v === undefined || v === '' ? Number.NaN : Number(v));
const near = (a: number, b: number) => Math.abs(a - b) < 0.011;

/** Does finding f report expected item e? Values compared as numbers, in either orientation for annex texts. */
function reports(f: Finding, e: Expected): boolean {
  if (f.severity !== 'error' && f.severity !== 'warning') return false;
  if (e.check_kind === 'h_perf_name')
    return f.rule === 'perf-names' && f.stated === e.stated && f.computed === e.computed;
  if (typeof e.stated === 'string' && /萬元/u.test(e.stated))
    return f.rule === 'perf-text' && e.stated.includes(`${f.stated ?? '?'}萬元`);
  if (typeof e.stated === 'string' && /内设/u.test(e.stated))
    return f.rule === 'narrative-staff' && f.stated === e.stated;
  const s = num(f.stated);
  const c = num(f.computed);
  const es = num(e.stated);
  const ec = num(e.computed);
  return (near(s, es) && near(c, ec)) || (e.check_kind.startsWith('h_') && near(s, ec) && near(c, es));
}

async function fromPdf(path: string): Promise<ExtractedDocument> {
  const pdf = await openPdfNode(readFileSync(path));
  try {
    return await extractPdf(pdf, path);
  } finally {
    await pdf.loadingTask.destroy();
  }
}

function fromHtml(path: string): ExtractedDocument {
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  return extractHtml(document as unknown as Document, path);
}

describe.skipIf(!HAS_SHARED)('narrative and annex rules on the seed fixtures', () => {
  for (const id of FIXTURE_IDS) {
    for (const source of ['page.html', 'doc.pdf'] as const) {
      describe(`${id} (${source})`, () => {
        let findings: Finding[] = [];
        let verified = 0;
        beforeAll(async () => {
          const path = sharedPath('fixtures', id, source);
          const ex = source === 'page.html' ? fromHtml(path) : await fromPdf(path);
          const r = runChecks(withSources(recogniseDocument(ex), ex), { rules: MINE });
          findings = r.findings;
          verified = r.verified.length;
        }, 240_000);

        it('runs every rule without an internal error and verifies the claims that hold', () => {
          expect(findings.filter((f) => f.formula === 'internal-error').map((f) => f.message.en)).toEqual([]);
          expect(verified).toBeGreaterThan(20);
        });

        it('reports every inconsistent f_*/h_* item, with its claim or cells', () => {
          const missing: string[] = [];
          for (const e of expectedFor(id).filter((x) => x.verdict === 'inconsistent')) {
            const hit = findings.find((f) => reports(f, e));
            if (!hit) missing.push(`L${e.line} ${e.location}`);
            else if (e.check_kind.startsWith('f_')) expect(hit.claim ?? hit.cells[0], e.location).toBeTruthy();
            else expect(hit.cells.length, e.location).toBeGreaterThan(0);
          }
          expect(missing).toEqual([]);
        });

        it('reports no error that is not an expected inconsistency (rounding/review items stay below error)', () => {
          const inconsistent = expectedFor(id).filter((x) => x.verdict === 'inconsistent');
          const stray = findings
            .filter((f) => f.severity === 'error' && !inconsistent.some((e) => reports(f, e)))
            .map((f) => `${f.rule}: ${f.message.zh}`);
          expect(stray).toEqual([]);
        });
      });
    }
  }
});

// Real Shanghai disclosures (元 tables, 万元 narrative, split codes): the rules must not cry wolf. The errors they
// report are real, each checked on the page: in the 2024 决算 2106.66 ÷ 2940.05 is 71.65%, printed 71.73% (the four
// shares printed add up to 100.07%) and p.21 gives 财政拨款收入支出总计 as 0.3万元 where 表4 prints 总计 2,961.68; in 普陀区财政局's 2025 预算编制说明 (p.7) item 7 gives 职业年金缴费支出 as
// 887.36万元 where its table (p.15, 208 05 06) prints 873,617.00 元 = 87.36万元; in 万里街道's 2024 item 31 (p.9)
// 住房公积金 is 350.35万元 and, two sentences on, 2024年预算安排352.67万元, with a rate (0.53%) that only 350.35 gives.
describe.skipIf(!HAS_SHARED)('narrative and annex rules on real Shanghai PDFs', () => {
  const REAL: readonly (readonly [string, readonly string[]])[] = [
    ['SH_city_2025_unit-budget_shanghai-caizhengju.pdf', []],
    ['SH_putuo_2024_dept-budget_wanlijiedao.pdf', ['352.67', '0.53']],
    ['SH_putuo_2025_dept-budget_caizhengju.pdf', ['887.36']],
    ['SH_putuo_2025_dept-budget_qufuban.pdf', []],
    ['SH_putuo_2025_dept-budget_wanlijiedao.pdf', []],
    ['SH_putuo_2024_dept-final-accounts_caizhengju.pdf', ['71.73', '0.3']],
  ];
  for (const [file, errors] of REAL) {
    it(`${file}: ${errors.length} error(s), claims verified`, async () => {
      const ex = await fromPdf(sharedPath('real', file));
      const r = runChecks(withSources(recogniseDocument(ex), ex), { rules: MINE });
      const bad = r.findings.filter((f) => f.severity === 'error' || f.formula === 'internal-error');
      expect(
        bad.map((f) => f.stated),
        bad.map((f) => f.message.zh).join('\n'),
      ).toEqual(errors);
      expect(r.verified.length).toBeGreaterThan(5);
    }, 240_000);
  }
});
