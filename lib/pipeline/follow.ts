/**
 * A whole site at once from Node (the CLI's `--follow`): the listing page (a URL or a file) read with linkedom, and
 * every disclosure it links read by lib/follow/queue through the Node pipeline (files, http(s), pdf.js' legacy build).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isListing, type ListingLink, listingLinks } from '../follow/listing';
import { type FollowOptions, type FollowRow, followLinks } from '../follow/queue';
import type { Report } from '../report/report-schema';
import { analyzeExtracted } from './analyze';
import { decodeHtml, extractLoaded, fetchSource, InputError } from './input';
import { loadSource, NODE_ENV, parseHtmlText } from './node';

export type { DisclosureRow, FollowRow, UnreadableRow } from '../follow/queue';

export interface FollowResult {
  listing: string;
  links: ListingLink[];
  rows: FollowRow[];
  skipped: number;
}

/** One address of a listing read into its report: http(s) fetched (abortable), file: URLs read as paths. */
async function readReport(href: string, signal: AbortSignal, fetchImpl: typeof fetch): Promise<Report> {
  const src = href.startsWith('file:')
    ? await loadSource(fileURLToPath(href))
    : await fetchSource(href, fetchImpl, signal);
  const { extracted, extras } = await extractLoaded(href, src, NODE_ENV);
  return analyzeExtracted(extracted, extras);
}

/** Reads a listing (URL or file) and every disclosure it links; rows in link order. */
export async function followListing(
  input: string,
  opts: FollowOptions & { fetch?: typeof fetch; onRow?: (row: FollowRow) => void } = {},
): Promise<FollowResult> {
  const fetchImpl = opts.fetch ?? fetch;
  const base = /^https?:\/\//iu.test(input) ? input : pathToFileURL(input).href;
  const src = await loadSource(input, fetchImpl);
  if (src.kind !== 'html') throw new InputError('unsupported', `${input} is not a listing page (HTML)`);
  const links = listingLinks(parseHtmlText(decodeHtml(src.bytes, src.contentType)), base);
  if (!isListing(links))
    throw new InputError('unsupported', `${input}: not a listing page (${links.length} disclosure link(s) found)`);
  const { onRow, onRows } = opts;
  const { rows, skipped } = await followLinks(links, base, (href, signal) => readReport(href, signal, fetchImpl), {
    ...opts,
    onRows: (link, done) => {
      onRows?.(link, done);
      for (const r of done) onRow?.(r);
    },
  });
  return { listing: input, links, rows, skipped };
}
