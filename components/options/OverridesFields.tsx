/**
 * Options page: the reader's per-capita overrides — region (a division code or name, resolved and shown, candidates
 * offered when a name is ambiguous), population and staff count. Props only; the entrypoint saves.
 */
import { useState } from 'preact/hooks';
import { divisionByCode, fullNameOf } from '../../lib/metrics/region/divisions';
import { regionChoice, type Settings } from '../../lib/options/storage';
import { optionsWord } from './words';

export interface OverridesFieldsProps {
  lang: 'zh' | 'en';
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

function NumberField(props: {
  id: string;
  label: string;
  value: number | null;
  invalid: string;
  onChange: (v: number | null) => void;
}) {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const bad = text.trim() !== '' && !/^[1-9]\d*$/u.test(text.trim());
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={bad}
        aria-describedby={bad ? `${props.id}-err` : undefined}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onChange={(e) => {
          const v = (e.target as HTMLInputElement).value.trim();
          if (v === '') props.onChange(null);
          else if (/^[1-9]\d*$/u.test(v)) props.onChange(Number(v));
        }}
      />
      {bad && (
        <span id={`${props.id}-err`} class="error">
          {props.invalid}
        </span>
      )}
    </p>
  );
}

export function OverridesFields({ lang, settings, onChange }: OverridesFieldsProps) {
  const w = (k: Parameters<typeof optionsWord>[1], ...a: (string | number)[]) => optionsWord(lang, k, ...a);
  const [text, setText] = useState(settings.regionCode ?? '');
  const [looked, setLooked] = useState<ReturnType<typeof regionChoice> | null>(null);
  const chosen = settings.regionCode ? divisionByCode(settings.regionCode) : null;
  const lookUp = () => {
    const r = regionChoice(text);
    setLooked(r);
    if (r.status === 'resolved' && r.region) onChange({ regionCode: r.region.code });
  };
  return (
    <fieldset class="overrides">
      <legend>{w('perCapita')}</legend>
      <p class="hint">{w('perCapitaHint')}</p>
      <p class="field">
        <label for="region">{w('region')}</label>
        <input
          id="region"
          type="text"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') lookUp();
          }}
        />
        <button type="button" onClick={lookUp}>
          {w('regionApply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setText('');
            setLooked(null);
            onChange({ regionCode: null });
          }}
        >
          {w('regionClear')}
        </button>
      </p>
      <div role="status" aria-live="polite" class="region-status" data-testid="region-status">
        {looked?.status === 'ambiguous' ? (
          <>
            <p>{w('regionAmbiguous', text.trim())}</p>
            <ul>
              {looked.candidates.map((c) => (
                <li key={c.code}>
                  <button
                    type="button"
                    onClick={() => {
                      setText(c.code);
                      setLooked(null);
                      onChange({ regionCode: c.code });
                    }}
                  >
                    {c.fullName} ({c.code})
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : looked?.status === 'unknown' ? (
          <p class="error">{w('regionUnknown', text.trim())}</p>
        ) : chosen ? (
          <p>
            {w(
              'regionResolved',
              fullNameOf(chosen),
              chosen.code,
              regionChoice(chosen.code).region?.population.toLocaleString('en') ?? '?',
            )}
          </p>
        ) : (
          <p class="hint">{w('regionNone')}</p>
        )}
      </div>
      <NumberField
        id="population"
        label={w('population')}
        value={settings.population}
        invalid={w('invalidNumber')}
        onChange={(v) => onChange({ population: v })}
      />
      <NumberField
        id="staff"
        label={w('staff')}
        value={settings.staff}
        invalid={w('invalidNumber')}
        onChange={(v) => onChange({ staff: v })}
      />
    </fieldset>
  );
}
