/**
 * On a listing page (a 预决算公开 column): how many disclosures it lists, and the one button that checks them all.
 * Nothing is read before the click. Props only; the content script wires the click.
 */
import { fillArgs, type Translate } from '../../lib/i18n/strings';

export function ListingOffer({
  t,
  count,
  onCheck,
  onDismiss,
}: {
  t: Translate;
  count: number;
  onCheck: () => void;
  onDismiss: () => void;
}) {
  return (
    <section class="bl-mark bl-listing" aria-label={t('brand')} data-testid="budget-lens-listing">
      <span class="bl-mark__logo">{t('brand')}</span>
      <span>{fillArgs(t('listingCount'), count)}</span>
      <button type="button" class="bl-open" onClick={onCheck} data-testid="budget-lens-check-listing">
        {t('listingCheck')}
      </button>
      <button type="button" class="bl-close" onClick={onDismiss} aria-label={t('cardClose')} title={t('cardClose')}>
        ×
      </button>
    </section>
  );
}
