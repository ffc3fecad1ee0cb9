/**
 * The 决算 panel's budget against outturn, for the overlay controller (page and viewer): asked for once an analysis
 * is shown, handed over only if that analysis is still the one shown when the answer comes. Browser-free: the asking
 * function is the entry point's (a message to the background).
 */
import type { ExecutionComparison } from '../history/execution';
import type { Report } from '../report/report-schema';
import type { Analysis } from './analyse';

export type AskExecution = (report: Report) => Promise<ExecutionComparison | null>;

export function askExecutionFor(
  ask: AskExecution | undefined,
  analysis: Analysis,
  current: () => Analysis | null,
  show: (e: ExecutionComparison) => void,
): void {
  const report = analysis.report;
  if (!report || !ask) return;
  void ask(report).then(
    (e) => {
      if (e && current() === analysis) show(e);
    },
    () => undefined,
  );
}
