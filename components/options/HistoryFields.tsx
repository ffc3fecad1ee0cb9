/**
 * Options page: the reader's history — how many documents, a link to the history page, export and clear (the entrypoint
 * asks for confirmation before clearing). Props only.
 */
import { historyPath } from '../../lib/messages/paths';
import { optionsWord } from './words';

export interface HistoryFieldsProps {
  lang: 'zh' | 'en';
  count: number;
  onExport: () => void;
  onClear: () => void;
}

export function HistoryFields({ lang, count, onExport, onClear }: HistoryFieldsProps) {
  const w = (k: Parameters<typeof optionsWord>[1], ...a: (string | number)[]) => optionsWord(lang, k, ...a);
  return (
    <fieldset class="history">
      <legend>{w('history')}</legend>
      <p class="hint">{w('historyHint', count)}</p>
      <p class="actions">
        <a href={historyPath()} target="_blank" rel="noopener" data-testid="history-link">
          {w('historyOpen')}
        </a>
        <button type="button" onClick={onExport} disabled={count === 0}>
          {w('historyExport')}
        </button>
        <button type="button" onClick={onClear} disabled={count === 0}>
          {w('historyClear')}
        </button>
      </p>
    </fieldset>
  );
}
