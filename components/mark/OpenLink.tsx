/** The small control placed after a link to a disclosure PDF. Props only; the content script wires the click. */
import type { Translate } from '../../lib/i18n/strings';

export function OpenLink({ t, onOpen }: { t: Translate; onOpen: () => void }) {
  return (
    <button type="button" class="bl-open" onClick={onOpen} title={t('openInLens')} data-testid="budget-lens-open">
      ◎ {t('openInLens')}
    </button>
  );
}
