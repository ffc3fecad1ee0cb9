/**
 * One listing's rows as a table (the CLI's `--format md|csv` and the extension's results page and its CSV export share
 * it): one line per disclosure read and per link that could not be, with the reason.
 */
import { toCsv } from '../report/csv';
import type { FollowRow } from './queue';

export const FOLLOW_COLUMNS = [
  'organisation',
  'year',
  'kind',
  'tables',
  'unread tables',
  'errors',
  'warnings',
  'unverified',
  'per capita',
  'source',
  'reason',
] as const;

export function followCells(r: FollowRow): string[] {
  return r.row === 'disclosure'
    ? [
        r.document.organisation ?? '',
        String(r.document.year ?? ''),
        r.document.kind === 'final' ? '决算' : r.document.kind === 'budget' ? '预算' : '',
        String(r.tables),
        String(r.unreadTables),
        String(r.findings.error),
        String(r.findings.warning),
        String(r.findings.unverified),
        r.perCapita ? `${r.perCapita.value} ${r.perCapita.unit}` : '',
        r.source,
        '',
      ]
    : [r.text, '', '', '', '', '', '', '', '', r.source, `${r.reason}: ${r.message}`];
}

/** CSV of the rows (cells a spreadsheet would run as formulas neutralised, as every CSV of ours). */
export function followCsv(rows: readonly FollowRow[]): string {
  return toCsv({ grid: [[...FOLLOW_COLUMNS], ...rows.map(followCells)] });
}

/** A Markdown table of the rows under the listing's address. */
export function followMarkdown(listing: string, links: number, rows: readonly FollowRow[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `# ${listing}`,
    '',
    `${links} link(s); ${rows.filter((r) => r.row === 'disclosure').length} disclosure(s) read.`,
    '',
    `| ${FOLLOW_COLUMNS.join(' | ')} |`,
    `|${FOLLOW_COLUMNS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${followCells(r).map(esc).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
