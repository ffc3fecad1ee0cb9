/**
 * Background service worker: wiring only. Answers pings (health checks), opens the PDF viewer page for a URL (and, with
 * auto-open on, puts a PDF a tab navigates to into the viewer), injects the overlay script into a tab whose declared
 * content script found a disclosure, runs the one pipeline on a page's extraction for the content scripts
 * (lib/messages/analysis-service: off the page's main thread, with the reader's overrides), and owns the reader's
 * history (IndexedDB in the extension's origin, so every page's documents land in one store): history messages are
 * answered by lib/messages/history-service. A listing page's check is kept (lib/follow/job) and its results page opened.
 */
import { isPdfAddress } from '../lib/detect/detect';
import { jobFor, jobKey, parseJob } from '../lib/follow/job';
import { type HistoryStore, openHistory } from '../lib/history/store';
import { analysePage } from '../lib/messages/analysis-service';
import { saveToHistory } from '../lib/messages/history-client';
import { handleHistoryMessage } from '../lib/messages/history-service';
import { HistoryMessage, Message, type PingReply } from '../lib/messages/messages';
import { followPath, historyPath, OVERLAY_SCRIPT, viewerPath } from '../lib/messages/paths';
import {
  analyzeOverrides,
  defaultSettings,
  loadSettings,
  SETTINGS_KEY,
  SETTINGS_KEY_V1,
  type Settings,
} from '../lib/options/storage';

export default defineBackground(() => {
  // The reader's settings: read once and then followed, so a tab update or an analysis costs no storage read.
  let settings: Promise<Settings> | null = null;
  const currentSettings = () => (settings ??= loadSettings(browser.storage.local).catch(() => defaultSettings()));
  browser.storage.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes || SETTINGS_KEY_V1 in changes) settings = null;
  });
  // Auto-open (options): a PDF a tab is about to show opens in our viewer instead. Tabs report their address only on
  // sites we may read (gov.cn).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    const url = change.url;
    if (!url || !isPdfAddress(url)) return;
    void currentSettings().then(({ autoOpenPdf }) => {
      if (autoOpenPdf)
        void browser.tabs.update(tabId, { url: browser.runtime.getURL(viewerPath(url) as '/viewer.html') });
    });
  });

  let store: Promise<HistoryStore> | null = null;
  const history = () => {
    store ??= openHistory(indexedDB).catch((err: unknown) => {
      store = null; // try again on the next message
      throw err;
    });
    return store;
  };
  const answerHistory = async (msg: unknown) =>
    handleHistoryMessage({ store: await history(), kv: browser.storage.local }, HistoryMessage.parse(msg));

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) {
      if (raw && typeof raw === 'object' && String((raw as { type?: unknown }).type).startsWith('history-'))
        sendResponse({ ok: false, error: `malformed history message: ${parsed.error.message}` });
      return false;
    }
    const msg = parsed.data;
    switch (msg.type) {
      case 'ping': {
        const reply: PingReply = { ok: true, version: browser.runtime.getManifest().version };
        sendResponse(reply);
        return false;
      }
      case 'open-viewer':
        void browser.tabs.create({ url: browser.runtime.getURL(viewerPath(msg.url) as '/viewer.html') });
        return false;
      case 'open-page':
        if (msg.page === 'options') void browser.runtime.openOptionsPage();
        else
          void browser.tabs.create({
            url: browser.runtime.getURL(historyPath(msg.organisation) as '/reader-history.html'),
          });
        return false;
      case 'open-follow': {
        // The listing as its page lists it now, with what an earlier check of it already read.
        const key = jobKey(msg.listing);
        void browser.storage.local
          .get(key)
          .then((stored) =>
            browser.storage.local.set({
              [key]: jobFor(msg.listing, msg.title, msg.links, parseJob(stored[key]), new Date()),
            }),
          )
          .then(() => browser.tabs.create({ url: browser.runtime.getURL(followPath(msg.listing) as '/follow.html') }))
          .catch((err: unknown) => console.warn('BudgetLens: could not open the listing check', err));
        return false;
      }
      case 'inject-overlay': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return false;
        // Into the frame that asked (the declared script runs in every frame: a disclosure may be in a frameset or an
        // iframe), and at once: by default the injection would wait for document_idle, i.e. for the page's images and
        // scripts.
        void browser.scripting
          .executeScript({
            target: { tabId, frameIds: [sender.frameId ?? 0] },
            files: [OVERLAY_SCRIPT],
            injectImmediately: true,
          })
          .catch((err: unknown) => console.warn('BudgetLens: could not inject the overlay', err));
        return false;
      }
      case 'analyse-page':
        void currentSettings().then((s) => {
          const reply = analysePage(msg.doc, analyzeOverrides(s), () => performance.now());
          sendResponse(msg.text ? JSON.stringify(reply) : reply);
          // Into the reader's history; a failure to store is not the page's problem.
          if (reply.report) void saveToHistory(answerHistory, reply.report, { source: sender.url ?? null });
        });
        return true; // answered asynchronously
      default:
        answerHistory(msg).then(sendResponse, (err: unknown) =>
          sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
        );
        return true; // answered asynchronously
    }
  });
});
