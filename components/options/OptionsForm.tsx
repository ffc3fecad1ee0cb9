/** The options page form. Props only: the entrypoint loads and saves settings. */
import type { ComponentChildren } from 'preact';
import type { Translate } from '../../lib/i18n/strings';
import type { Settings } from '../../lib/options/storage';

const SEVERITIES = ['error', 'warning', 'unverified', 'rounding', 'info'] as const;

export interface OptionsFormProps {
  t: Translate;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  saved: boolean;
  /** Further sections (per-capita overrides, history), shown before the privacy note. */
  children?: ComponentChildren;
}

export function OptionsForm({ t, settings, onChange, saved, children }: OptionsFormProps) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsLanguage')}</legend>
        {(['zh', 'en'] as const).map((lang) => (
          <label key={lang}>
            <input
              type="radio"
              name="language"
              value={lang}
              checked={settings.language === lang}
              onChange={() => onChange({ language: lang })}
            />
            {lang === 'zh' ? '中文' : 'English'}
          </label>
        ))}
      </fieldset>
      <label class="row">
        <input
          type="checkbox"
          checked={settings.autoOpenPdf}
          onChange={(e) => onChange({ autoOpenPdf: (e.target as HTMLInputElement).checked })}
        />
        {t('optionsAutoOpen')}
      </label>
      <fieldset>
        <legend>{t('optionsSeverities')}</legend>
        {SEVERITIES.map((sev) => (
          <label key={sev}>
            <input
              type="checkbox"
              checked={settings.showSeverities.includes(sev)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const next = on ? [...settings.showSeverities, sev] : settings.showSeverities.filter((s) => s !== sev);
                onChange({ showSeverities: SEVERITIES.filter((s) => next.includes(s)) });
              }}
            />
            {t(`severity_${sev}`)}
          </label>
        ))}
      </fieldset>
      {children}
      <p class="privacy">{t('optionsPrivacy')}</p>
      <p role="status" aria-live="polite">
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}
