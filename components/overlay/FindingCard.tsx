/**
 * The card a badge opens: for each result behind the badge, the rule in plain words, the formula with the actual
 * numbers, stated / computed / difference / tolerance; a quiet line when the checks held. Fixed-positioned at the
 * point the controller computed. Escape and the close button close it. Props only.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../lib/checks/finding';
import type { Lang, StringKey, Translate } from '../../lib/i18n/strings';
import { cardText } from '../../lib/overlay/card-facts';
import { LEVEL_GLYPH } from '../../lib/overlay/levels';

export interface FindingCardProps {
  t: Translate;
  lang: Lang;
  /** Where the numbers are: table title, row name, column. */
  title: string;
  findings: Finding[];
  verified: number;
  left: number;
  top: number;
  onClose: () => void;
  /** Highlight the cells of one finding (index into `findings`). */
  onShowCells: (index: number) => void;
}

const FACT_LABEL: Record<string, StringKey> = {
  formula: 'cardFormula',
  stated: 'cardStated',
  computed: 'cardComputed',
  difference: 'cardDifference',
  tolerance: 'cardTolerance',
};

export function FindingCard({ t, lang, title, findings, verified, left, top, onClose, onShowCells }: FindingCardProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [title]);
  return (
    <div
      class="bl-card"
      role="dialog"
      aria-labelledby="bl-card-title"
      style={{ left: `${left}px`, top: `${top}px` }}
      data-testid="budget-lens-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="bl-card__head">
        <strong id="bl-card-title">{title}</strong>
        <button type="button" class="bl-icon" ref={closeRef} onClick={onClose} aria-label={t('cardClose')}>
          ×
        </button>
      </header>
      {findings.map((f, i) => {
        const c = cardText(f, lang);
        return (
          <section key={`${f.rule}-${i}`} class={`bl-card__finding bl-sev--${f.severity}`}>
            <p class="bl-card__message">
              <span class={`bl-glyph bl-glyph--${f.severity}`} aria-hidden="true">
                {c.glyph}
              </span>
              <span class="bl-sr">{t(`level_${f.severity}`)}: </span>
              {c.message}
            </p>
            <dl class="bl-card__facts">
              {c.facts.map((fact) => (
                <div key={fact.label} class={`bl-fact bl-fact--${fact.label}`}>
                  <dt>{t(FACT_LABEL[fact.label] ?? 'cardFormula')}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
              <div class="bl-fact bl-fact--rule">
                <dt>{t('cardRule')}</dt>
                <dd>
                  <code>{c.rule}</code>
                </dd>
              </div>
            </dl>
            {f.cells.length > 1 ? (
              <button type="button" class="bl-link" onClick={() => onShowCells(i)}>
                {t('cardShowCells')}
              </button>
            ) : null}
          </section>
        );
      })}
      {verified > 0 ? (
        <p class="bl-card__verified">
          <span class="bl-glyph bl-glyph--verified" aria-hidden="true">
            {LEVEL_GLYPH.verified}
          </span>
          {t('cardVerifiedOnly')}
          {verified > 1 ? ` (${verified})` : ''}
        </p>
      ) : null}
    </div>
  );
}
