/**
 * Declared content script (every *.gov.cn page): wiring only, and deliberately small. It runs the cheap detection (no
 * parsing), puts an "open in BudgetLens" control after each disclosure PDF link, and on a disclosure asks the
 * background to inject the overlay script (entrypoints/overlay.content), which carries the pipeline. It must not
 * import the pipeline, zod or the settings schema: whatever it imports is loaded on every government page.
 * Never changes the host page's own elements or styles: the link controls live in shadow roots.
 */
import { render } from 'preact';
import { OpenLink } from '../../components/mark/OpenLink';
import { detectDisclosure } from '../../lib/detect/detect';
import { type Lang, translator } from '../../lib/i18n/strings';
import css from './style.css?inline';

/** Storage keys of the settings (v2, then v1): must equal SETTINGS_KEY / SETTINGS_KEY_V1 in lib/options/storage.ts. */
const SETTINGS_KEYS = ['settings@2', 'settings@1'] as const;

/** Only the language is needed here; read without the settings schema (it would bring zod into every page). */
async function readLanguage(): Promise<Lang> {
  try {
    const stored = await browser.storage.local.get([...SETTINGS_KEYS]);
    for (const key of SETTINGS_KEYS) {
      const lang = (stored[key] as { language?: unknown } | undefined)?.language;
      if (lang === 'en' || lang === 'zh') return lang;
    }
  } catch {
    // No storage (the extension is reloading): the default language will do.
  }
  return 'zh';
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // Styles go into our shadow roots as text: no web-accessible resource to expose, nothing in the host page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    performance.mark('budget-lens:start');
    const detection = detectDisclosure(document);
    performance.measure('budget-lens:detect', 'budget-lens:start');
    if (!detection.isDisclosure && detection.pdfLinks.length === 0) return;

    if (detection.isDisclosure && detection.kind)
      void browser.runtime.sendMessage({ type: 'inject-overlay' }).catch(() => undefined);
    if (detection.pdfLinks.length === 0) return;

    const t = translator(await readLanguage());
    for (const link of detection.pdfLinks) {
      const anchor = [...document.getElementsByTagName('a')].find((a) => a.href === link.href);
      if (!anchor) continue;
      const ui = await createShadowRootUi(ctx, {
        name: 'budget-lens-link',
        css,
        position: 'inline',
        anchor,
        append: 'after',
        onMount: (container) =>
          render(
            <OpenLink t={t} onOpen={() => void browser.runtime.sendMessage({ type: 'open-viewer', url: link.href })} />,
            container,
          ),
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
    }
  },
});
