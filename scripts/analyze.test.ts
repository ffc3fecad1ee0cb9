/**
 * CLI contract of scripts/analyze.ts: exit codes, data on stdout, messages on stderr, output shapes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, PROJECT_ROOT, sharedPath } from '../tests/support/shared';

function run(...args: string[]) {
  const res = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 120_000,
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
    expect(report.schema).toBe('budget-lens/report@1');
    expect(report.document.organisation).toBe('泽州县能源局');
    expect(report.tables).toHaveLength(19);
  });

  it('prints an array for several inputs and the worst exit code', () => {
    const r = run(page, '/nonexistent/x.pdf');
    expect(r.code).toBe(3);
    const reports = JSON.parse(r.stdout) as { schema: string }[];
    expect(reports).toHaveLength(1);
    expect(reports[0]?.schema).toBe('budget-lens/report@1');
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
});
