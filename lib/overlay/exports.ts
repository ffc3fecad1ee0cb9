/**
 * Overlay view logic: the files the summary panel exports — the report as JSON (with every check result, all
 * severities), as Markdown (lib/report's renderer) and one table as CSV (lib/report's CSV). Pure: returns name, text and
 * type; the entrypoint hands them to the browser. It never reformats an amount.
 */

import { csvFileName, toCsv } from '../report/csv';
import { toMarkdown } from '../report/markdown';
import type { Report } from '../report/report-schema';
import { exportStem } from './texts';

export type ExportKind = 'json' | 'md' | 'csv';

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

export function exportFile(report: Report, what: ExportKind, table?: number): ExportFile | null {
  const stem = exportStem(report);
  if (what === 'json')
    return {
      name: `${stem}.json`,
      text: JSON.stringify(report, null, 2),
      type: 'application/json',
    };
  if (what === 'md') return { name: `${stem}.md`, text: toMarkdown(report), type: 'text/markdown' };
  const tb = table !== undefined ? report.tables[table] : undefined;
  return tb ? { name: `${stem}-${csvFileName(tb)}`, text: toCsv(tb), type: 'text/csv' } : null;
}
