/**
 * A disclosure with a 50,000-row table (the generated sample page, one long 项目支出 list appended), loaded with the
 * built extension: the content script reads it in slices, so no long task while it reads is much over the 40 ms
 * slice, where reading it in one go (the same extractor, run to completion in the page) is one task of hundreds of ms.
 * Long tasks are recorded by a PerformanceObserver put in before the page's own scripts. The background's budget
 * cuts the long table from the analysis, and the panel says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedExtension, launchWithExtension } from '../support/extension';
import { type StaticServer, serveStatic } from '../support/serve';
import { PROJECT_ROOT } from '../support/shared';

const ROWS = 50_000;
/**
 * The reading's longest task is asserted under half of the same extraction in one go, measured in the same page: on
 * an idle machine it was 50 ms against 276 ms, on a loaded one 168 ms against 628 ms (a step caught by a garbage
 * collection of the page's heap), so an absolute bound would measure the machine rather than the slicing.
 */
const AT_MOST_OF_ONE_GO = 0.5;

function longPage(): string {
  const sample = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/generated/sample/page.html'), 'utf8');
  const rows = Array.from(
    { length: ROWS },
    (_, i) =>
      `<tr><td>2010101</td><td>项目${i}</td><td>${(i % 997) + 1}.00</td><td>${i % 13}.00</td><td>${(i % 997) + 1 - (i % 13)}.00</td></tr>`,
  ).join('');
  const table = `<h2>项目支出明细表</h2><p>单位：万元</p><table border="1"><tr><th>科目编码</th><th>项目名称</th><th>合计</th><th>财政拨款</th><th>其他资金</th></tr>${rows}</table>`;
  return sample.replace('</body>', `${table}</body>`);
}

/** The extractor as an IIFE (`BudgetLensExtract.extractHtml`), to time it in one go in the page's own world. */
function extractorScript(): string {
  const out = buildSync({
    entryPoints: [join(PROJECT_ROOT, 'lib/extract/html/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'BudgetLensExtract',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

interface Task {
  start: number;
  duration: number;
}

describe('a disclosure with a 50,000-row table', () => {
  let ext: LoadedExtension;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({}, { '/long.html': longPage() });
    ext = await launchWithExtension();
  }, 120_000);

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('is read without a long task much over the slice, and the panel says it was too large to analyse whole', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${server.origin}/long.html`, { timeout: 60_000 });
    await page.waitForFunction(() => Boolean(document.documentElement.dataset.budgetLensReady), null, {
      timeout: 90_000,
    });

    const seen = await page.evaluate(() => {
      const extract = performance.getEntriesByName('budget-lens:extract')[0] as PerformanceMeasure | undefined;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return {
        extract: extract
          ? {
              start: extract.startTime,
              duration: extract.duration,
              detail: extract.detail as { slices: number; longestMs: number },
            }
          : null,
        tasks: tasks.slice(),
        slices: performance
          .getEntriesByName('budget-lens:extract-slice')
          .map((e) => ({ start: e.startTime, duration: e.duration, steps: (e as PerformanceMeasure).detail.steps })),
      };
    });
    expect(seen.extract).not.toBeNull();
    const extract = seen.extract as NonNullable<typeof seen.extract>;
    const end = extract.start + extract.duration;
    const during = seen.tasks.filter((t: Task) => t.start < end && t.start + t.duration > extract.start);
    // The reading's own tasks: those holding one of its slices (each slice starts a task of its own; the others are
    // the page's, e.g. parsing and laying out the 50,000 rows, which the pauses let the browser do in between). The
    // last one also sends the extraction to the background.
    const holds = (t: Task) =>
      seen.slices.some((s) => s.start >= t.start - 1 && s.start + s.duration <= t.start + t.duration + 1);
    const ours = during.filter(holds);
    const longest = Math.max(0, ...ours.map((t: Task) => t.duration));
    const topSlices = [...seen.slices].sort((a, b) => b.duration - a.duration).slice(0, 3);

    // The same extractor in one go, in the page: what reading the page cost before it was sliced.
    await page.addScriptTag({ content: extractorScript() });
    const oneGo = await page.evaluate(() => {
      const x = (window as unknown as { BudgetLensExtract: { extractHtml: (d: Document, u: string) => unknown } })
        .BudgetLensExtract;
      const t = performance.now();
      x.extractHtml(document, location.href);
      return performance.now() - t;
    });
    console.log(
      `e2e long page: ${ROWS} rows read in ${extract.detail.slices} slices over ${extract.duration.toFixed(0)} ms, longest slice ${extract.detail.longestMs.toFixed(1)} ms; longest slices ${topSlices.map((s) => `${s.duration.toFixed(0)} ms/${s.steps} steps`).join(', ')}; long tasks while reading: ${during.length} (${during.map((t: Task) => t.duration.toFixed(0)).join(', ')} ms), of them the reading's own: ${ours.length}, longest ${longest.toFixed(0)} ms; all long tasks: ${seen.tasks.map((t: Task) => t.duration.toFixed(0)).join(', ')}; the same extraction in one go: ${oneGo.toFixed(0)} ms`,
    );
    expect(extract.detail.slices).toBeGreaterThan(1);
    expect(longest).toBeLessThan(oneGo * AT_MOST_OF_ONE_GO);

    const tooLarge = await page.evaluate(async () => {
      const root = document.querySelector('budget-lens-overlay')?.shadowRoot;
      if (!root?.querySelector('.bl-panel__body'))
        (root?.querySelector('[data-testid="budget-lens-panel-toggle"]') as HTMLElement | null)?.click();
      await new Promise((r) => setTimeout(r, 100));
      return root?.querySelector('[data-testid="budget-lens-too-large"]')?.textContent ?? null;
    });
    console.log(`e2e long page: the panel says ${tooLarge}`);
    expect(tooLarge).toMatch(/^文档过大（共 \d+ 张表、\d+ 个单元格）：只分析了前 \d+ 张表。$/u);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
