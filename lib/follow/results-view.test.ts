import { describe, expect, it } from 'vitest';
import { jobFor, parseJob, rowsInOrder, withRows } from './job';
import type { ListingLink } from './listing';
import type { DisclosureRow, FollowRow, UnreadableRow } from './queue';
import { comparable, DEFAULT_QUERY, totals, viewRows } from './results-view';

function disclosure(
  org: string,
  year: number,
  kind: 'budget' | 'final',
  errors: number,
  perCapita?: string,
): DisclosureRow {
  const link = `http://x.gov.cn/${org}/${year}/${kind}.html`;
  return {
    row: 'disclosure',
    link,
    source: link,
    text: `${org}${year}年部门${kind === 'final' ? '决算' : '预算'}`,
    format: 'html',
    document: { organisation: org, year, kind, scope: 'department' },
    tables: 9,
    unreadTables: 0,
    findings: { error: errors, warning: 0, unverified: 0, rounding: 0, info: 0 },
    perCapita: perCapita ? { value: perCapita, unit: '元/人' } : null,
  };
}
const dead: UnreadableRow = {
  row: 'unreadable',
  link: 'http://x.gov.cn/dead.html',
  source: 'http://x.gov.cn/dead.html',
  text: '某局2025年预算',
  reason: 'http',
  message: 'HTTP 404',
};
const ROWS: FollowRow[] = [
  disclosure('乙局', 2025, 'budget', 0, '12.50'),
  dead,
  disclosure('甲局', 2024, 'final', 2, '1,204.10'),
  disclosure('甲局', 2025, 'budget', 1),
];

describe('results view', () => {
  it('sorts by a column either way, unreadable rows and missing values last', () => {
    const errorsDown = viewRows(ROWS, { ...DEFAULT_QUERY, sort: 'errors', descending: true });
    expect(errorsDown.map((r) => (r.row === 'disclosure' ? r.findings.error : 'x'))).toEqual([2, 1, 0, 'x']);
    const perCapitaUp = viewRows(ROWS, { ...DEFAULT_QUERY, sort: 'perCapita' });
    expect(perCapitaUp.map((r) => (r.row === 'disclosure' ? (r.perCapita?.value ?? '-') : 'x'))).toEqual([
      '12.50',
      '1,204.10',
      '-',
      'x',
    ]);
    expect(viewRows(ROWS, DEFAULT_QUERY)).toEqual(ROWS);
  });

  it('filters by text and by kind', () => {
    expect(viewRows(ROWS, { ...DEFAULT_QUERY, text: '甲局' })).toHaveLength(2);
    expect(viewRows(ROWS, { ...DEFAULT_QUERY, kind: 'final' })).toHaveLength(1);
    expect(viewRows(ROWS, { ...DEFAULT_QUERY, kind: 'unreadable' })).toEqual([dead]);
    expect(viewRows(ROWS, { ...DEFAULT_QUERY, kind: 'errors' })).toHaveLength(2);
  });

  it('names organisations read for several years, and totals the rows', () => {
    expect([...comparable(ROWS)]).toEqual(['甲局']);
    expect(totals(ROWS)).toEqual({ read: 3, unreadable: 1, errors: 3, warnings: 0 });
  });
});

describe('follow job', () => {
  const links: ListingLink[] = ROWS.map((r) => ({
    href: r.link,
    text: r.text,
    year: 2025,
    kind: 'budget',
    target: 'page',
  }));
  const now = new Date('2026-12-02T00:00:00Z');

  it('keeps the rows of links still listed, and round-trips through storage', () => {
    let job = jobFor('http://x.gov.cn/list.html', '预决算公开', links, null, now);
    for (const r of ROWS) job = withRows(job, r.link, [r], now);
    expect(rowsInOrder(job)).toEqual(ROWS);
    const again = jobFor(
      'http://x.gov.cn/list.html',
      '预决算公开',
      links.slice(1),
      parseJob(JSON.parse(JSON.stringify(job))),
      now,
    );
    expect(rowsInOrder(again)).toEqual(ROWS.slice(1));
  });

  it('ignores a stored value that is not a job of this version', () => {
    expect(parseJob(null)).toBeNull();
    expect(parseJob({ v: 2, listing: 'http://x.gov.cn/', title: '', links: [], rows: {}, updated: '' })).toBeNull();
    expect(parseJob({ v: 1, listing: 'not a url', title: '', links: [], rows: {}, updated: '' })).toBeNull();
  });
});
