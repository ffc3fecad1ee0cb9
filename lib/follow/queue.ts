/**
 * A whole site at once, wherever it runs (the CLI's `--follow`, the extension's listing check): a listing's disclosure
 * links, each read by the one pipeline — an article page for its own tables or, failing that, for the PDF attachments
 * it links — politely (two at a time, a pause before each request, a time limit per link, the listing's site and gov.cn
 * only; cancellable). One row per disclosure read, and one per link that could not be (its reason: an office file, an
 * HTTP error, a scan, a page that is no disclosure, a site outside the listing's). Links already done are skipped, so a
 * run can be resumed. The two files of one disclosure attached to one article (its text and its tables, as 江苏
 * publishes them) are read as one. Reading and analysing are the caller's (`read`, `analyze`): Node and the extension
 * differ only there.
 */
import type { Severity } from '../checks/finding';
import { pairCompanions, profileOf } from '../pipeline/companions';
import { type ExtractedSource, InputError } from '../pipeline/input';
import { isDisclosure, isNarrativeOnly } from '../report/build-report';
import { narrativeOnlyNote } from '../report/markdown';
import type { Report } from '../report/report-schema';
import { type ListingLink, mayFollow } from './listing';

export interface DisclosureRow {
  row: 'disclosure';
  /** The listing's link, and the document read for it (an attachment's address when the link is an article). */
  link: string;
  source: string;
  text: string;
  /** Whether the document read is a PDF (opened in the viewer) or a page (annotated in place). */
  format: 'pdf' | 'html';
  /** The text file read with `source` (its tables) as one disclosure, when the article attached both. */
  companion?: string;
  document: Pick<Report['document'], 'organisation' | 'year' | 'kind' | 'scope'>;
  tables: number;
  unreadTables: number;
  findings: Record<Severity, number>;
  /** 支出总计 per resident of the jurisdiction, where the report has it: value and unit as shown (元/人). */
  perCapita: { value: string; unit: string } | null;
}

export interface UnreadableRow {
  row: 'unreadable';
  link: string;
  source: string;
  text: string;
  reason:
    | 'office-file'
    | 'http'
    | 'scan'
    | 'not-a-disclosure'
    | 'text-only'
    | 'outside-site'
    | 'timeout'
    | 'damaged'
    | 'error';
  message: string;
}

export type FollowRow = DisclosureRow | UnreadableRow;

/** Reads one address (page or PDF) into its extraction; an input that cannot be read throws InputError. */
export type ReadSource = (href: string, signal: AbortSignal) => Promise<ExtractedSource>;
/** One disclosure's report from its file, or from its two files (text and tables, in either order). */
export type AnalyzeSources = (sources: ExtractedSource[]) => Report;

export interface FollowOptions {
  /** Documents read at once (default 2). */
  concurrency?: number;
  /** Pause before each request, ms (default 300). */
  delayMs?: number;
  /** Time limit per link, ms (default 120 s). */
  timeoutMs?: number;
  /** Links already done (a previous run's rows): not read again. */
  skip?: ReadonlySet<string>;
  /** Stops the run: no link is started after it, the links being read are abandoned (and not reported). */
  signal?: AbortSignal;
  /** Each link's rows as soon as it is done. */
  onRows?: (link: ListingLink, rows: FollowRow[]) => void;
  /** A link about to be read (for progress display). */
  onStart?: (link: ListingLink) => void;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'unverified', 'rounding', 'info'];

function counts(report: Report): Record<Severity, number> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of report.findings) out[f.severity]++;
  return out;
}

function perCapitaOf(report: Report): DisclosureRow['perCapita'] {
  const m = report.metrics.find((x) => x.kind === 'ratio' && x.id === 'per-resident.total');
  return m?.kind === 'ratio' ? { value: m.value, unit: m.unit } : null;
}

function disclosureRow(link: ListingLink, source: string, report: Report, companion?: string): DisclosureRow {
  const { organisation, year, kind, scope } = report.document;
  return {
    row: 'disclosure',
    link: link.href,
    source,
    ...(companion ? { companion } : {}),
    text: link.text,
    format: report.source.kind === 'pdf' ? 'pdf' : 'html',
    document: { organisation, year, kind, scope },
    tables: report.tables.filter((t) => t.kind !== 'toc' && t.kind !== 'other').length,
    unreadTables: report.tables.filter((t) => t.reading && !t.reading.confident).length,
    findings: counts(report),
    perCapita: perCapitaOf(report),
  };
}

function unreadable(
  link: ListingLink,
  source: string,
  reason: UnreadableRow['reason'],
  message: string,
): UnreadableRow {
  return { row: 'unreadable', link: link.href, source, text: link.text, reason, message };
}

function failure(link: ListingLink, source: string, err: unknown): UnreadableRow {
  if (err instanceof InputError) {
    const reason =
      err.code === 'fetch' || err.code === 'missing'
        ? 'http'
        : err.code === 'no-text'
          ? 'scan'
          : err.code === 'unsupported'
            ? 'office-file'
            : 'damaged';
    return unreadable(link, source, reason, err.message);
  }
  return unreadable(link, source, 'error', err instanceof Error ? err.message : String(err));
}

export interface Reading {
  read: ReadSource;
  analyze: AnalyzeSources;
}

/** What one listing link gives: its disclosure, or its attachments' disclosures, or why nothing. */
async function follow(link: ListingLink, listing: string, how: Reading, signal: AbortSignal): Promise<FollowRow[]> {
  if (!mayFollow(link.href, listing))
    return [
      unreadable(
        link,
        link.href,
        'outside-site',
        '不在本站或 gov.cn 之内，未读取 / outside the site and gov.cn: not read',
      ),
    ];
  if (link.target === 'office')
    return [
      unreadable(
        link,
        link.href,
        'office-file',
        '表格或文档文件（.xls/.doc 等）暂不能读取 / an office file (.xls, .doc …): not read',
      ),
    ];
  let report: Report;
  try {
    report = how.analyze([await how.read(link.href, signal)]);
  } catch (err) {
    if (signal.aborted) throw err;
    return [failure(link, link.href, err)];
  }
  if (isDisclosure(report)) return [disclosureRow(link, link.href, report)];
  // The text of a disclosure whose tables are another file (江苏: 文字 + 表格): said so, with whose it is.
  if (isNarrativeOnly(report)) return [unreadable(link, link.href, 'text-only', narrativeOnlyNote(report).join(' / '))];
  // An article page whose content is its attachments.
  const attachments = report.source.attachments.filter((a) => mayFollow(a.href, listing)).slice(0, 4);
  if (attachments.length === 0)
    return [
      unreadable(
        link,
        link.href,
        'not-a-disclosure',
        '该页不是预算或决算公开，也没有公开附件 / not a disclosure, no attachment',
      ),
    ];
  const rows: FollowRow[] = [];
  const read: ExtractedSource[] = [];
  for (const a of attachments) {
    try {
      read.push(await how.read(a.href, signal));
    } catch (err) {
      if (signal.aborted) throw err;
      rows.push(failure(link, a.href, err));
    }
  }
  const profiles = read.map((s) => profileOf(s.extracted));
  for (const group of pairCompanions(profiles)) {
    const sources = group.map((i) => read[i] as ExtractedSource);
    const r = how.analyze(sources);
    // A pair is shown by its tables file (the viewer offers to add the text); the text file is named beside it.
    const [tables, text] =
      sources.length === 2 && profiles[group[0] as number]?.statements === 0
        ? [sources[1], sources[0]]
        : [sources[0], sources[1]];
    const href = (tables as ExtractedSource).input;
    rows.push(
      isDisclosure(r)
        ? disclosureRow(link, href, r, text?.input)
        : isNarrativeOnly(r)
          ? unreadable(link, href, 'text-only', narrativeOnlyNote(r).join(' / '))
          : unreadable(link, href, 'not-a-disclosure', '附件不是预算或决算公开 / the attachment is not a disclosure'),
    );
  }
  return rows;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Reads every link of a listing at `listing` (its address: which sites may be followed) with `how`; rows in link
 * order. With the
 * signal aborted, resolves with what was done (`cancelled` true).
 */
export async function followLinks(
  links: readonly ListingLink[],
  listing: string,
  how: Reading,
  opts: FollowOptions = {},
): Promise<{ rows: FollowRow[]; skipped: number; cancelled: boolean }> {
  const outer = opts.signal;
  const todo = links.filter((l) => !opts.skip?.has(l.href));
  const results: FollowRow[][] = new Array(todo.length);
  let next = 0;
  const delay = opts.delayMs ?? 300;
  const timeout = opts.timeoutMs ?? 120_000;
  const worker = async () => {
    for (let i = next++; i < todo.length && !outer?.aborted; i = next++) {
      const link = todo[i] as ListingLink;
      const stop = new AbortController();
      const abort = () => stop.abort();
      outer?.addEventListener('abort', abort, { once: true });
      const timer = setTimeout(abort, timeout);
      try {
        if (delay > 0) await sleep(delay, stop.signal);
        if (stop.signal.aborted) break;
        opts.onStart?.(link);
        let rows: FollowRow[];
        try {
          const work = follow(link, listing, how, stop.signal);
          // Abandoned work may still fail later (its fetch aborted): nobody waits for it then.
          work.catch(() => undefined);
          rows = await Promise.race([
            work,
            new Promise<never>((_, reject) =>
              stop.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true }),
            ),
          ]);
        } catch (err) {
          if (outer?.aborted) break;
          if (!stop.signal.aborted) throw err;
          rows = [
            unreadable(
              link,
              link.href,
              'timeout',
              `超过 ${timeout / 1000} 秒未读完 / not read within ${timeout / 1000} s`,
            ),
          ];
        }
        results[i] = rows;
        opts.onRows?.(link, rows);
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', abort);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, worker));
  return { rows: results.flat(), skipped: links.length - todo.length, cancelled: outer?.aborted === true };
}
