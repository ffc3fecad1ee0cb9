/** The toolbar popup: what the current tab is and what BudgetLens can do with it. Props only. */
import type { Translate } from '../../lib/i18n/strings';

export interface PopupProps {
  t: Translate;
  tabUrl: string | null;
  isPdf: boolean;
  onAnalyse: () => void;
  /** Check every disclosure the page lists (a 预决算公开 column). */
  onCheckListing: () => void;
  onOpenPdf: () => void;
  onOpenViewer: () => void;
  onOptions: () => void;
  status?: string;
}

export function Popup({
  t,
  tabUrl,
  isPdf,
  onAnalyse,
  onCheckListing,
  onOpenPdf,
  onOpenViewer,
  onOptions,
  status,
}: PopupProps) {
  return (
    <main class="popup">
      <h1>{t('brand')}</h1>
      {tabUrl && (
        <p class="url" title={tabUrl}>
          {tabUrl}
        </p>
      )}
      <div class="actions">
        {isPdf ? (
          <button type="button" onClick={onOpenPdf}>
            {t('popupOpenPdf')}
          </button>
        ) : (
          <>
            <button type="button" onClick={onAnalyse} disabled={!tabUrl}>
              {t('popupAnalyse')}
            </button>
            <button type="button" onClick={onCheckListing} disabled={!tabUrl} data-testid="popup-check-listing">
              {t('listingCheck')}
            </button>
          </>
        )}
        <button type="button" onClick={onOpenViewer}>
          {t('popupOpenViewer')}
        </button>
        <button type="button" class="link" onClick={onOptions}>
          {t('popupOptions')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </main>
  );
}
