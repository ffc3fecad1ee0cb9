/**
 * Overlay view logic: the words around the marks — where a cell is (table, row, column as printed), a badge's
 * accessible name, a chip's counts, the summary list — and the export payloads. Reads the report and the overlay
 * model only; no DOM, no Preact, no recomputation.
 */
import type { CellRef, Finding } from '../checks/finding';
import type { Lang, Translate } from '../i18n/strings';
import type { Report } from '../report/report-schema';
import { kindWords } from './kind-words';
import { LEVEL_GLYPH, SEVERITIES } from './levels';
import type { CellMark, ClaimMark, OverlayModel, TableChip } from './view-model';

type TableLike = Pick<Report['tables'][number], 'title' | 'kind' | 'grid' | 'rows' | 'columns' | 'headerRows'>;

/** The table's name for a reader: its printed title, else its kind in words. */
export function tableName(t: Pick<TableLike, 'title' | 'kind'>, lang: Lang): string {
  return t.title ?? kindWords(t.kind, lang);
}

/** At most `n` characters, with an ellipsis when cut (long narrative claims in a list). */
export function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** `表名 · 行 · 列` for a cell, from the printed title, the row's code/name and the column header. */
export function cellWhere(tables: readonly TableLike[], ref: CellRef, lang: Lang): string {
  const t = tables[ref.table];
  if (!t) return '';
  const parts = [tableName(t, lang)];
  const row = t.rows.find((r) => r.gridRow === ref.row);
  const rowLabel = row ? [row.code, row.name].filter(Boolean).join(' ') : (t.grid[ref.row]?.[0] ?? '');
  if (rowLabel) parts.push(rowLabel);
  const col = t.columns.find((c) => c.index === ref.col);
  const header = col?.header.filter(Boolean).join(' / ');
  if (header) parts.push(header);
  return parts.join(' · ');
}

function findingWhere(tables: readonly TableLike[], f: Finding, lang: Lang): string {
  const stated = f.cells[0];
  if (stated) return cellWhere(tables, stated, lang);
  if (f.claim) return clip([f.claim.section, f.claim.text].filter(Boolean).join(' · '), 80);
  return '';
}

/** Accessible name of a badge: level, first message, where; how many more results share it. */
export function badgeLabel(
  mark: CellMark | ClaimMark,
  model: OverlayModel,
  tables: readonly TableLike[],
  t: Translate,
  lang: Lang,
): string {
  const first = mark.findings[0] !== undefined ? model.findings[mark.findings[0]] : undefined;
  const where = 'cell' in mark ? cellWhere(tables, mark.cell, lang) : clip(mark.claim.section ?? mark.claim.text, 80);
  const head = first ? `${t(`level_${first.severity}`)}: ${first.message[lang]}` : t('level_verified');
  const more = mark.findings.length + mark.verified - 1;
  return `${head} — ${where}${more > 0 ? ` (+${more} ${t('badgeMore')})` : ''}`;
}

/** A chip's visible counts (`✓ 12 · ✕ 1`) and its spoken form. */
export function chipCounts(chip: TableChip, t: Translate, lang: Lang): { kind: string; text: string; label: string } {
  const kind = kindWords(chip.kind, lang);
  const seen = SEVERITIES.filter((s) => chip.bySeverity[s] > 0);
  const text = [
    ...(chip.unread ? [t('chipUnread')] : []),
    ...(chip.passed > 0 ? [`${LEVEL_GLYPH.verified} ${chip.passed}`] : []),
    ...seen.map((s) => `${LEVEL_GLYPH[s]} ${chip.bySeverity[s]}`),
  ].join(' · ');
  const label = [
    kind,
    ...(chip.unread ? [`${t('chipUnread')}${chip.unread[lang] ? `：${chip.unread[lang]}` : ''}`] : []),
    ...(chip.passed > 0 ? [`${chip.passed} ${t('chipPassed')}`] : []),
    ...seen.map((s) => `${t(`level_${s}`)} ${chip.bySeverity[s]}`),
  ].join(', ');
  return { kind, text, label };
}

/** The summary panel's list: every shown finding with where it is. */
export function panelFindings(model: OverlayModel, tables: readonly TableLike[], lang: Lang) {
  return model.findings.map((f, index) => ({
    index,
    severity: f.severity,
    message: f.message[lang],
    where: findingWhere(tables, f, lang),
  }));
}

/** A safe file stem from the document (organisation + year), for export file names. */
export function exportStem(report: Pick<Report, 'document' | 'source'>): string {
  const d = report.document;
  const base = [d.organisation, d.year, d.kind === 'final' ? '决算' : d.kind === 'budget' ? '预算' : null]
    .filter((x) => x !== null && x !== undefined && x !== '')
    .join('-');
  const stem = (base || report.source.title || 'budget-lens').replace(/[\\/:*?"<>|\s]+/g, '_');
  return stem.slice(0, 80);
}
