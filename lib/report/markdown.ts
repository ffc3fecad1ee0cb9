/**
 * Report rendering: a readable Markdown summary of a Report (document, tables with kind/unit/row counts, findings
 * count, warnings) for the CLI and issue comments. Reads the report only; it must not recompute anything.
 */
import { isDisclosure, isNarrativeOnly } from './build-report';
import type { Report, ReportTable } from './report-schema';

/**
 * Document text as Markdown text: markup and Markdown syntax escaped (a title holding `<script>` or `[x](javascript:)`
 * renders as those characters), table pipes escaped, line breaks as spaces.
 */
function cell(s: string): string {
  return s
    .replace(/[\\`*_[\]()#|!~]/gu, (c) => `\\${c}`)
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\r?\n/gu, ' ');
}

/** A link target that cannot break out of `(…)`: spaces, brackets and angle brackets percent-encoded. */
const href = (u: string) =>
  u.replace(/[\s()<>]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function tableLine(t: ReportTable): string {
  const amounts = t.columns.filter(
    (c) =>
      !['code', 'code.class', 'code.section', 'code.item', 'name', 'alt-name', 'index', 'text', 'unknown'].includes(
        c.role,
      ),
  );
  const roles = amounts.map((c) => c.key).join(', ');
  const form = t.columns.every((c) => c.role === 'text');
  const state = form
    ? `form, ${t.grid.length} grid rows`
    : t.empty
      ? t.emptyNote
        ? 'empty (noted)'
        : 'empty'
      : `${t.rows.length} rows`;
  return `| ${t.index + 1} | ${cell(t.title ?? '—')} | \`${t.kind}\` (${t.kindBy}) | ${t.unit ?? '—'} | ${state} | ${cell(roles || '—')} |`;
}

export function toMarkdown(report: Report): string {
  const d = report.document;
  const out: string[] = [];
  out.push(`# ${cell(d.organisation ?? report.source.title ?? report.source.uri)}`);
  out.push('');
  out.push(
    `- Source: ${cell(report.source.uri)} (${report.source.kind}${report.source.pages ? `, ${report.source.pages} pages` : ''})`,
  );
  out.push(
    `- Document: ${d.year ?? '?'} ${d.kind === 'final' ? '决算 (final accounts)' : d.kind === 'budget' ? '预算 (budget)' : 'unknown kind'}, scope ${d.scope ?? 'unknown'}`,
  );
  out.push(`- Units: tables ${d.unit ?? 'unknown'}, narrative ${d.narrativeUnit ?? 'unknown'}`);
  for (const [from, staff] of [
    ['performance form', d.staff.table],
    ['narrative', d.staff.narrative],
  ] as const) {
    if (!staff) continue;
    const parts = [
      staff.authorised !== null ? `authorised ${staff.authorised}` : null,
      staff.actual !== null ? `actual ${staff.actual}` : null,
      staff.departments !== null ? `${staff.departments} internal departments` : null,
      staff.units !== null ? `${staff.units} subordinate units` : null,
    ].filter((p) => p !== null);
    out.push(`- Staff (${from}): ${parts.join(', ')}`);
  }
  out.push(`- Disclosure recognised: ${isDisclosure(report) ? 'yes' : 'no'}`);
  if (isNarrativeOnly(report)) out.push(`- ${narrativeOnlyNote(report).join(' / ')}`);
  if (report.source.attachments.length > 0) {
    out.push('');
    out.push('## PDF attachments');
    for (const a of report.source.attachments) out.push(`- [${cell(a.text || a.href)}](${href(a.href)})`);
  }
  out.push('');
  out.push(`## Tables (${report.tables.length})`);
  out.push('');
  out.push('| # | title | kind | unit | rows | amount columns |');
  out.push('|---|---|---|---|---|---|');
  for (const t of report.tables) out.push(tableLine(t));
  if (d.sections.length > 0) {
    out.push('');
    out.push(`## Sections (${d.sections.length})`);
    for (const s of d.sections) out.push(`${s.level === 1 ? '-' : '  -'} ${cell(s.heading)}`);
  }
  if (report.metrics.length > 0) {
    out.push('');
    out.push(`## Metrics (${report.metrics.length})`);
    for (const m of report.metrics) {
      if (m.kind === 'ratio') out.push(`- ${cell(m.label.zh)}: ${m.value} ${m.unit}`);
      else out.push(`- ${cell(m.formula)}`);
    }
  }
  out.push('');
  out.push(`## Findings: ${report.findings.length}`);
  const shown = report.findings.filter((f) => f.severity !== 'rounding');
  if (report.findings.length > shown.length)
    out.push(`(${report.findings.length - shown.length} within rounding, not listed)`);
  for (const f of shown) {
    out.push(`- **${f.severity}** \`${f.rule}\`: ${cell(f.message.zh)}`);
  }
  if (report.warnings.length > 0) {
    out.push('');
    out.push('## Warnings');
    for (const w of report.warnings) out.push(`- ${cell(w)}`);
  }
  return `${out.join('\n')}\n`;
}

/** What was found in a report that is not a disclosure, in one or more lines for a CLI or a popup. */
/** What to say of the text of a disclosure whose tables are published in another file. */
export function narrativeOnlyNote(report: Report): string[] {
  const d = report.document;
  const what = d.kind === 'final' ? '决算' : '预算';
  return [
    `这是${d.organisation}${d.year}年${what}公开的文字部分，表格在另一个文件中；把两个文件一起给出即可作为一份公开检查（npm run analyze -- 文字.pdf 表格.pdf）`,
    `this is the text of ${d.organisation}'s ${d.year} ${d.kind === 'final' ? 'final accounts' : 'budget'} disclosure; its tables are in another file — give both to check them as one (npm run analyze -- text.pdf tables.pdf)`,
  ];
}

export function nonDisclosureMessage(report: Report): string[] {
  const out: string[] = [];
  const counts = new Map<string, number>();
  for (const t of report.tables) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  const found = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  out.push(
    `${report.source.uri}: not a budget disclosure — ${report.tables.length} table(s)${found ? ` (${found})` : ''}, ${report.document.sections.length} narrative section(s)`,
  );
  if (isNarrativeOnly(report)) for (const line of narrativeOnlyNote(report)) out.push(`  ${line}`);
  if (report.source.attachments.length > 0) {
    out.push(
      `  the page links to ${report.source.attachments.length} PDF attachment(s); analyse them directly (not followed):`,
    );
    for (const a of report.source.attachments) out.push(`  - ${a.href}${a.text ? `  (${a.text})` : ''}`);
  }
  return out;
}
