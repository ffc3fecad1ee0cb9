/**
 * Benchmark (npx tsx scripts/bench-html-slices.ts [runs]): how long the page's thread is held while an HTML page is
 * read. For a 50,000-row table and for 5,000 tables (linkedom, Node): extractHtml in one go, against the sliced
 * reading the content script does (runSliced, 40 ms slices): the longest step, the longest slice, the slices, and the
 * sliced reading's total. Medians of several runs. Writes bench/html-slices.md and prints it. Node's linkedom is not
 * a browser: its querySelectorAll is script, so the first step (which finds the tables) is longer here than in a page;
 * the e2e (tests/e2e/long-page.test.ts) measures Chromium.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractHtml, extractHtmlSteps, runSliced } from '../lib/extract/html';
import { PROJECT_ROOT } from '../tests/support/shared';

const RUNS = Math.max(3, Number(process.argv[2] ?? 5) || 5);
const SLICE_MS = 40;

const row = (i: number) =>
  `<tr><td>2010101</td><td>项目${i}</td><td>${(i % 997) + 1}.00</td><td>${i % 13}.00</td><td>0</td></tr>`;
const PAGES: [string, string][] = [
  [
    '50,000-row table',
    `<html><body><h1>某部门2025年部门预算</h1><p>项目支出表</p><p>单位：万元</p><table><tr><th>科目编码</th><th>项目名称</th><th>合计</th><th>财政拨款</th><th>其他</th></tr>${Array.from({ length: 50_000 }, (_, i) => row(i)).join('')}</table></body></html>`,
  ],
  [
    '5,000 tables',
    `<html><body>${Array.from({ length: 5000 }, (_, i) => `<p>表${i} 收支总表</p><p>单位：万元</p><table><tr><th>项目</th><th>金额</th></tr><tr><td>a${i}</td><td>${i}</td></tr></table>`).join('')}</body></html>`,
  ],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const lines = [
  `# HTML reading in slices (linkedom, Node ${process.version}, median of ${RUNS} runs, ${SLICE_MS} ms slices)`,
  '',
  '| page | one go (ms) | sliced total (ms) | slices | longest slice (ms) | longest step (ms) | steps |',
  '|---|---|---|---|---|---|---|',
];
for (const [name, html] of PAGES) {
  const document = parseHTML(html).document as unknown as Document;
  const once: number[] = [];
  const total: number[] = [];
  const slices: number[] = [];
  const longestSlice: number[] = [];
  const longestStep: number[] = [];
  const steps: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    extractHtml(document, name);
    once.push(performance.now() - t);
    t = performance.now();
    const sliced = await runSliced(extractHtmlSteps(document, name), {
      now: () => performance.now(),
      pause: () => new Promise((resolve) => setImmediate(resolve)),
      sliceMs: SLICE_MS,
    });
    total.push(performance.now() - t);
    slices.push(sliced.slices);
    longestSlice.push(sliced.longestMs);
    const stepping = extractHtmlSteps(document, name);
    let longest = 0;
    let n = 0;
    for (;;) {
      const s = performance.now();
      const done = stepping.next().done;
      longest = Math.max(longest, performance.now() - s);
      n++;
      if (done) break;
    }
    longestStep.push(longest);
    steps.push(n);
  }
  const f = (xs: number[]) => median(xs).toFixed(1);
  lines.push(
    `| ${name} | ${f(once)} | ${f(total)} | ${median(slices)} | ${f(longestSlice)} | ${f(longestStep)} | ${median(steps)} |`,
  );
}
const out = `${lines.join('\n')}\n`;
writeFileSync(join(PROJECT_ROOT, 'bench/html-slices.md'), out);
console.log(out);
