/**
 * History page body: the documents the reader has opened and, for one organisation, each table's rows this year
 * against last year (Δ, %; new and dropped rows marked), each year's per-capita figures and the function-class chart.
 * Props only: the entrypoint asks the background for data and handles export / import / clear.
 */
import Decimal from 'decimal.js';
import type { RowChange, TableComparison } from '../../lib/history/compare-years';
import type { ExecutionComparison, ExecutionTable } from '../../lib/history/execution';
import type { HistoryEntry } from '../../lib/history/store';
import type { HistoryView } from '../../lib/messages/history-service';
import { historyPath } from '../../lib/messages/paths';
import { grouped } from '../../lib/metrics/format';
import { KIND_WORDS } from '../../lib/overlay/kind-words';
import { ClassChart } from './ClassChart';
import { type Lang, type T, wordsFor } from './strings';

export interface HistoryPageProps {
  lang: Lang;
  entries: HistoryEntry[];
  /** The focused organisation's view (`?org=`), null when none is focused. */
  view: HistoryView | null;
  focus: string | null;
  status: string | null;
  onExport: () => void;
  onImport: (file: File) => void;
  onClear: () => void;
}

/** Thousands separators, keeping the decimals the string has (`4.90`, `126.00` stay as printed). */
function fmt(s: string): string {
  const dot = s.indexOf('.');
  return grouped(new Decimal(s), dot < 0 ? 0 : s.length - dot - 1);
}

const num = (s: string | null) => (s === null ? '' : fmt(s));

function signed(s: string | null): string {
  if (s === null) return '';
  return new Decimal(s).gt(0) ? `+${fmt(s)}` : fmt(s);
}

function when(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
}

function RowLine({ r, t }: { r: RowChange; t: T }) {
  const mark = r.status === 'new' ? t('statusNew') : r.status === 'dropped' ? t('statusDropped') : '';
  const dir = r.delta === null ? '' : new Decimal(r.delta).gt(0) ? 'up' : new Decimal(r.delta).lt(0) ? 'down' : 'same';
  return (
    <tr class={`row-${r.status}${r.isTotal ? ' total' : ''} level-${r.level ?? 'none'}`} data-status={r.status}>
      <td class="code">{r.code ?? ''}</td>
      <td class="name">
        {r.side && <span class="side">{t(`side_${r.side}`)}</span>}
        {r.name}
      </td>
      <td class="num">{num(r.current)}</td>
      <td class="num">{num(r.previous)}</td>
      <td class={`num delta ${dir}`} data-testid="row-delta">
        {signed(r.delta)}
      </td>
      <td class="num">{r.pct === null ? '' : `${signed(r.pct)}%`}</td>
      <td class="status">{mark && <span class={`mark ${r.status}`}>{mark}</span>}</td>
    </tr>
  );
}

function TableBlock({ tc, t, lang, years }: { tc: TableComparison; t: T; lang: Lang; years: [number, number] }) {
  const title = tc.title ?? KIND_WORDS[tc.kind]?.[lang] ?? tc.kind;
  const note = tc.status === 'new' ? t('tableNew') : tc.status === 'dropped' ? t('tableDropped') : '';
  return (
    <section class="yoy-table" data-kind={tc.kind}>
      <table>
        <caption>
          <strong>{title}</strong> {note} <span class="unit">{t('unit', tc.unit)}</span>
          {tc.convertedFrom && <span class="unit"> · {t('convertedFrom', tc.convertedFrom)}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('code')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{years[0]}</th>
            <th scope="col">{years[1]}</th>
            <th scope="col">{t('delta')}</th>
            <th scope="col">{t('pct')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {tc.rows.map((r) => (
            <RowLine key={r.key} r={r} t={t} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PerCapitaTable({ view, t, lang }: { view: HistoryView; t: T; lang: Lang }) {
  const years = view.perCapita;
  const ids = new Map<string, string>();
  for (const y of years) for (const f of y.figures) if (!ids.has(f.id)) ids.set(f.id, f.label[lang]);
  if (ids.size === 0) return <p class="muted">{t('noPerCapita')}</p>;
  return (
    <table class="per-capita" data-testid="per-capita">
      <caption>
        <strong>{t('perCapita')}</strong>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('metric')}</th>
          {years.map((y) => (
            <th scope="col" key={y.year}>
              {y.year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...ids].map(([id, label]) => (
          <tr key={id}>
            <th scope="row">{label}</th>
            {years.map((y) => {
              const f = y.figures.find((x) => x.id === id);
              return (
                <td class="num" key={y.year} title={f?.formula ?? ''}>
                  {f ? `${fmt(f.value)} ${f.unit}` : '—'}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExecutionBlock({ et, t, lang }: { et: ExecutionTable; t: T; lang: Lang }) {
  const title = et.title ?? KIND_WORDS[et.kind]?.[lang] ?? et.kind;
  return (
    <section class="exec-table" data-kind={et.kind}>
      <table>
        <caption>
          <strong>{title}</strong> <span class="unit">{t('unit', et.unit)}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('code')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('budgetCol')}</th>
            <th scope="col">{t('actualCol')}</th>
            <th scope="col">{t('rate')}</th>
          </tr>
        </thead>
        <tbody>
          {et.rows.map((r) => (
            <tr key={r.key} class={`${r.isTotal ? 'total ' : ''}level-${r.level ?? 'none'}`} data-key={r.key}>
              <td class="code">{r.code ?? ''}</td>
              <td class="name">{r.name}</td>
              <td class="num">{num(r.budget)}</td>
              <td class="num">{num(r.actual)}</td>
              <td class="num" data-testid="exec-rate">
                {r.rate === null ? '—' : `${fmt(r.rate)}%`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ExecutionView({ ec, t, lang }: { ec: ExecutionComparison; t: T; lang: Lang }) {
  return (
    <section class="execution" data-year={ec.year} data-testid="execution">
      <h3>{t('execution', ec.year)}</h3>
      <p class="muted">{t('executionIntro')}</p>
      {ec.mismatches.map((m) => (
        <p class="mismatch" key={`${m.kind}-${m.key}`}>
          {t('mismatch', m.name, fmt(m.inFinal), fmt(m.published))}
        </p>
      ))}
      {ec.tables.map((et) => (
        <ExecutionBlock key={et.kind} et={et} t={t} lang={lang} />
      ))}
    </section>
  );
}

function OrgView({ view, t, lang }: { view: HistoryView; t: T; lang: Lang }) {
  const c = view.comparison;
  return (
    <section class="org" aria-labelledby="org-title">
      <p>
        <a href={historyPath()}>← {t('back')}</a>
      </p>
      <h2 id="org-title">{view.organisation}</h2>
      {view.entries.length === 0 && <p>{t('notFound')}</p>}
      {view.entries.length > 0 && !c && view.execution.length === 0 && <p>{t('oneYear')}</p>}
      <PerCapitaTable view={view} t={t} lang={lang} />
      {view.execution.map((ec) => (
        <ExecutionView key={ec.year} ec={ec} t={t} lang={lang} />
      ))}
      {view.series && view.series.classes.length > 0 && (
        <section>
          <h3>{t('chart')}</h3>
          <ClassChart series={view.series} label={t('chartAria', view.organisation, view.series.years.join('–'))} />
        </section>
      )}
      {c && (
        <section>
          <h3>
            {t('yoy')}: {c.current.year} / {c.previous.year}
          </h3>
          {c.notes.map((n) => (
            <p class="muted" key={n}>
              {n}
            </p>
          ))}
          {c.tables.map((tc, i) => (
            <TableBlock key={`${tc.kind}-${i}`} tc={tc} t={t} lang={lang} years={[c.current.year, c.previous.year]} />
          ))}
        </section>
      )}
    </section>
  );
}

export function HistoryPage(props: HistoryPageProps) {
  const { lang, entries, view, focus, status } = props;
  const t = wordsFor(lang);
  return (
    <main class="history">
      <h1>{t('title')}</h1>
      <p class="muted">{t('intro')}</p>
      <div class="toolbar" role="toolbar" aria-label={t('title')}>
        <button type="button" onClick={props.onExport} disabled={entries.length === 0}>
          {t('export')}
        </button>
        <label class="file">
          {t('import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const f = input.files?.[0];
              if (f) props.onImport(f);
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" onClick={props.onClear} disabled={entries.length === 0}>
          {t('clear')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="status">
        {status ?? ''}
      </p>
      {focus && view ? (
        <OrgView view={view} t={t} lang={lang} />
      ) : entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table class="documents" data-testid="documents">
          <caption>
            <strong>{t('documents')}</strong>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation')}</th>
              <th scope="col">{t('year')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('savedAt')}</th>
              <th scope="col">{t('tables')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.key}>
                <td>
                  <a href={historyPath(e.organisation)}>{e.organisation}</a>
                </td>
                <td>{e.year}</td>
                <td>{t(e.kind)}</td>
                <td>{when(e.savedAt, lang)}</td>
                <td class="num">{e.tables}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
