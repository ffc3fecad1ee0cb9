/**
 * The summary panel's 预算执行 section for a 决算 whose year's 预算 the reader has opened: the 执行率 of the whole
 * (支出决算表 合计 ÷ 预算) and of each function class, the 三公 total, any 预算数 the 决算 prints that is not the
 * published budget's, and the link to the history page where every code is listed. Props only.
 */

import Decimal from 'decimal.js';
import type { ExecutionComparison, ExecutionRow } from '../../lib/history/execution';
import { fillArgs, type Translate } from '../../lib/i18n/strings';
import { grouped } from '../../lib/metrics/format';

export interface ExecutionSectionProps {
  t: Translate;
  execution: ExecutionComparison;
  historyHref: string;
  onHistory: (e: MouseEvent) => void;
}

const money = (s: string | null) => (s === null ? '—' : grouped(new Decimal(s), 2));

function Line({ r, unit }: { r: ExecutionRow; unit: string }) {
  return (
    <tr data-key={r.key} class={r.isTotal ? 'bl-exec__total' : ''}>
      <th scope="row">
        {r.code ? <span class="bl-muted">{r.code} </span> : null}
        {r.name}
      </th>
      <td title={`${money(r.actual)} ÷ ${money(r.budget)} ${unit}`}>{r.rate === null ? '—' : `${r.rate}%`}</td>
    </tr>
  );
}

export function ExecutionSection({ t, execution: e, historyHref, onHistory }: ExecutionSectionProps) {
  // The 支出决算表 (or, without it, the 一般公共预算 table): its total and its classes.
  const table =
    e.tables.find((x) => x.kind === 'final.expenditure') ?? e.tables.find((x) => x.kind === 'final.general-public');
  const rows = table ? table.rows.filter((r) => r.isTotal || r.code?.length === 3) : [];
  const tp = e.tables.find((x) => x.kind === 'final.three-public')?.rows.find((r) => r.isTotal);
  return (
    <section class="bl-exec" data-testid="budget-lens-execution">
      <h3>{fillArgs(t('executionTitle'), e.year)}</h3>
      {table && rows.length > 0 ? (
        <table class="bl-prior">
          <caption class="bl-muted">{fillArgs(t('executionCaption'), table.title ?? '', table.unit)}</caption>
          <tbody>
            {rows.map((r) => (
              <Line key={r.key} r={r} unit={table.unit} />
            ))}
            {tp ? <Line r={tp} unit={e.tables.find((x) => x.kind === 'final.three-public')?.unit ?? ''} /> : null}
          </tbody>
        </table>
      ) : null}
      {e.mismatches.map((m) => (
        <p class="bl-percapita__problem" role="note" key={`${m.kind}-${m.key}`}>
          {fillArgs(t('executionMismatch'), m.name, m.inFinal, m.published)}
        </p>
      ))}
      <p>
        <a href={historyHref} class="bl-link" onClick={onHistory}>
          {t('executionAll')}
        </a>
      </p>
    </section>
  );
}
