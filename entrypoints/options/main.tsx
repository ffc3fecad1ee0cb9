/** Options wiring: loads settings, saves each change immediately. */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { OptionsForm } from '../../components/options/OptionsForm';
import { translator } from '../../lib/i18n/strings';
import { loadSettings, type Settings, saveSettings } from '../../lib/options/storage';

async function start() {
  const initial = await loadSettings(browser.storage.local);
  function App() {
    const [settings, setSettings] = useState<Settings>(initial);
    const [saved, setSaved] = useState(false);
    const t = translator(settings.language);
    document.documentElement.lang = settings.language === 'zh' ? 'zh-CN' : 'en';
    return (
      <OptionsForm
        t={t}
        settings={settings}
        saved={saved}
        onChange={async (patch) => {
          setSettings(await saveSettings(browser.storage.local, patch));
          setSaved(true);
        }}
      />
    );
  }
  const app = document.getElementById('app');
  if (app) render(<App />, app);
}

void start();
