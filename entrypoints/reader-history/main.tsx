/**
 * History page wiring (unlisted extension page `reader-history.html`, `?org=` focuses one organisation): asks the background
 * for the stored documents and the organisation's comparison, and does export (a JSON download), import (a file) and
 * clear (after a confirm). Everything stays in the browser.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { HistoryPage } from '../../components/history/HistoryPage';
import { wordsFor } from '../../components/history/strings';
import { downloadText } from '../../components/overlay/download';
import type { HistoryEntry } from '../../lib/history/store';
import { askHistory, type Send } from '../../lib/messages/history-client';
import type { HistoryView } from '../../lib/messages/history-service';
import { loadSettings } from '../../lib/options/storage';

const send: Send = (msg) => browser.runtime.sendMessage(msg);

async function start() {
  const settings = await loadSettings(browser.storage.local);
  const lang = settings.language;
  const t = wordsFor(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const focus = new URLSearchParams(location.search).get('org');

  function App() {
    const [entries, setEntries] = useState<HistoryEntry[]>([]);
    const [view, setView] = useState<HistoryView | null>(null);
    const [status, setStatus] = useState<string | null>(null);
    const [ready, setReady] = useState(false);

    const refresh = useCallback(async () => {
      const list = await askHistory(send, { type: 'history-list' });
      if (list.ok && 'entries' in list) setEntries(list.entries);
      else if (!list.ok) setStatus(t('error', list.error));
      if (focus) {
        const v = await askHistory(send, { type: 'history-compare', organisation: focus });
        if (v.ok && 'view' in v) setView(v.view);
        else if (!v.ok) setStatus(t('error', v.error));
      }
      setReady(true);
    }, []);

    useEffect(() => {
      void refresh();
    }, [refresh]);

    useEffect(() => {
      if (ready) document.body.dataset.historyReady = 'true';
    }, [ready, view, entries]);

    return (
      <HistoryPage
        lang={lang}
        entries={entries}
        view={view}
        focus={focus}
        status={status}
        onExport={async () => {
          const r = await askHistory(send, { type: 'history-export' });
          if (!r.ok || !('json' in r)) return setStatus(t('error', r.ok ? 'export' : r.error));
          downloadText(
            document.body,
            `budget-lens-history-${new Date().toISOString().slice(0, 10)}.json`,
            r.json,
            'application/json',
          );
        }}
        onImport={async (file) => {
          const r = await askHistory(send, { type: 'history-import', json: await file.text() });
          if (r.ok && 'imported' in r) setStatus(t('imported', r.imported.imported, r.imported.kept));
          else if (!r.ok) setStatus(t('error', r.error));
          await refresh();
        }}
        onClear={async () => {
          if (!confirm(t('confirmClear'))) return;
          const r = await askHistory(send, { type: 'history-clear' });
          setStatus(r.ok ? t('cleared') : t('error', r.error));
          await refresh();
        }}
      />
    );
  }
  const app = document.getElementById('app');
  if (app) render(<App />, app);
}

void start();
