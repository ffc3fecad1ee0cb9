/**
 * Background service worker: wiring only. Answers pings (health checks) and opens the PDF viewer page for a URL.
 */
import { Message, type PingReply, viewerPath } from '../lib/messages/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const parsed = Message.safeParse(raw);
    if (!parsed.success) return false;
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
    }
  });
});
