/**
 * Overlay view logic (pure): what the summary panel shows for an analysis — status, document facts, counts, findings,
 * tables to export. The page overlay and the PDF viewer read it from here so they cannot drift apart.
 */
import type { Severity } from '../checks/finding';
import type { Lang } from '../i18n/strings';
import { isStatementKind } from '../model/table-kinds';
import { type Analysis, tooLargeText } from './analyse';
import { panelFindings, tableName } from './texts';
import type { OverlayModel } from './view-model';

const NO_COUNTS: Record<Severity, number> = { error: 0, warning: 0, unverified: 0, rounding: 0, info: 0 };

export function panelState(analysis: Analysis | null, model: OverlayModel | null, lang: Lang) {
  const report = analysis?.report ?? null;
  return {
    status: !analysis ? ('analysing' as const) : report ? ('ready' as const) : ('error' as const),
    doc: report ? report.document : null,
    counts: model?.counts ?? NO_COUNTS,
    passed: model?.passed ?? 0,
    hidden: model?.hidden ?? 0,
    findings: model && report ? panelFindings(model, report.tables, lang) : [],
    failedTables: analysis?.failedTables ?? [],
    /** Tables read, but whose reading the checks do not confirm, with the reason. */
    unreadTables: (report?.tables ?? [])
      .filter((tb) => tb.reading && !tb.reading.confident)
      .map((tb) => ({ title: tableName(tb, lang), reason: tb.reading.reason?.[lang] ?? '' })),
    warnings: report?.warnings ?? [],
    error: analysis?.error ?? null,
    /** The document was past the analysis budget: what was analysed of it. */
    tooLarge: analysis?.tooLarge ? tooLargeText(analysis.tooLarge, lang) : null,
    /** The amount tables a reader may export as CSV. */
    tables: (report?.tables ?? [])
      .map((tb, index) => ({ tb, index }))
      .filter(({ tb }) => isStatementKind(tb.kind))
      .map(({ tb, index }) => ({ index, label: tableName(tb, lang) })),
  };
}
