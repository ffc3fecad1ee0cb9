/**
 * Report export: one table as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), UTF-8 with a byte-order mark so Excel opens Chinese text correctly. Exports the grid
 * text exactly as extracted; it must not reformat amounts.
 */
import type { ReportTable } from './report-schema';

const BOM = '\uFEFF';

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(table: Pick<ReportTable, 'grid'>): string {
  return BOM + table.grid.map((row) => row.map(field).join(',')).join('\r\n') + (table.grid.length > 0 ? '\r\n' : '');
}

/** A file name for a table's CSV: `03-budget.expenditure.csv`. */
export function csvFileName(table: Pick<ReportTable, 'index' | 'kind'>): string {
  return `${String(table.index + 1).padStart(2, '0')}-${table.kind}.csv`;
}
