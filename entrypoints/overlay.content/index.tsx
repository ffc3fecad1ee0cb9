/**
 * Overlay content script: wiring only, and never declared in the manifest. The background injects it into a tab when
 * the small declared content script (entrypoints/detect) has detected a disclosure, and the popup's 分析本页 injects it
 * on other sites (activeTab); that keeps the overlay (~170 KB) off every other gov.cn page. It detects again (cheap),
 * takes the page's analysis (which the declared script has usually started: the page is read here, the background runs
 * the one pipeline with the reader's overrides and keeps the report in the reader's history), draws badges, chips and
 * summary, and has the page analysed again when a single-page site swaps its content. Never changes the host page's own
 * elements or styles.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../components/mark/mark.css?inline';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { type Detection, detectDisclosure } from '../../lib/detect/detect';
import { translator } from '../../lib/i18n/strings';
import { executionOf } from '../../lib/messages/history-client';
import type { MessageInput } from '../../lib/messages/messages';
import { historyPath } from '../../lib/messages/paths';
import { defaultSettings, SETTINGS_KEY, SETTINGS_KEYS, Settings, settingsFrom } from '../../lib/options/storage';
import type { Analysis } from '../../lib/overlay/analyse';
import { afterFirstPaint } from '../detect/first-paint';
import { take } from '../detect/handover';
import { analysePage } from '../detect/page-analysis';
import { PageOverlay } from './page-overlay';

/** Quiet period after the last DOM change before a swapped page is analysed again (ms). */
const RESCAN_DEBOUNCE = 600;

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
  // Both usually under way already: the declared script started them when it found the disclosure. The analysis starts
  // after the page's first paint, so the page shows no later than without us. Unreadable settings are the defaults.
  const ask = (m: MessageInput) => browser.runtime.sendMessage(m);
  const analysing = take('analysis') ?? afterFirstPaint().then(() => analysePage(ask));
  const settings = await (take('settings') ?? browser.storage.local.get(SETTINGS_KEYS))
    .then(settingsFrom)
    .catch(() => defaultSettings());
  const first = await analysing;
  const t = translator(settings.language);

  const overlay = new PageOverlay({
    doc: document,
    css: `${overlayCss}\n${css}`,
    t,
    lang: settings.language,
    show: settings.showSeverities,
    kind,
    tableCount: detection.tableCount,
    historyHref: (org) => browser.runtime.getURL(historyPath(org) as '/reader-history.html'),
    openPage: (page, organisation) =>
      void browser.runtime
        .sendMessage({ type: 'open-page', page, ...(organisation ? { organisation } : {}) })
        .catch(() => undefined),
    execution: (report) => executionOf((m) => browser.runtime.sendMessage(m), report),
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
      void analysePage(ask).then(run);
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
