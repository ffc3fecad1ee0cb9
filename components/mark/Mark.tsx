/** The content script's presence mark: a small pill in the page corner saying what BudgetLens recognised. Props only. */
import type { Translate } from '../../lib/i18n/strings';

export interface MarkProps {
  t: Translate;
  kind: 'budget' | 'final';
  tableCount: number;
}

export function Mark({ t, kind, tableCount }: MarkProps) {
  const label = kind === 'final' ? t('markFinal') : t('markDetected');
  return (
    <div class="bl-mark" role="status" aria-live="polite" data-testid="budget-lens-mark">
      <span class="bl-mark__logo" aria-hidden="true">
        ◎
      </span>
      <strong>{t('brand')}</strong>
      <span>
        {label} · {tableCount} {t('tables')}
      </span>
    </div>
  );
}
