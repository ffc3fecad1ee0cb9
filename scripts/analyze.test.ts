/**
 * CLI contract of scripts/analyze.ts: exit codes, data on stdout, messages on stderr, output shapes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { generateFinalVariant, generateVariant, renderPage } from '../tests/generator/document';
import { HAS_SHARED, PROJECT_ROOT, sharedPath } from '../tests/support/shared';

function run(...args: string[]) {
  const res = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('analyze CLI', () => {
  it('documents the exit codes in --help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    for (const code of ['0', '1', '2', '3', '4']) expect(r.stdout).toMatch(new RegExp(`^  ${code}  `, 'm'));
  });

  it('exits 2 when no input is given', () => {
    expect(run().code).toBe(2);
  });

  it('exits 2 on --format csv without --out, saying so', () => {
    const csv = run('x.html', '--format', 'csv');
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--out');
  });

  it('exits 2 on an unknown format', () => {
    expect(run('x.html', '--format', 'xml').code).toBe(2);
  });

  it('exits 3 on a missing file, with the reason on stderr and nothing on stdout', () => {
    const r = run('/nonexistent/budget.html');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no such file');
    expect(r.stdout).toBe('');
  });
});

describe.skipIf(!HAS_SHARED)('analyze CLI on the corpus', () => {
  const page = sharedPath('fixtures', 'zezhou-energy-2025', 'page.html');

  it('prints one JSON report for a fixture page and exits 0', () => {
    const r = run(page);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { schema: string; document: { organisation: string }; tables: unknown[] };
    expect(report.schema).toBe('budget-lens/report@2');
    expect(report.document.organisation).toBe('泽州县能源局');
    expect(report.tables).toHaveLength(19);
  });

  it('prints an array for several inputs and the worst exit code', () => {
    const r = run(page, '/nonexistent/x.pdf');
    expect(r.code).toBe(3);
    const reports = JSON.parse(r.stdout) as { schema: string }[];
    expect(reports).toHaveLength(1);
    expect(reports[0]?.schema).toBe('budget-lens/report@2');
  });

  it('writes Markdown and CSV files with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    expect(run(page, '--format', 'md', '--out', dir).code).toBe(0);
    expect(readFileSync(join(dir, 'page.report.md'), 'utf8')).toContain('budget.summary');
    expect(run(page, '--format', 'csv', '--out', dir).code).toBe(0);
    const files = readdirSync(join(dir, 'page'));
    expect(files).toContain('02-budget.summary.csv');
    expect(readFileSync(join(dir, 'page', '02-budget.summary.csv'), 'utf8').startsWith('\uFEFF收入')).toBe(true);
  });

  it('exits 1 on an article page that only links a PDF, listing the link', () => {
    const r = run(
      sharedPath('real', 'html', 'fujian_pingtan_2025_hongshizihui_budget_landing.trimmed.html'),
      '--format',
      'md',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a budget disclosure');
    expect(r.stderr).toMatch(/\.pdf/);
  });

  it('a 决算 given with its year’s 预算: 预算, 决算 and 执行率 per code (JSON and Markdown)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-exec-'));
    const budget = join(dir, 'budget.html');
    const final = join(dir, 'final.html');
    writeFileSync(budget, renderPage(generateVariant('sample')));
    writeFileSync(final, renderPage(generateFinalVariant('sample')));
    const r = run(budget, final);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      execution: {
        year: number;
        inputs: { final: number; budget: number };
        tables: {
          kind: string;
          rows: { code: string | null; budget: string | null; actual: string | null; rate: string | null }[];
        }[];
      }[];
    };
    expect(out.execution).toHaveLength(1);
    const e = out.execution[0];
    expect(e?.inputs).toEqual({ final: 1, budget: 0 });
    const rows = e?.tables.find((t) => t.kind === 'final.general-public')?.rows ?? [];
    const rated = rows.filter((x) => x.code && x.rate !== null);
    expect(rated.length).toBeGreaterThan(10);
    for (const x of rated)
      expect(x.rate).toBe(
        new Decimal(x.actual ?? 0)
          .div(x.budget ?? 1)
          .times(100)
          .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
          .toFixed(2),
      );
    const md = run(budget, final, '--format', 'md');
    expect(md.stdout).toContain('# 预算执行 Budget against outturn');
    expect(md.stdout).toMatch(/\| 2070101 \| 行政运行 \| [\d.]+ \| [\d.]+ \| [\d.]+% \|/u);
  }, 120_000);

  describe.skipIf(!HAS_SHARED)('year on year (two years of 万里街道)', () => {
    const pdfs = ['2024', '2025'].map((y) => sharedPath('real', `SH_putuo_${y}_dept-budget_wanlijiedao.pdf`));

    it('adds every shared row its change to the JSON output', () => {
      const r = run(...pdfs);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as {
        reports: { document: { year: number } }[];
        yearOnYear: {
          current: { year: number };
          previous: { year: number };
          tables: {
            kind: string;
            rows: { status: string; current: string | null; previous: string | null; delta: string | null }[];
          }[];
        }[];
      };
      expect(out.reports.map((x) => x.document.year)).toEqual([2024, 2025]);
      expect(out.yearOnYear).toHaveLength(1);
      const y = out.yearOnYear[0];
      expect(y?.current.year).toBe(2025);
      expect(y?.previous.year).toBe(2024);
      expect(y?.tables.map((t) => t.kind)).toEqual(expect.arrayContaining(['budget.expenditure', 'budget.income']));
      let checked = 0;
      for (const t of y?.tables ?? [])
        for (const row of t.rows) {
          if (row.status !== 'both' || (row.current === null && row.previous === null)) continue;
          expect(row.delta).not.toBeNull();
          const diff = new Decimal(row.current ?? 0).minus(row.previous ?? 0);
          expect(new Decimal(row.delta ?? 'NaN').equals(diff)).toBe(true);
          checked++;
        }
      expect(checked).toBeGreaterThan(100);
    }, 120_000);

    it('prints a readable year-on-year table in Markdown', () => {
      const r = run(...pdfs, '--format', 'md');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('同比 Year on year');
      expect(r.stdout).toMatch(/\| 编码 Code \| 名称 Name \| 2025 \| 2024 \| 增减 Δ \| % \|/);
      expect(r.stdout).toMatch(/\| 201 \| [^|]+\| [\d.]+ \| [\d.]+ \| [+-]?[\d.]+ \|/);
    }, 120_000);
  });
});
