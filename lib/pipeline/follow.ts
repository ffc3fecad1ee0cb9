/**
 * A whole site at once (Node: the CLI's `--follow`): a listing page's disclosure links (lib/follow/listing), each
 * fetched and analysed by the one pipeline — an article page for its own tables or, failing that, for the PDF
 * attachments it links — politely (two at a time, a pause between requests, a time limit per document, the listing's
 * site and gov.cn only). One row per disclosure read, and one per link that could not be (its reason: an office file,
 * an HTTP error, a scan, a page that is no disclosure, a site outside the listing's). Links already done (a previous
 * run's output) are skipped, so a run can be resumed.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Severity } from '../checks/finding';
import { isListing, type ListingLink, listingLinks, mayFollow } from '../follow/listing';
import { isDisclosure, isNarrativeOnly } from '../report/build-report';
import { narrativeOnlyNote } from '../report/markdown';
import type { Report } from '../report/report-schema';
import { analyzeExtracted } from './analyze';
import { decodeHtml, extractSource, InputError, loadSource, parseHtmlText } from './node';

export interface DisclosureRow {
  row: 'disclosure';
  /** The listing's link, and the document read for it (an attachment's address when the link is an article). */
  link: string;
  source: string;
  text: string;
  document: Pick<Report['document'], 'organisation' | 'year' | 'kind' | 'scope'>;
  tables: number;
  unreadTables: number;
  findings: Record<Severity, number>;
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

export interface FollowOptions {
  fetch?: typeof fetch;
  /** Documents read at once (default 2). */
  concurrency?: number;
  /** Pause before each request, ms (default 300). */
  delayMs?: number;
  /** Time limit per link, ms (default 120 s). */
  timeoutMs?: number;
  /** Links already done (a previous run's rows): not read again. */
  skip?: ReadonlySet<string>;
  onRow?: (row: FollowRow) => void;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'unverified', 'rounding', 'info'];

function counts(report: Report): Record<Severity, number> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of report.findings) out[f.severity]++;
  return out;
}

function disclosureRow(link: ListingLink, source: string, report: Report): DisclosureRow {
  const { organisation, year, kind, scope } = report.document;
  return {
    row: 'disclosure',
    link: link.href,
    source,
    text: link.text,
    document: { organisation, year, kind, scope },
    tables: report.tables.filter((t) => t.kind !== 'toc' && t.kind !== 'other').length,
    unreadTables: report.tables.filter((t) => t.reading && !t.reading.confident).length,
    findings: counts(report),
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

/** A listing's links as the inputs the pipeline reads: URLs as they are, file: URLs as paths. */
function inputOf(href: string): string {
  return href.startsWith('file:') ? fileURLToPath(href) : href;
}

async function readOne(source: string, fetchImpl: typeof fetch): Promise<Report> {
  const src = await extractSource(inputOf(source), fetchImpl);
  return analyzeExtracted(src.extracted, src.extras);
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

/** What one listing link gives: its disclosure, or its attachments' disclosures, or why nothing. */
async function follow(link: ListingLink, listing: string, fetchImpl: typeof fetch): Promise<FollowRow[]> {
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
    report = await readOne(link.href, fetchImpl);
  } catch (err) {
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
  for (const a of attachments) {
    try {
      const r = await readOne(a.href, fetchImpl);
      rows.push(
        isDisclosure(r)
          ? disclosureRow(link, a.href, r)
          : unreadable(link, a.href, 'not-a-disclosure', '附件不是预算或决算公开 / the attachment is not a disclosure'),
      );
    } catch (err) {
      rows.push(failure(link, a.href, err));
    }
  }
  return rows;
}

function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((res) => {
      timer = setTimeout(() => res(onTimeout()), ms);
    }),
  ]);
}

export interface FollowResult {
  listing: string;
  links: ListingLink[];
  rows: FollowRow[];
  skipped: number;
}

/** Reads a listing (URL or file) and every disclosure it links; rows in link order. */
export async function followListing(input: string, opts: FollowOptions = {}): Promise<FollowResult> {
  const fetchImpl = opts.fetch ?? fetch;
  const base = /^https?:\/\//iu.test(input) ? input : pathToFileURL(input).href;
  const src = await loadSource(input, fetchImpl);
  if (src.kind !== 'html') throw new InputError('unsupported', `${input} is not a listing page (HTML)`);
  const links = listingLinks(parseHtmlText(decodeHtml(src.bytes, src.contentType)), base);
  if (!isListing(links))
    throw new InputError('unsupported', `${input}: not a listing page (${links.length} disclosure link(s) found)`);
  const todo = links.filter((l) => !opts.skip?.has(l.href));
  const results: FollowRow[][] = new Array(todo.length);
  let next = 0;
  const delay = opts.delayMs ?? 300;
  const timeout = opts.timeoutMs ?? 120_000;
  await Promise.all(
    Array.from({ length: Math.max(1, opts.concurrency ?? 2) }, async () => {
      for (let i = next++; i < todo.length; i = next++) {
        const link = todo[i] as ListingLink;
        if (delay > 0) await new Promise((res) => setTimeout(res, delay));
        const rows = await withTimeout(follow(link, base, fetchImpl), timeout, () => [
          unreadable(
            link,
            link.href,
            'timeout',
            `超过 ${timeout / 1000} 秒未读完 / not read within ${timeout / 1000} s`,
          ),
        ]);
        results[i] = rows;
        for (const r of rows) opts.onRow?.(r);
      }
    }),
  );
  return { listing: input, links, rows: results.flat(), skipped: links.length - todo.length };
}
