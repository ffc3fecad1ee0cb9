/**
 * Overlay content script: wiring only, and never declared in the manifest. The background injects it into a tab when
 * the small declared content script (entrypoints/content) has detected a disclosure, and the popup's 分析本页 injects
 * it on other sites (activeTab); that keeps the whole pipeline (~450 KB) off every other gov.cn page. It detects again
 * (cheap), mounts the overlay surface (the presence mark in its summary panel), runs the one pipeline with the
 * reader's overrides, draws badges, chips and summary, saves the report to the reader's history, and analyses again
 * when a single-page site swaps its content. Never changes the host page's own elements or styles.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../components/mark/mark.css?inline';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { type Detection, detectDisclosure } from '../../lib/detect/detect';
import { extractHtml } from '../../lib/extract/html';
import { translator } from '../../lib/i18n/strings';
import { saveToHistory } from '../../lib/messages/history-client';
import { historyPath } from '../../lib/messages/paths';
import {
  analyzeOverrides,
  defaultSettings,
  SETTINGS_KEY,
  SETTINGS_KEYS,
  Settings,
  settingsFrom,
} from '../../lib/options/storage';
import { type Analysis, analyseSafely, failedAnalysis } from '../../lib/overlay/analyse';
import { analyzeExtracted } from '../../lib/pipeline/analyze';
import { takeSettingsRead } from '../detect/early-settings';
import { afterFirstPaint } from '../detect/first-paint';
import { PageOverlay } from './page-overlay';

/** Quiet period after the last DOM change before a swapped page is analysed again (ms). */
const RESCAN_DEBOUNCE = 600;

/** Wraps a pipeline step so its cost shows up as a `budget-lens:<name>` performance measure. */
function timed<A, R>(name: string, fn: (a: A) => R): (a: A) => R {
  return (a) => {
    const start = performance.now();
    try {
      return fn(a);
    } finally {
      performance.measure(`budget-lens:${name}`, { start, end: performance.now() });
    }
  };
}

/**
 * One analysis of the page. Extraction does not need the settings, so the caller starts the settings read first and
 * hands over the promise: the storage round trip overlaps the reading of the page.
 */
async function analysePage(doc: Document, settings: Settings | Promise<Settings>): Promise<Analysis> {
  performance.mark('budget-lens:pipeline-start');
  let analysis: Analysis;
  try {
    const extracted = extractHtml(doc, location.href);
    performance.measure('budget-lens:extract', 'budget-lens:pipeline-start');
    const overrides = analyzeOverrides(await settings);
    analysis = analyseSafely(extracted, { analyze: timed('analyze', (d) => analyzeExtracted(d, overrides)) });
  } catch (e) {
    analysis = failedAnalysis(e);
  }
  performance.measure('budget-lens:pipeline', 'budget-lens:pipeline-start');
  return analysis;
}

/** Cheap fingerprint of the page's tables: changes when a single-page site swaps its content. */
function tablesSignature(doc: Document): string {
  return `${doc.getElementsByTagName('table').length}|${doc.getElementsByTagName('tr').length}|${doc.getElementsByTagName('td').length}|${location.href}`;
}

/**
 * What the injection did, returned to `scripting.executeScript` (the popup tells the reader when the page is not a
 * disclosure).
 */
export type OverlayOutcome = 'analysing' | 'not-disclosure' | 'already-running';

/** Set in this extension's isolated world once the overlay runs: a second injection (popup after background) is a no-op. */
const RUNNING = '__budgetLensOverlay';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  registration: 'runtime',
  // Styles go into our shadow roots as text: no web-accessible resource to expose, nothing in the host page.
  cssInjectionMode: 'manual',
  async main(ctx): Promise<OverlayOutcome> {
    performance.mark('budget-lens:overlay-main');
    const world = globalThis as { [RUNNING]?: boolean };
    if (world[RUNNING]) return 'already-running';
    world[RUNNING] = true;
    ctx.onInvalidated(() => {
      world[RUNNING] = false;
    });
    // The declared script marked the start on gov.cn pages; the popup's injection starts the clock here.
    if (performance.getEntriesByName('budget-lens:start').length === 0) performance.mark('budget-lens:start');
    const detection = detectDisclosure(document);
    if (!detection.isDisclosure || !detection.kind) return 'not-disclosure';

    // Answer the injection at once: a pending injection would hold back the page's load event.
    overlayPage(ctx, detection, detection.kind).catch((err: unknown) =>
      // The analysis itself reports its failures in the panel; this is for a fault in the overlay's own wiring.
      console.warn('BudgetLens: the overlay could not be drawn', err),
    );
    return 'analysing';
  },
});

/** Reads and analyses the page, then draws and maintains the overlay (re-analysing when the page swaps content). */
async function overlayPage(ctx: ContentScriptContext, detection: Detection, kind: 'budget' | 'final') {
  // The reader's region/population/staff overrides feed the per-capita metrics; unreadable settings are the defaults.
  // Usually already under way: the declared script started the read when it found the disclosure.
  const reading = (takeSettingsRead() ?? browser.storage.local.get(SETTINGS_KEYS))
    .then(settingsFrom)
    .catch(() => defaultSettings());
  // After the page's first paint: the page shows no later than without us.
  await afterFirstPaint();
  const first = await analysePage(document, reading);
  const settings = await reading;
  const t = translator(settings.language);

  const overlay = new PageOverlay({
    doc: document,
    css: `${overlayCss}\n${css}`,
    t,
    lang: settings.language,
    show: settings.showSeverities,
    kind,
    tableCount: detection.tableCount,
    historyHref: (org) => browser.runtime.getURL(historyPath(org) as '/history.html'),
    openPage: (page, organisation) =>
      void browser.runtime
        .sendMessage({ type: 'open-page', page, ...(organisation ? { organisation } : {}) })
        .catch(() => undefined),
  });
  ctx.onInvalidated(() => overlay.destroy());
  performance.mark('budget-lens:mounted');

  let signature = tablesSignature(document);
  const run = (analysis: Analysis) => {
    const drawStart = performance.now();
    overlay.setAnalysis(analysis, document.getElementsByTagName('table').length);
    performance.measure('budget-lens:draw', { start: drawStart, end: performance.now() });
    performance.mark('budget-lens:overlay-ready');
    performance.measure('budget-lens:overlay', 'budget-lens:start', 'budget-lens:overlay-ready');
    document.documentElement.dataset.budgetLensReady = String(performance.now());
    // The rest of the badges (away from the viewport) at the next idle moment.
    void overlay.drawRest().then(() => {
      document.documentElement.dataset.budgetLensComplete = String(performance.now());
    });
    // The reader's history lives in the background; a failure to store is not the page's problem.
    if (analysis.report)
      void saveToHistory((m) => browser.runtime.sendMessage(m), analysis.report, { source: location.href });
  };
  run(first);

  ctx.addEventListener(window, 'resize', () => overlay.schedule(), { passive: true });
  // Scrolling the page moves the layer with it; scrolling a container inside the page moves the cells only.
  ctx.addEventListener(document, 'scroll', (e) => (e.target === document ? overlay.onScroll() : overlay.schedule()), {
    capture: true,
    passive: true,
  });
  const resize = new ResizeObserver(() => overlay.schedule());
  resize.observe(document.body);
  ctx.onInvalidated(() => resize.disconnect());
  void document.fonts?.ready.then(() => overlay.schedule());

  let timer = 0;
  const mutations = new MutationObserver(() => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      const next = tablesSignature(document);
      if (next === signature) return;
      signature = next;
      void analysePage(document, settings).then(run);
    }, RESCAN_DEBOUNCE);
  });
  mutations.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => mutations.disconnect());

  const onSettings = (changes: Record<string, { newValue?: unknown }>) => {
    const next = Settings.safeParse(changes[SETTINGS_KEY]?.newValue);
    if (next.success) overlay.setSettings(translator(next.data.language), next.data.language, next.data.showSeverities);
  };
  browser.storage.onChanged.addListener(onSettings);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettings));
}
