/**
 * Declared content script (every *.gov.cn page): wiring only, and deliberately small. It runs the cheap detection (no
 * parsing), puts an "open in BudgetLens" control after each disclosure PDF link, and on a disclosure asks the
 * background to inject the overlay script (entrypoints/overlay.content), which carries the pipeline. It must not
 * import the pipeline, zod or the settings schema: whatever it imports is loaded on every government page.
 * Never changes the host page's own elements or styles: the link controls live in shadow roots.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OpenLink } from '../../components/mark/OpenLink';
import { detectDisclosure } from '../../lib/detect/detect';
import { type Lang, translator } from '../../lib/i18n/strings';
import css from './style.css?inline';

/** Storage keys of the settings (v2, then v1): must equal SETTINGS_KEY / SETTINGS_KEY_V1 in lib/options/storage.ts. */
const SETTINGS_KEYS = ['settings@2', 'settings@1'] as const;

/**
 * Only the language and the auto-open choice are needed here; read without the settings schema (it would bring zod
 * into every page). Defaults: Chinese, no auto-open.
 */
async function readSettings(): Promise<{ lang: Lang; autoOpenPdf: boolean }> {
  try {
    const stored = await browser.storage.local.get([...SETTINGS_KEYS]);
    for (const key of SETTINGS_KEYS) {
      const s = stored[key] as { language?: unknown; autoOpenPdf?: unknown } | undefined;
      if (s?.language === 'en' || s?.language === 'zh')
        return { lang: s.language, autoOpenPdf: s.autoOpenPdf === true };
    }
  } catch {
    // No storage (the extension is reloading): the defaults will do.
  }
  return { lang: 'zh', autoOpenPdf: false };
}

/** Resolves at the window's load event (at once when it has passed). */
function loaded(ctx: ContentScriptContext): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => ctx.addEventListener(window, 'load', () => resolve(), { once: true }));
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  // At DOMContentLoaded, not at idle: the tables are parsed by then, and the overlay (injected by the background,
  // ~100 ms) is on its way while the page's images and scripts are still loading.
  runAt: 'document_end',
  // Styles go into our shadow roots as text: no web-accessible resource to expose, nothing in the host page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    performance.mark('budget-lens:start');
    const detection = detectDisclosure(document);
    performance.measure('budget-lens:detect', 'budget-lens:start');
    const inject = () => void browser.runtime.sendMessage({ type: 'inject-overlay' }).catch(() => undefined);
    if (detection.isDisclosure) inject();
    else if (document.readyState !== 'complete')
      // A site that builds its tables with script may only have them by the load event: one more look then.
      void loaded(ctx).then(() => {
        if (!ctx.isInvalid && detectDisclosure(document).isDisclosure) inject();
      });
    if (detection.pdfLinks.length === 0) return;
    const settings = await readSettings();
    const t = translator(settings.lang);
    const openInLens = (url: string) => void browser.runtime.sendMessage({ type: 'open-viewer', url });
    for (const link of detection.pdfLinks) {
      const anchor = [...document.getElementsByTagName('a')].find((a) => a.href === link.href);
      if (!anchor) continue;
      // The reader asked (options) for disclosure PDFs to open in our viewer: a plain click on the link does that;
      // modified clicks (new tab, save) keep the browser's own behaviour.
      if (settings.autoOpenPdf)
        ctx.addEventListener(anchor, 'click', (event) => {
          const e = event as MouseEvent;
          if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          openInLens(link.href);
        });
      const ui = await createShadowRootUi(ctx, {
        name: 'budget-lens-link',
        css,
        position: 'inline',
        anchor,
        append: 'after',
        onMount: (container) => render(<OpenLink t={t} onOpen={() => openInLens(link.href)} />, container),
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
    }
  },
});
