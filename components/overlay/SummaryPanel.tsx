/**
 * The summary panel in a corner: the document (organisation, year, kind), counts by severity, the findings (each
 * jumps to its badge), exports, and what could not be read. Collapsible; collapsed it is just its header. Props only:
 * the controller owns the state and the exports.
 */
import type { ComponentChildren } from 'preact';
import type { Severity } from '../../lib/checks/finding';
import type { Translate } from '../../lib/i18n/strings';
import { LEVEL_GLYPH, SEVERITIES } from '../../lib/overlay/levels';

export interface PanelFinding {
  index: number;
  severity: Severity;
  message: string;
  /** Where: table title and row, or the narrative section. */
  where: string;
}

export interface PanelTable {
  index: number;
  label: string;
}

export interface SummaryPanelProps {
  t: Translate;
  /** Shown first in the header (the presence mark). */
  header?: ComponentChildren;
  status: 'analysing' | 'ready' | 'error';
  /** While analysing a long document: how far it got, e.g. `12 / 55`. */
  progress?: string | undefined;
  collapsed: boolean;
  onToggle: () => void;
  doc: { organisation: string | null; year: number | null; kind: 'budget' | 'final' | null } | null;
  counts: Record<Severity, number>;
  passed: number;
  hidden: number;
  findings: PanelFinding[];
  onJump: (index: number) => void;
  failedTables: { title: string; reason: string }[];
  /** Tables whose reading the checks do not confirm. */
  unreadTables?: { title: string; reason: string }[];
  warnings: string[];
  error: string | null;
  /** The document was past the analysis budget: what was analysed of it (one sentence). */
  tooLarge?: string | null;
  tables: PanelTable[];
  onExport: (what: 'json' | 'md' | 'csv', table?: number) => void;
  canMarkdown: boolean;
  /** Shown after the document facts: the per-capita and prior-year section. */
  metrics?: ComponentChildren;
}

export function SummaryPanel(p: SummaryPanelProps) {
  const { t } = p;
  const total = SEVERITIES.reduce((n, s) => n + p.counts[s], 0);
  return (
    <aside
      class={`bl-panel${p.collapsed ? ' is-collapsed' : ''}`}
      aria-label={t('panelTitle')}
      data-testid="budget-lens-panel"
      data-status={p.status}
    >
      <div class="bl-panel__head">
        {p.header}
        <button
          type="button"
          class="bl-panel__toggle"
          aria-expanded={!p.collapsed}
          aria-controls="bl-panel-body"
          onClick={p.onToggle}
          data-testid="budget-lens-panel-toggle"
        >
          {p.status === 'ready' ? (
            <span class="bl-panel__tally" aria-hidden="true">
              {SEVERITIES.filter((s) => p.counts[s] > 0).map((s) => (
                <span key={s} class={`bl-tally bl-tally--${s}`}>
                  {LEVEL_GLYPH[s]} {p.counts[s]}
                </span>
              ))}
              <span class="bl-tally bl-tally--verified">
                {LEVEL_GLYPH.verified} {p.passed}
              </span>
            </span>
          ) : null}
          {p.status === 'analysing' && p.collapsed ? (
            <span class="bl-muted" aria-hidden="true">
              {t('panelAnalysing')}
              {p.progress ? ` ${p.progress}` : ''}
            </span>
          ) : null}
          <span>{p.collapsed ? t('panelExpand') : t('panelCollapse')}</span>
        </button>
      </div>
      {p.collapsed ? null : (
        <div class="bl-panel__body" id="bl-panel-body">
          {p.status === 'analysing' ? (
            <p role="status">
              {t('panelAnalysing')}
              {p.progress ? ` ${p.progress}` : ''}
            </p>
          ) : null}
          {p.error ? (
            <p class="bl-panel__error" role="alert">
              {t('panelError')}: {p.error}
            </p>
          ) : null}
          {p.tooLarge ? (
            <p class="bl-panel__error" role="status" data-testid="budget-lens-too-large">
              {p.tooLarge}
            </p>
          ) : null}
          {p.failedTables.length > 0 ? (
            <section>
              <h3>{t('panelTableFailed')}</h3>
              <ul>
                {p.failedTables.map((f) => (
                  <li key={f.title}>
                    {f.title} — {f.reason}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {p.unreadTables && p.unreadTables.length > 0 ? (
            <section class="bl-panel__unread" data-testid="budget-lens-unread-tables">
              <h3>{t('panelTableUnread')}</h3>
              <p class="bl-panel__note">{t('panelTableUnreadNote')}</p>
              <ul>
                {p.unreadTables.map((f) => (
                  <li key={f.title}>
                    {f.title}
                    {f.reason ? ` — ${f.reason}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {p.doc ? (
            <dl class="bl-panel__doc">
              <div>
                <dt>{t('panelOrganisation')}</dt>
                <dd>{p.doc.organisation ?? t('panelUnknown')}</dd>
              </div>
              <div>
                <dt>{t('panelYear')}</dt>
                <dd>{p.doc.year ?? t('panelUnknown')}</dd>
              </div>
              <div>
                <dt>{t('panelKind')}</dt>
                <dd>
                  {p.doc.kind === 'final'
                    ? t('kindFinal')
                    : p.doc.kind === 'budget'
                      ? t('kindBudget')
                      : t('panelUnknown')}
                </dd>
              </div>
            </dl>
          ) : null}
          {p.status === 'ready' ? p.metrics : null}
          {p.status === 'ready' ? (
            <section>
              <h3>{t('panelFindings')}</h3>
              <ul class="bl-panel__counts">
                {SEVERITIES.map((s) => (
                  <li key={s} class={`bl-tally bl-tally--${s}`} data-testid={`budget-lens-count-${s}`}>
                    <span aria-hidden="true">{LEVEL_GLYPH[s]}</span> {t(`level_${s}`)} {p.counts[s]}
                  </li>
                ))}
                <li class="bl-tally bl-tally--verified" data-testid="budget-lens-count-passed">
                  <span aria-hidden="true">{LEVEL_GLYPH.verified}</span> {p.passed} {t('panelPassed')}
                </li>
              </ul>
              {p.hidden > 0 ? (
                <p class="bl-muted">
                  {p.hidden} {t('panelHidden')}
                </p>
              ) : null}
              {total === 0 ? <p>{t('panelNoFindings')}</p> : null}
              <ol class="bl-panel__list">
                {p.findings.map((f) => (
                  <li key={f.index}>
                    <button
                      type="button"
                      class={`bl-panel__item bl-sev--${f.severity}`}
                      onClick={() => p.onJump(f.index)}
                      data-testid="budget-lens-panel-finding"
                    >
                      <span class={`bl-glyph bl-glyph--${f.severity}`} aria-hidden="true">
                        {LEVEL_GLYPH[f.severity]}
                      </span>
                      <span class="bl-sr">{t(`level_${f.severity}`)}: </span>
                      <span class="bl-panel__msg">{f.message}</span>
                      {f.where ? <span class="bl-muted bl-panel__where">{f.where}</span> : null}
                    </button>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          {p.tables.length > 0 ? (
            <details class="bl-panel__tables">
              <summary>
                {t('panelTables')} ({p.tables.length})
              </summary>
              <ul>
                {p.tables.map((tb) => (
                  <li key={tb.index}>
                    <span>{tb.label}</span>{' '}
                    <button type="button" class="bl-link" onClick={() => p.onExport('csv', tb.index)}>
                      CSV
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {p.status === 'ready' ? (
            <div class="bl-panel__export">
              <span>{t('panelExport')}:</span>
              <button type="button" onClick={() => p.onExport('json')} data-testid="budget-lens-export-json">
                {t('exportJson')}
              </button>
              {p.canMarkdown ? (
                <button type="button" onClick={() => p.onExport('md')} data-testid="budget-lens-export-md">
                  {t('exportMarkdown')}
                </button>
              ) : null}
            </div>
          ) : null}
          {p.warnings.length > 0 ? (
            <details class="bl-panel__warnings">
              <summary>
                {t('panelWarnings')} ({p.warnings.length})
              </summary>
              <ul>
                {p.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      )}
    </aside>
  );
}
