/**
 * The summary panel's 人均 / 上年 section: the region and its population, the staff count, each per-capita figure,
 * the prior-year value each narrative change claim implies beside this year's number, why per-resident figures are
 * missing (an ambiguous region lists its candidates and points to the settings), and the link to this
 * organisation's history. Props only: the controller decides how the links open.
 */
import type { Lang, Translate } from '../../lib/i18n/strings';
import { type PerCapitaSummary, perCapitaSummary } from '../../lib/overlay/metrics-view';
import type { Report } from '../../lib/report/report-schema';

export interface PerCapitaSectionProps {
  t: Translate;
  summary: PerCapitaSummary;
  /** Address of the history page for this organisation; null when the organisation is unknown. */
  historyHref: string | null;
  onHistory: (e: MouseEvent) => void;
  onOptions: () => void;
}

export function PerCapitaSection({ t, summary: s, historyHref, onHistory, onOptions }: PerCapitaSectionProps) {
  return (
    <section class="bl-percapita" data-testid="budget-lens-percapita">
      <h3>{t('perCapitaTitle')}</h3>
      <dl class="bl-panel__doc">
        {s.region ? (
          <>
            <div>
              <dt>{t('perCapitaRegion')}</dt>
              <dd title={s.region.citation}>
                {s.region.name} ({s.region.code})
              </dd>
            </div>
            <div>
              <dt>{t('perCapitaPopulation')}</dt>
              <dd title={s.region.citation}>{s.region.population}</dd>
            </div>
          </>
        ) : null}
        {s.staff ? (
          <div>
            <dt>{t('perCapitaStaff')}</dt>
            <dd title={s.staff.citation}>{s.staff.value}</dd>
          </div>
        ) : null}
      </dl>
      {s.regionProblem ? (
        <p class="bl-percapita__problem" role="note" data-testid="budget-lens-region-problem">
          {s.regionProblem}{' '}
          {s.regionAmbiguous ? (
            <button type="button" class="bl-link" onClick={onOptions}>
              {t('perCapitaChooseRegion')}
            </button>
          ) : null}
        </p>
      ) : null}
      {s.figures.length > 0 ? (
        <ul class="bl-percapita__list">
          {s.figures.map((f) => (
            <li key={f.id} data-metric={f.id}>
              <span>{f.label}</span> <strong>{f.text}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bl-muted">{t('perCapitaNone')}</p>
      )}
      {s.priors.length > 0 ? (
        <details class="bl-percapita__priors" data-testid="budget-lens-priors">
          <summary>
            {t('priorTitle')} ({s.priors.length})
          </summary>
          <table class="bl-prior">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t('priorThisYear')}</th>
                <th scope="col">{t('priorLastYear')}</th>
              </tr>
            </thead>
            <tbody>
              {s.priors.map((p) => (
                <tr key={p.id} title={p.explanation} data-testid="budget-lens-prior">
                  <th scope="row">{p.label.replace(/（上年）$|\s*\(last year, implied\)$/u, '')}</th>
                  <td>{p.current}</td>
                  <td>
                    {p.prior}
                    {p.change ? <span class="bl-muted bl-prior__change">{p.change}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {historyHref ? (
        <p>
          <a href={historyHref} class="bl-link" onClick={onHistory} data-testid="budget-lens-compare-years">
            {t('compareYears')}
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** The section for a report, with its links wired to the controller's page opener (page overlay and viewer alike). */
export function ReportPerCapita(p: {
  t: Translate;
  lang: Lang;
  report: Report;
  historyHref: (organisation: string) => string;
  openPage: (page: 'history' | 'options', organisation?: string) => void;
}) {
  const org = p.report.document.organisation;
  return (
    <PerCapitaSection
      t={p.t}
      summary={perCapitaSummary(p.report, p.lang)}
      historyHref={org ? p.historyHref(org) : null}
      onHistory={(e) => {
        e.preventDefault();
        if (org) p.openPage('history', org);
      }}
      onOptions={() => p.openPage('options')}
    />
  );
}
