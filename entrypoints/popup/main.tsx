/**
 * Popup wiring: reads the active tab, injects the overlay script on demand (activeTab), reads a listing's links for the
 * listing check, opens the viewer.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Popup } from '../../components/popup/Popup';
import type { ListingLink } from '../../lib/follow/listing';
import { translator } from '../../lib/i18n/strings';
import { LISTING_SCRIPT, OVERLAY_SCRIPT, viewerPath } from '../../lib/messages/paths';
import { loadSettings } from '../../lib/options/storage';

const PDF_URL_RE = /\.pdf($|[?#])/i;

async function start() {
  const settings = await loadSettings(browser.storage.local);
  const t = translator(settings.language);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const tabUrl = tab?.url ?? null;

  function App() {
    const [status, setStatus] = useState<string>();
    return (
      <Popup
        t={t}
        tabUrl={tabUrl}
        isPdf={Boolean(tabUrl && PDF_URL_RE.test(tabUrl))}
        status={status}
        onAnalyse={async () => {
          if (tab?.id === undefined) return;
          try {
            // activeTab: the click on our toolbar button grants access to this tab only, only now.
            const [injected] = await browser.scripting.executeScript({
              target: { tabId: tab.id },
              files: [OVERLAY_SCRIPT],
            });
            // The overlay script answers what it did (OverlayOutcome): say so when there was nothing to analyse.
            if (injected?.result === 'not-disclosure') setStatus(t('popupNotDisclosure'));
            else window.close();
          } catch (e) {
            setStatus(String(e));
          }
        }}
        onCheckListing={async () => {
          if (tab?.id === undefined) return;
          try {
            // activeTab again: the page's links are read now, in this tab only; the results page asks for the site's
            // origin (once, on the reader's click) before it fetches anything there.
            const [injected] = await browser.scripting.executeScript({
              target: { tabId: tab.id },
              files: [LISTING_SCRIPT],
            });
            const found = injected?.result as
              | { listing: string; title: string; links: ListingLink[] }
              | null
              | undefined;
            if (!found) return setStatus(t('popupNotListing'));
            await browser.runtime.sendMessage({ type: 'open-follow', ...found });
            window.close();
          } catch (e) {
            setStatus(String(e));
          }
        }}
        onOpenPdf={() =>
          tabUrl && void browser.tabs.create({ url: browser.runtime.getURL(viewerPath(tabUrl) as '/viewer.html') })
        }
        onOpenViewer={() => void browser.tabs.create({ url: browser.runtime.getURL('/viewer.html') })}
        onOptions={() => void browser.runtime.openOptionsPage()}
      />
    );
  }
  const app = document.getElementById('app');
  if (app) render(<App />, app);
}

void start();
