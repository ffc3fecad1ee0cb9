/**
 * Firefox smoke check (npm run smoke:firefox): the extension built for Firefox, installed as a temporary add-on in
 * Debian's Firefox ESR (headless, driven over WebDriver BiDi, which Firefox speaks itself: no geckodriver, no
 * downloaded browser), annotates the project's generated sample and, when ../shared is beside the project, the three
 * fixture pages. For each page it prints the badges, the panel's tallies and load event → overlay ready, and it writes
 * a screenshot to artifacts/firefox/. Exits 1 when a page gets no overlay. Not part of `npm test` (the e2e suite runs in
 * Chromium); needs `apt-get install firefox-esr`. A script: it reads files, starts processes and reads the clock.
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
  for (let i = 0; i < 50 && !ws; i++) {
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
  if (!ws) throw new Error(`Firefox's remote agent did not answer on port ${port}`);
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
  return { send, close: () => socket.close() };
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
  const server = await serveStatic({
    '/generated/': GENERATED,
    ...(HAS_SHARED ? { '/fixtures/': sharedPath('fixtures') } : {}),
  });

  const profile = mkdtempSync(join(tmpdir(), 'budget-lens-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    ['browser.shell.checkDefaultBrowser', 'datareporting.policy.dataSubmissionEnabled', 'app.update.enabled']
      .map((p) => `user_pref("${p}", false);`)
      .join('\n'),
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
    const tree = (await bidi.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
    const context = tree.contexts[0]?.context;
    const version = execFileSync(FIREFOX, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`firefox-smoke: ${version}, headless, the extension from .output/firefox-mv3-local`);
    mkdirSync(SHOTS, { recursive: true });
    for (const { label, path } of pages) {
      await bidi.send('browsingContext.navigate', { context, url: `${server.origin}${path}`, wait: 'complete' });
      let state = { complete: false, loadToReady: Number.NaN, badges: 0, panel: '', steps: '' };
      for (let i = 0; i < 100 && !state.complete; i++) {
        const r = (await bidi.send('script.evaluate', {
          expression: STATE,
          target: { context },
          awaitPromise: false,
        })) as { result: { value: string } };
        state = JSON.parse(r.result.value) as typeof state;
        if (!state.complete) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const name = label.replace(/\W+/g, '-');
      const shot = (await bidi.send('browsingContext.captureScreenshot', { context })) as { data: string };
      writeFileSync(join(SHOTS, `${name}.png`), Buffer.from(shot.data, 'base64'));
      console.log(
        state.complete
          ? `firefox-smoke: ${label}: ${state.badges} badges, panel "${state.panel}", load event → ready ${state.loadToReady.toFixed(0)} ms (${state.steps})`
          : `firefox-smoke: ${label}: NO OVERLAY within 10 s`,
      );
      if (!state.complete || state.badges === 0) failed = true;
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
