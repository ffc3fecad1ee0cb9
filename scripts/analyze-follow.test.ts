/** CLI `--follow`: NDJSON rows as they come, a Markdown summary, resuming from a previous run's output, exit codes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFinalVariant, generateVariant, renderPage } from '../tests/generator/document';
import { type StaticServer, serveStatic } from '../tests/support/serve';
import { PROJECT_ROOT } from '../tests/support/shared';

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const p = spawn('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: PROJECT_ROOT });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    p.on('close', (code) => res({ code, stdout, stderr }));
  });
}

const LISTING = `<!doctype html><html><head><meta charset="utf-8"><title>部门预决算</title></head><body>
<a href="/a/1.html">示例县文化和旅游局2025年度部门预算</a>
<a href="/a/2.html">示例县文化和旅游局2025年度部门决算</a>
<a href="/f/3.xlsx">示例县财政局2025年部门预算</a>
<a href="/a/4.html">示例县教育局2025年部门预算</a></body></html>`;

describe('analyze --follow', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(
      {},
      {
        '/list.html': LISTING,
        '/a/1.html': renderPage(generateVariant('sample')),
        '/a/2.html': renderPage(generateFinalVariant('sample')),
      },
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('writes one NDJSON line per disclosure and per unreadable link; exit 1 when some were not read', async () => {
    const r = await run('--follow', `${server.origin}/list.html`);
    expect(r.code).toBe(1);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: string; link: string; reason?: string; document?: { kind: string } });
    expect(rows.map((x) => [x.link.replace(server.origin, ''), x.row, x.reason ?? x.document?.kind]).sort()).toEqual([
      ['/a/1.html', 'disclosure', 'budget'],
      ['/a/2.html', 'disclosure', 'final'],
      ['/a/4.html', 'unreadable', 'http'],
      ['/f/3.xlsx', 'unreadable', 'office-file'],
    ]);
    expect(r.stderr).toContain('2 disclosure(s) read, 2 not readable');

    // Resumed from that output: nothing read twice.
    const dir = mkdtempSync(join(tmpdir(), 'bl-follow-'));
    writeFileSync(join(dir, 'done.ndjson'), r.stdout);
    const again = await run('--follow', `${server.origin}/list.html`, '--resume', join(dir, 'done.ndjson'));
    expect(again.stdout.trim()).toBe('');
    expect(again.stderr).toContain('(4 done before, skipped)');

    const md = await run('--follow', `${server.origin}/list.html`, '--format', 'md');
    expect(md.stdout).toMatch(/\| 示例县文化和旅游局 \| 2025 \| 决算 \|/u);
    expect(md.stdout).toContain('office-file');
  }, 180_000);

  it('a page that is no listing is an input error (exit 3)', async () => {
    const r = await run('--follow', `${server.origin}/a/1.html`);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/not a listing page/u);
  }, 60_000);
});
