/** Options wiring: loads settings, saves each change immediately; the history section talks to the background. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { HistoryFields } from '../../components/options/HistoryFields';
import { OptionsForm } from '../../components/options/OptionsForm';
import { OverridesFields } from '../../components/options/OverridesFields';
import { optionsWord } from '../../components/options/words';
import { downloadText } from '../../components/overlay/download';
import { translator } from '../../lib/i18n/strings';
import { askHistory, type Send } from '../../lib/messages/history-client';
import { loadSettings, type Settings, saveSettings } from '../../lib/options/storage';

const send: Send = (msg) => browser.runtime.sendMessage(msg);

async function start() {
  const initial = await loadSettings(browser.storage.local);
  function App() {
    const [settings, setSettings] = useState<Settings>(initial);
    const [saved, setSaved] = useState(false);
    const [count, setCount] = useState(0);
    const t = translator(settings.language);
    document.documentElement.lang = settings.language === 'zh' ? 'zh-CN' : 'en';
    const refreshCount = async () => {
      const r = await askHistory(send, { type: 'history-list' });
      setCount(r.ok && 'entries' in r ? r.entries.length : 0);
    };
    useEffect(() => {
      void refreshCount();
    }, []);
    const onChange = async (patch: Partial<Settings>) => {
      setSettings(await saveSettings(browser.storage.local, patch));
      setSaved(true);
    };
    return (
      <OptionsForm t={t} settings={settings} saved={saved} onChange={onChange}>
        <OverridesFields lang={settings.language} settings={settings} onChange={onChange} />
        <HistoryFields
          lang={settings.language}
          count={count}
          onExport={async () => {
            const r = await askHistory(send, { type: 'history-export' });
            if (!r.ok || !('json' in r)) return;
            downloadText(
              document.body,
              `budget-lens-history-${new Date().toISOString().slice(0, 10)}.json`,
              r.json,
              'application/json',
            );
          }}
          onClear={async () => {
            if (!confirm(optionsWord(settings.language, 'historyConfirm'))) return;
            await askHistory(send, { type: 'history-clear' });
            await refreshCount();
          }}
        />
      </OptionsForm>
    );
  }
  const app = document.getElementById('app');
  if (app) render(<App />, app);
}

void start();
