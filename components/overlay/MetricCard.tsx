/**
 * The card a per-capita chip opens: the figure, its numerator (which cells of which table), its denominator (census
 * region or staff count) with the source, the arithmetic and the explanation in the reader's language. Fixed-positioned
 * at the point the controller computed; Escape and the close button close it. Props only.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lang, Translate } from '../../lib/i18n/strings';
import type { RatioMetric } from '../../lib/metrics/metric';
import { groupDigits, metricText } from '../../lib/overlay/metrics-view';

export interface MetricCardProps {
  t: Translate;
  lang: Lang;
  metric: RatioMetric;
  left: number;
  top: number;
  onClose: () => void;
}

export function MetricCard({ t, lang, metric: m, left, top, onClose }: MetricCardProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), [m.id]);
  const num = m.numerator;
  const den = m.denominator;
  const numWhere = [num.table?.title ? `《${num.table.title}》` : null, num.where].filter(Boolean).join(' ');
  return (
    <div
      class="bl-card bl-card--metric"
      role="dialog"
      aria-labelledby="bl-metric-title"
      style={{ left: `${left}px`, top: `${top}px` }}
      data-testid="budget-lens-metric-card"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="bl-card__head">
        <strong id="bl-metric-title">
          {m.label[lang]} <span class="bl-metric__value">{metricText(m)}</span>
        </strong>
        <button type="button" class="bl-icon" ref={closeRef} onClick={onClose} aria-label={t('cardClose')}>
          ×
        </button>
      </header>
      <dl class="bl-card__facts">
        <div class="bl-fact">
          <dt>{t('metricNumerator')}</dt>
          <dd>
            {num.label[lang]} {groupDigits(num.value)} {num.unit}
            {numWhere ? <span class="bl-muted"> — {numWhere}</span> : null}
          </dd>
        </div>
        <div class="bl-fact">
          <dt>{t('metricDenominator')}</dt>
          <dd>
            {den.label[lang]} {groupDigits(den.value)} {den.unit}
          </dd>
        </div>
        <div class="bl-fact">
          <dt>{t('metricSource')}</dt>
          <dd>{den.citation[lang]}</dd>
        </div>
        <div class="bl-fact">
          <dt>{t('metricFormula')}</dt>
          <dd>{m.formula}</dd>
        </div>
      </dl>
      <p class="bl-card__message">{m.explanation[lang]}</p>
      {m.notes.length > 0 ? (
        <ul class="bl-card__notes">
          {m.notes.map((n) => (
            <li key={n.en}>{n[lang]}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
