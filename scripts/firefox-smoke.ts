/**
 * Firefox smoke check (npm run smoke:firefox): the extension built for Firefox, installed as a temporary add-on in
 * Debian's Firefox ESR (headless, driven over WebDriver BiDi, which Firefox speaks itself: no geckodriver, no
 * downloaded browser), annotates the project's generated sample and, when ../shared is beside the project, the three
 * fixture pages, the sample inside iframes (of the page's origin and of another), then the fixture PDF in the
 * extension's viewer. For each page it prints the badges, the panel's tallies and load event → overlay ready, and it
 * writes a screenshot to artifacts/firefox/. Exits 1 when a page gets no overlay
 * or the viewer no analysis. The last step of `npm test` (the e2e suite runs in Chromium); needs Debian's firefox-esr,
 * which .ci/run installs when it is missing. A script: it reads files, starts processes and reads the clock.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../tests/support/serve';
import { FIXTURE_IDS, HAS_SHARED, PROJECT_ROOT, sharedPath } from '../tests/support/shared';
import { generateSample } from './generate-sample';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION = join(PROJECT_ROOT, '.output/firefox-mv3-local');
const SHOTS = join(PROJECT_ROOT, 'artifacts/firefox');
const GENERATED = join(PROJECT_ROOT, 'tests/fixtures/generated');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
const ADDON_ID = 'budget-lens@budgetlens.invalid';
const ADDON_UUID = '7a3c1e2b-5d4f-4a6b-9c8d-0e1f2a3b4c5d';

interface BidiMessage {
  id?: number;
  type?: string;
  error?: string;
  message?: string;
  result?: Record<string, unknown>;
}

/** A free loopback port for Firefox's remote agent. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A WebDriver BiDi session over Firefox's remote agent (commands only; events are not needed here). */
async function connect(port: number) {
  let ws: WebSocket | null = null;
  // A first start on a fresh profile, on a busy machine, can take well over ten seconds before the agent listens.
  const deadline = Date.now() + 90_000;
  while (!ws && Date.now() < deadline) {
    try {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
      await new Promise((resolve, reject) => {
        socket.onopen = resolve;
        socket.onerror = reject;
      });
      ws = socket;
    } catch {
      await new Promise((r) => setTimeout(r, 200)); // the agent is not listening yet
    }
  }
  if (!ws) throw new Error(`Firefox's remote agent did not answer on port ${port} within 90 s`);
  const socket = ws;
  let next = 0;
  const waiting = new Map<number, (m: BidiMessage) => void>();
  socket.onmessage = (e) => {
    const m = JSON.parse(String(e.data)) as BidiMessage;
    if (m.id !== undefined) waiting.get(m.id)?.(m);
  };
  const send = async (method: string, params: object): Promise<Record<string, unknown>> => {
    const id = ++next;
    const m = await new Promise<BidiMessage>((resolve) => {
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
    waiting.delete(id);
    if (m.type === 'error') throw new Error(`${method}: ${m.error}: ${m.message}`);
    return m.result ?? {};
  };
  /** Evaluates `expression` (which returns JSON text) in a tab until `done` holds of its value, 100 ms apart. */
  const poll = async <T>(context: string, expression: string, done: (value: T) => boolean, tries: number) => {
    let value: T | null = null;
    for (let i = 0; i < tries; i++) {
      const r = (await send('script.evaluate', { expression, target: { context }, awaitPromise: false })) as {
        result: { value: string };
      };
      value = JSON.parse(r.result.value) as T;
      if (done(value)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return value as T;
  };
  const screenshot = async (context: string, file: string) => {
    const shot = (await send('browsingContext.captureScreenshot', { context })) as { data: string };
    writeFileSync(join(SHOTS, file), Buffer.from(shot.data, 'base64'));
  };
  return { send, poll, screenshot, close: () => socket.close() };
}

// Evaluated in the page: what the overlay drew, and when it was ready.
const STATE = `JSON.stringify((() => {
  const d = document.documentElement.dataset;
  const root = document.querySelector('budget-lens-overlay')?.shadowRoot;
  const load = performance.getEntriesByType('navigation')[0]?.loadEventStart ?? NaN;
  return {
    complete: d.budgetLensComplete !== undefined,
    loadToReady: Number(d.budgetLensReady) - load,
    badges: root ? root.querySelectorAll('[data-testid="budget-lens-badge"]').length : 0,
    panel: root?.querySelector('[data-testid="budget-lens-panel-toggle"]')?.textContent ?? '',
    steps: ['extract', 'analyze', 'analyze-background', 'draw'].map((n) => n + ' ' + (performance.getEntriesByName('budget-lens:' + n)[0]?.duration ?? NaN).toFixed(0)).join(', '),
  };
})())`;

type Tree = { contexts: { context: string; url?: string; children?: { context: string; url: string }[] }[] };
type PageState = { complete: boolean; loadToReady: number; badges: number; panel: string; steps: string };
type ViewerState = { ready: boolean; pages: number; panel: string; badges: number };

/** The sample in two iframes, of the page's origin and of another (the same server as localhost). */
const FRAMES = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title></head><body>
<iframe src="/generated/sample/page.html" width="1000" height="700"></iframe>
<iframe id="other" width="1000" height="700"></iframe>
<script>document.getElementById('other').src = location.origin.replace('127.0.0.1', 'localhost') + '/generated/sample/page.html';</script>
</body></html>`;

// Clicks the first 用预算透镜打开 control on the page (true once there was one to click).
const OPEN_PDF = `(() => {
  const button = document.querySelector('budget-lens-link')?.shadowRoot?.querySelector('button');
  button?.click();
  return JSON.stringify(Boolean(button));
})()`;

const VIEWER_STATE = `JSON.stringify({
  ready: document.body.dataset.overlayReady === 'true',
  pages: Number(document.body.dataset.pages ?? 0),
  panel: document.querySelector('budget-lens-panel')?.shadowRoot?.querySelector('[data-testid="budget-lens-panel-toggle"]')?.textContent ?? '',
  badges: [...document.querySelectorAll('budget-lens-page-layer')].reduce((n, l) => n + (l.shadowRoot?.querySelectorAll('[data-testid="budget-lens-badge"]').length ?? 0), 0),
})`;

async function main() {
  if (!existsSync(FIREFOX)) {
    console.error(`firefox-smoke: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX)`);
    process.exit(1);
  }
  if (process.env.BUDGETLENS_SKIP_BUILD !== '1' || !existsSync(EXTENSION))
    execFileSync(join(PROJECT_ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BUDGETLENS_LOCAL: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  await generateSample({ out: GENERATED, variant: 'sample', pdf: false });
  const pages = [
    { label: 'generated sample', path: '/generated/sample/page.html' },
    ...(HAS_SHARED ? FIXTURE_IDS.map((id) => ({ label: `fixture ${id}`, path: `/fixtures/${id}/page.html` })) : []),
  ];
  if (!HAS_SHARED) console.log('firefox-smoke: ../shared not found, the fixtures are skipped');
  const server = await serveStatic(
    {
      '/generated/': GENERATED,
      ...(HAS_SHARED ? { '/fixtures/': sharedPath('fixtures') } : {}),
    },
    { '/frames.html': FRAMES },
  );

  const profile = mkdtempSync(join(tmpdir(), 'budget-lens-firefox-'));
  // A fixed internal address for the add-on, so the viewer page can be opened (moz-extension://<uuid>/viewer.html).
  const uuids = JSON.stringify({ [ADDON_ID]: ADDON_UUID });
  writeFileSync(
    join(profile, 'user.js'),
    [
      ...['browser.shell.checkDefaultBrowser', 'datareporting.policy.dataSubmissionEnabled', 'app.update.enabled'].map(
        (p) => `user_pref("${p}", false);`,
      ),
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(uuids)});`,
    ].join('\n'),
  );
  const port = await freePort();
  const firefox = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', `${port}`],
    {
      stdio: 'ignore',
    },
  );
  let failed = false;
  try {
    const bidi = await connect(port);
    await bidi.send('session.new', { capabilities: {} });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: EXTENSION } });
    const tree = (await bidi.send('browsingContext.getTree', {})) as Tree;
    const context = tree.contexts[0]?.context;
    if (!context) throw new Error('Firefox has no tab to drive');
    const version = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`firefox-smoke: ${version}, headless, the extension from .output/firefox-mv3-local`);
    mkdirSync(SHOTS, { recursive: true });
    for (const { label, path } of pages) {
      await bidi.send('browsingContext.navigate', { context, url: `${server.origin}${path}`, wait: 'complete' });
      const state = await bidi.poll<PageState>(context, STATE, (v) => v.complete, 300);
      await bidi.screenshot(context, `${label.replace(/\W+/g, '-')}.png`);
      console.log(
        state.complete
          ? `firefox-smoke: ${label}: ${state.badges} badges, panel "${state.panel}", load event → ready ${state.loadToReady.toFixed(0)} ms (${state.steps})`
          : `firefox-smoke: ${label}: NO OVERLAY within 10 s`,
      );
      if (!state.complete || state.badges === 0) failed = true;
    }
    // Frames: the declared script runs in every frame and the overlay is injected into the one that asked.
    await bidi.send('browsingContext.navigate', { context, url: `${server.origin}/frames.html`, wait: 'complete' });
    let frames: { context: string; url: string }[] = [];
    for (let i = 0; i < 100 && !frames.some((f) => f.url.includes('localhost')); i++) {
      const tree = (await bidi.send('browsingContext.getTree', { root: context })) as Tree;
      frames = tree.contexts[0]?.children ?? [];
      if (!frames.some((f) => f.url.includes('localhost'))) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const frame of frames) {
      const state = await bidi.poll<PageState>(frame.context, STATE, (v) => v.complete, 300);
      const where = new URL(frame.url).hostname === '127.0.0.1' ? 'same origin' : 'other origin';
      console.log(
        state.complete
          ? `firefox-smoke: sample in an iframe (${where}): ${state.badges} badges, panel "${state.panel}"`
          : `firefox-smoke: sample in an iframe (${where}): NO OVERLAY within 30 s`,
      );
      if (!state.complete || state.badges === 0) failed = true;
    }
    if (frames.length !== 2) {
      console.log(`firefox-smoke: frames page: ${frames.length} frames found, 2 expected`);
      failed = true;
    }
    await bidi.screenshot(context, 'frames.png');

    // The PDF viewer, opened as a reader would: the 用预算透镜打开 control beside the fixture page's PDF link (a
    // moz-extension:// address may not be navigated to from outside). pdf.js in the extension, the analysis, the panel.
    if (HAS_SHARED) {
      await bidi.send('browsingContext.navigate', {
        context,
        url: `${server.origin}/fixtures/zezhou-energy-2025/page.html`,
        wait: 'complete',
      });
      const before = new Set(((await bidi.send('browsingContext.getTree', {})) as Tree).contexts.map((c) => c.context));
      await bidi.poll<boolean>(context, OPEN_PDF, (clicked) => clicked, 150);
      let viewerContext: string | undefined;
      for (let i = 0; i < 300 && !viewerContext; i++) {
        const tree = (await bidi.send('browsingContext.getTree', {})) as Tree;
        viewerContext = tree.contexts.find((c) => !before.has(c.context))?.context;
        if (!viewerContext) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const pdf = 'zezhou-energy-2025 doc.pdf';
      if (!viewerContext) throw new Error('the 用预算透镜打开 control opened no tab');
      await bidi.poll<ViewerState>(viewerContext, VIEWER_STATE, (v) => v.ready, 900);
      // A page of tables (the fourth, 预算支出总表) into view, for its badges.
      await bidi.send('script.evaluate', {
        expression: `document.querySelector('.page[data-page-number="4"]')?.scrollIntoView()`,
        target: { context: viewerContext },
        awaitPromise: false,
      });
      const state = await bidi.poll<ViewerState>(viewerContext, VIEWER_STATE, (v) => v.ready && v.badges > 0, 150);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the page's text layer, for the badges' places
      await bidi.screenshot(viewerContext, 'viewer.png');
      console.log(
        state.ready
          ? `firefox-smoke: viewer ${pdf}: ${state.pages} pages, ${state.badges} badges on the pages drawn (page 4 in view), panel "${state.panel}"`
          : `firefox-smoke: viewer ${pdf}: NOT ANALYSED within 30 s`,
      );
      if (!state.ready || !state.panel || state.badges === 0) failed = true;
    }
    bidi.close();
  } finally {
    firefox.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`firefox-smoke: screenshots in ${SHOTS}`);
  if (failed) process.exit(1);
}

await main();
