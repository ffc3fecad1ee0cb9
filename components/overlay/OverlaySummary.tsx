/** The summary panel with its per-capita section, filled from an analysis: one composition for the page and the viewer. */
import type { ComponentChildren } from 'preact';
import type { ExecutionComparison } from '../../lib/history/execution';
import type { Lang, Translate } from '../../lib/i18n/strings';
import type { Analysis } from '../../lib/overlay/analyse';
import type { ExportKind } from '../../lib/overlay/exports';
import { panelState } from '../../lib/overlay/panel-state';
import type { OverlayModel } from '../../lib/overlay/view-model';
import { ExecutionSection } from './ExecutionSection';
import { ReportPerCapita } from './PerCapitaSection';
import { SummaryPanel } from './SummaryPanel';

export interface OverlaySummaryProps {
  t: Translate;
  lang: Lang;
  header: ComponentChildren;
  progress?: string | undefined;
  collapsed: boolean;
  onToggle: () => void;
  analysis: Analysis | null;
  model: OverlayModel | null;
  onJump: (index: number) => void;
  onExport: (what: ExportKind, table?: number) => void;
  historyHref: (organisation: string) => string;
  openPage: (page: 'history' | 'options', organisation?: string) => void;
  /** A 决算 against its year's 预算 from the reader's history, when the controller found one. */
  execution?: ExecutionComparison | null;
}

export function OverlaySummary(p: OverlaySummaryProps) {
  const report = p.analysis?.report ?? null;
  return (
    <SummaryPanel
      t={p.t}
      header={p.header}
      progress={p.progress}
      collapsed={p.collapsed}
      onToggle={p.onToggle}
      {...panelState(p.analysis, p.model, p.lang)}
      onJump={p.onJump}
      onExport={p.onExport}
      canMarkdown={true}
      metrics={
        report ? (
          <>
            {p.execution ? (
              <ExecutionSection
                t={p.t}
                execution={p.execution}
                historyHref={p.historyHref(p.execution.organisation)}
                onHistory={(e) => {
                  e.preventDefault();
                  p.openPage('history', p.execution?.organisation);
                }}
              />
            ) : null}
            <ReportPerCapita t={p.t} lang={p.lang} report={report} historyHref={p.historyHref} openPage={p.openPage} />
          </>
        ) : null
      }
    />
  );
}
