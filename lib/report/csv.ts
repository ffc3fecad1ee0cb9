/**
 * Report export: one table as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), UTF-8 with a byte-order mark so Excel opens Chinese text correctly. Exports the grid
 * text exactly as extracted; it must not reformat amounts. A cell that would run as a formula is neutralised.
 */
import type { ReportTable } from './report-schema';

const BOM = '\uFEFF';

/** A number as tables print it (−1,234.50, (12.00), 3.5%): left as it is, never taken for a formula. */
const NUMBER_RE = /^[-+]?\(?[\d,，]*\.?\d+\)?%?$/u;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab / carriage return first) gets a leading
 * apostrophe — document text is data, never code — unless it is a number or a blank's dash.
 */
function neutral(s: string): string {
  const t = s.trim();
  return /^[=+\-@\t\r]/u.test(s) && !NUMBER_RE.test(t) && !/^-+$/u.test(t) ? `'${s}` : s;
}

function field(raw: string): string {
  const s = neutral(raw);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: Pick<ReportTable, 'grid'>): string {
  return BOM + table.grid.map((row) => row.map(field).join(',')).join('\r\n') + (table.grid.length > 0 ? '\r\n' : '');
}

/** A file name for a table's CSV: `03-budget.expenditure.csv`. */
export function csvFileName(table: Pick<ReportTable, 'index' | 'kind'>): string {
  return `${String(table.index + 1).padStart(2, '0')}-${table.kind}.csv`;
}
