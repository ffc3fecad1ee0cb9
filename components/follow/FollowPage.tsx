/**
 * The results page of one listing's check: progress while it reads (with cancel), then one row per disclosure read and
 * per link that could not be, sortable and filterable, exported as CSV and JSON. Props only; the page wires them.
 */

import type { DisclosureRow, FollowRow, UnreadableRow } from '../../lib/follow/queue';
import {
  comparable,
  type KindFilter,
  type ResultsQuery,
  type SortKey,
  totals,
  viewRows,
} from '../../lib/follow/results-view';
import { type Lang, wordOf } from '../../lib/i18n/strings';
import { FOLLOW_WORDS, type FollowWord } from './strings';

export type FollowState = 'need-permission' | 'running' | 'cancelled' | 'done' | 'no-links';

export interface FollowPageProps {
  lang: Lang;
  listing: string;
  title: string;
  state: FollowState;
  /** Links on the listing, and links done. */
  total: number;
  done: number;
  /** What is being read now (link texts). */
  current: string[];
  rows: FollowRow[];
  query: ResultsQuery;
  onQuery: (q: ResultsQuery) => void;
  onCancel: () => void;
  onResume: () => void;
  onRecheck: () => void;
  onGrant: () => void;
  onExport: (format: 'csv' | 'json') => void;
  /** Where a row's document opens annotated: the viewer for a PDF, the page itself for HTML. */
  openHref: (row: DisclosureRow) => string;
  historyHref: (organisation: string) => string;
}

const COLUMNS: { key: SortKey; word: FollowWord; numeric?: boolean }[] = [
  { key: 'organisation', word: 'organisation' },
  { key: 'year', word: 'year', numeric: true },
  { key: 'kind', word: 'kind' },
  { key: 'tables', word: 'tables', numeric: true },
  { key: 'errors', word: 'errors', numeric: true },
  { key: 'warnings', word: 'warnings', numeric: true },
  { key: 'unread', word: 'unread', numeric: true },
  { key: 'perCapita', word: 'perCapita', numeric: true },
];

const FILTERS: { value: KindFilter; word: FollowWord }[] = [
  { value: 'all', word: 'all' },
  { value: 'budget', word: 'budget' },
  { value: 'final', word: 'final' },
  { value: 'errors', word: 'withErrors' },
  { value: 'unreadable', word: 'unreadable' },
];

export function FollowPage(p: FollowPageProps) {
  const w = (key: FollowWord, ...args: (string | number)[]) => wordOf(FOLLOW_WORDS, p.lang, key, ...args);
  const shown = viewRows(p.rows, p.query);
  const several = comparable(p.rows);
  const sum = totals(p.rows);
  const sortBy = (key: SortKey) =>
    p.onQuery({
      ...p.query,
      sort: key,
      descending: p.query.sort === key ? !p.query.descending : key !== 'organisation',
    });

  return (
    <main class="follow">
      <h1>{w('title')}</h1>
      <p class="muted">
        {w('listing')}：
        <a href={p.listing} data-testid="follow-listing">
          {p.title || p.listing}
        </a>
      </p>
      <p class="muted">{w('intro')}</p>

      {p.state === 'need-permission' && (
        <p class="notice" role="alert">
          {w('needPermission', new URL(p.listing).host)}{' '}
          <button type="button" onClick={p.onGrant} data-testid="follow-grant">
            {w('grant')}
          </button>
        </p>
      )}
      {p.state === 'no-links' && (
        <p class="notice" role="alert">
          {w('notListing')}
        </p>
      )}

      {p.total > 0 && (
        <section class="progress" aria-live="polite" data-testid="follow-status" data-state={p.state}>
          <progress
            value={p.done}
            max={p.total}
            data-testid="follow-progress"
            aria-label={w('progress', p.done, p.total)}
          />
          <span data-testid="follow-count">{w('progress', p.done, p.total)}</span>
          {p.state === 'running' && (
            <>
              <span class="current" data-testid="follow-current">
                {p.current.length > 0 && w('reading', p.current.join('；'))}
              </span>
              <button type="button" onClick={p.onCancel} data-testid="follow-cancel">
                {w('cancel')}
              </button>
            </>
          )}
          {p.state === 'cancelled' && (
            <>
              <span>{w('cancelled')}</span>
              <button type="button" onClick={p.onResume} data-testid="follow-resume">
                {w('resume')}
              </button>
            </>
          )}
          {p.state === 'done' && (
            <>
              <span>{w('finished')}</span>
              <button type="button" onClick={p.onRecheck} data-testid="follow-recheck">
                {w('recheck')}
              </button>
            </>
          )}
        </section>
      )}

      {p.rows.length > 0 && (
        <>
          <p data-testid="follow-totals">{w('totals', sum.read, sum.unreadable, sum.errors, sum.warnings)}</p>
          <div class="toolbar">
            <label>
              {w('filter')}{' '}
              <input
                type="search"
                value={p.query.text}
                placeholder={w('filterPlaceholder')}
                onInput={(e) => p.onQuery({ ...p.query, text: (e.target as HTMLInputElement).value })}
                data-testid="follow-filter"
              />
            </label>
            <label>
              {w('show')}{' '}
              <select
                value={p.query.kind}
                onChange={(e) => p.onQuery({ ...p.query, kind: (e.target as HTMLSelectElement).value as KindFilter })}
                data-testid="follow-kind"
              >
                {FILTERS.map((f) => (
                  <option key={f.value} value={f.value}>
                    {w(f.word)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => p.onExport('csv')} data-testid="follow-export-csv">
              {w('exportCsv')}
            </button>
            <button type="button" onClick={() => p.onExport('json')} data-testid="follow-export-json">
              {w('exportJson')}
            </button>
          </div>
          <table class="results" data-testid="follow-results">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    class={c.numeric ? 'num' : undefined}
                    aria-sort={p.query.sort === c.key ? (p.query.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      class="sort"
                      onClick={() => sortBy(c.key)}
                      data-testid={`follow-sort-${c.key}`}
                    >
                      {w(c.word)}
                      {p.query.sort === c.key ? (p.query.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  </th>
                ))}
                <th scope="col">{w('open')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) =>
                r.row === 'disclosure' ? (
                  <DisclosureLine key={`${r.link} ${r.source}`} r={r} p={p} w={w} several={several} />
                ) : (
                  <UnreadableLine key={`${r.link} ${r.source}`} r={r} w={w} />
                ),
              )}
            </tbody>
          </table>
          {shown.length === 0 && <p class="muted">{w('none')}</p>}
        </>
      )}
    </main>
  );
}

type W = (key: FollowWord, ...args: (string | number)[]) => string;

function DisclosureLine({ r, p, w, several }: { r: DisclosureRow; p: FollowPageProps; w: W; several: Set<string> }) {
  const org = r.document.organisation;
  return (
    <tr data-testid="follow-row" data-row="disclosure" data-link={r.link} data-source={r.source}>
      <th scope="row">{org ?? r.text}</th>
      <td class="num">{r.document.year ?? ''}</td>
      <td>{r.document.kind ? w(r.document.kind) : ''}</td>
      <td class="num" data-col="tables">
        {r.tables}
      </td>
      <td class={r.findings.error > 0 ? 'num bad' : 'num'} data-col="errors">
        {r.findings.error}
      </td>
      <td class="num" data-col="warnings">
        {r.findings.warning}
      </td>
      <td class={r.unreadTables > 0 ? 'num warn' : 'num'} data-col="unread">
        {r.unreadTables}
      </td>
      <td class="num" data-col="per-capita">
        {r.perCapita ? `${r.perCapita.value} ${r.perCapita.unit}` : ''}
      </td>
      <td>
        <a href={p.openHref(r)} target="_blank" rel="noopener noreferrer" data-testid="follow-open">
          {w('openAnnotated')}
        </a>
        {r.companion && (
          <>
            {' · '}
            <a href={r.companion} target="_blank" rel="noopener noreferrer" title={w('companionHint')}>
              {w('companion')}
            </a>
          </>
        )}
        {org && several.has(org) && (
          <>
            {' · '}
            <a href={p.historyHref(org)} target="_blank" rel="noopener" data-testid="follow-compare">
              {w('compare')}
            </a>
          </>
        )}
      </td>
    </tr>
  );
}

function UnreadableLine({ r, w }: { r: UnreadableRow; w: W }) {
  return (
    <tr data-testid="follow-row" data-row="unreadable" data-link={r.link} data-reason={r.reason} class="unreadable">
      <th scope="row">{r.text}</th>
      <td colSpan={7} title={r.message}>
        {w('reason')}：{w(`reason:${r.reason}` as FollowWord)}
      </td>
      <td>
        <a href={r.source} target="_blank" rel="noopener noreferrer">
          {w('open')}
        </a>
      </td>
    </tr>
  );
}
