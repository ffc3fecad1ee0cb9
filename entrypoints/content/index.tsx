/**
 * Content script: wiring only. A cheap detection first (no parsing), then the mark and the PDF-link controls in shadow
 * roots. Ordinary pages return after the detection. Never changes the host page's own elements or styles.
 */
import { render } from 'preact';
import { Mark } from '../../components/mark/Mark';
import { OpenLink } from '../../components/mark/OpenLink';
import { detectDisclosure } from '../../lib/detect/detect';
import { translator } from '../../lib/i18n/strings';
import { loadSettings } from '../../lib/options/storage';
import css from './style.css?inline';

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

    const settings = await loadSettings(browser.storage.local);
    const t = translator(settings.language);

    if (detection.isDisclosure && detection.kind) {
      const kind = detection.kind;
      const ui = await createShadowRootUi(ctx, {
        name: 'budget-lens-mark',
        css,
        position: 'overlay',
        anchor: 'body',
        onMount: (container) => render(<Mark t={t} kind={kind} tableCount={detection.tableCount} />, container),
        onRemove: (container) => container && render(null, container),
      });
      ui.mount();
    }

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
