/**
 * The declared content script (every *.gov.cn page and frame, at DOMContentLoaded; added to the manifest in
 * wxt.config.ts): wiring only, and deliberately small. It runs the cheap detection (no parsing), puts an "open in
 * BudgetLens" control after each disclosure PDF link, and on a disclosure asks the background to inject the overlay
 * script (entrypoints/overlay.content) and has the page read and analysed meanwhile (the background runs the
 * pipeline). It must not import the pipeline, zod, the settings schema or WXT's content-script runtime: whatever it
 * imports is loaded on every government page (the HTML extractor is the one exception, about 13 KB).
 *
 * An unlisted script rather than a WXT content script: WXT's wrapper brings its runtime and touches the extension API
 * as it starts, which builds the API bindings in the page; on an ordinary page this script touches neither.
 * Never changes the host page's own elements or styles: the link controls live in shadow roots.
 */
import type { browser } from 'wxt/browser';
import { ListingOffer } from '../../components/mark/ListingOffer';
import css from '../../components/mark/mark.css?inline';
import { OpenLink } from '../../components/mark/OpenLink';
import { mountShadow } from '../../components/overlay/mount';
import { detectDisclosure } from '../../lib/detect/detect';
import { isListing, type ListingLink, listingLinks } from '../../lib/follow/listing';
import { type Lang, translator } from '../../lib/i18n/strings';
import type { Send } from '../../lib/messages/history-client';
import { SETTINGS_KEYS } from '../../lib/options/keys';
import { afterFirstPaint, watchFirstPaint } from './first-paint';
import { whenReadable } from './frame';
import { leave } from './handover';
import { analysePage } from './page-analysis';

type Api = typeof browser;

/** The extension API, reached only once this page needs it. Null once the extension was reloaded or removed. */
function extensionApi(): Api | null {
  const g = globalThis as { browser?: Api; chrome?: Api };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  return api?.runtime?.id ? api : null;
}

function send(
  message:
    | { type: 'inject-overlay' }
    | { type: 'open-viewer'; url: string }
    | { type: 'open-follow'; listing: string; title: string; links: ListingLink[] },
): void {
  void extensionApi()
    ?.runtime.sendMessage(message)
    .catch(() => undefined);
}

const ask: Send = async (message) => {
  const api = extensionApi();
  if (!api) throw new Error('the extension was reloaded or removed');
  return api.runtime.sendMessage(message);
};

/** The reader's stored settings, raw (the overlay validates them; the link controls need two plain values). */
async function readStored(): Promise<Record<string, unknown>> {
  // Marked so the tests can tell the pages that read the settings from those that must not.
  performance.mark('budget-lens:settings-read');
  return (await extensionApi()?.storage.local.get(SETTINGS_KEYS)) ?? {};
}

/**
 * Only the language and the auto-open choice are needed here; read without the settings schema (it would bring zod
 * into every page). Defaults: Chinese, no auto-open.
 */
async function readSettings(read: Promise<Record<string, unknown>>): Promise<{ lang: Lang; autoOpenPdf: boolean }> {
  try {
    const stored = await read;
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
function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

async function linkControls(links: readonly { href: string }[], read: Promise<Record<string, unknown>>): Promise<void> {
  const settings = await readSettings(read);
  const t = translator(settings.lang);
  const anchors = [...document.getElementsByTagName('a')];
  for (const link of links) {
    const anchor = anchors.find((a) => a.href === link.href);
    if (!anchor) continue;
    // The reader asked (options) for disclosure PDFs to open in our viewer: a plain click on the link does that;
    // modified clicks (new tab, save) keep the browser's own behaviour, and so does every click once the extension
    // is gone.
    if (settings.autoOpenPdf)
      anchor.addEventListener('click', (e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || !extensionApi()) return;
        e.preventDefault();
        send({ type: 'open-viewer', url: link.href });
      });
    const control = mountShadow({ parent: document.documentElement, after: anchor, tag: 'budget-lens-link', css });
    control.render(<OpenLink t={t} onOpen={() => send({ type: 'open-viewer', url: link.href })} />);
  }
}

/**
 * A listing page (many links that read as disclosures): one offer to check them all. Nothing is fetched before the
 * reader's click; the links are read again then, for a page that has since loaded more of them.
 */
function offerListing(read: () => Promise<Record<string, unknown>>): boolean {
  const links = listingLinks(document, location.href);
  if (!isListing(links)) return false;
  void readSettings(read()).then(({ lang }) => {
    const offer = mountShadow({ parent: document.documentElement, tag: 'budget-lens-listing', css });
    offer.render(
      <ListingOffer
        t={translator(lang)}
        count={links.length}
        onCheck={() => {
          const now = listingLinks(document, location.href);
          send({ type: 'open-follow', listing: location.href, title: document.title, links: now.length ? now : links });
        }}
        onDismiss={() => offer.destroy()}
      />,
    );
  });
  return true;
}

/** Quiet period after the page's title changes before it is looked at again (ms). */
const TITLE_DEBOUNCE = 400;

/**
 * A page that is not a disclosure yet may become one without a new load: a site that builds its tables with script
 * (one more look at the load event), or a single-page site that swaps its content and retitles the page (a look once
 * the title has changed; only the <head> is watched, so ordinary pages pay nothing while they run).
 */
function watchForLateDisclosure(): void {
  let done = false;
  let timer = 0;
  const titles = new MutationObserver(() => {
    clearTimeout(timer);
    timer = window.setTimeout(look, TITLE_DEBOUNCE);
  });
  function look() {
    if (done || !detectDisclosure(document).isDisclosure) return;
    done = true;
    titles.disconnect();
    send({ type: 'inject-overlay' });
  }
  if (document.readyState !== 'complete') void loaded().then(look);
  if (document.head) titles.observe(document.head, { childList: true, subtree: true, characterData: true });
}

function detect(): void {
  performance.mark('budget-lens:start');
  const detection = detectDisclosure(document);
  performance.measure('budget-lens:detect', 'budget-lens:start');
  // One storage read, on the pages that need one, for the overlay and the link controls alike.
  let stored: Promise<Record<string, unknown>> | null = null;
  const read = () => {
    stored ??= readStored();
    return stored;
  };
  if (detection.isDisclosure) {
    watchFirstPaint();
    send({ type: 'inject-overlay' });
    // What the overlay will need, started while the background injects it: the settings, and (once the page has
    // painted its first frame) the page's analysis, which the background runs while the overlay script loads.
    leave('settings', read());
    leave(
      'analysis',
      afterFirstPaint().then(() => analysePage(ask)),
    );
  } else {
    watchForLateDisclosure();
    // A column whose links its script adds after the HTML: one more look at the load event.
    if (!offerListing(read)) void loaded().then(() => offerListing(read));
  }
  if (detection.pdfLinks.length > 0) void linkControls(detection.pdfLinks, read());
}

export default defineUnlistedScript(() => {
  // Declared at document_start only to be listening when the page's HTML is parsed: detection runs at
  // DOMContentLoaded itself, ahead of the page's first layout, so the overlay is on its way while the page renders.
  // In a frame, only once the frame is shown at a readable size (./frame).
  const start = () => whenReadable(window, detect);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
});
