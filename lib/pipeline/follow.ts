/**
 * A whole site at once from Node (the CLI's `--follow`): the listing page (a URL or a file) read with linkedom, and
 * every disclosure it links read by lib/follow/queue through the Node pipeline (files, http(s), pdf.js' legacy build).
 */
import { pathToFileURL } from 'node:url';
import { isListing, type ListingLink, listingLinks } from '../follow/listing';
import { type FollowOptions, type FollowRow, followLinks } from '../follow/queue';
import { analyzeGroup } from './companions';
import { readingPool } from './follow-pool';
import { decodeHtml, InputError } from './input';
import { loadSource, parseHtmlText, readSourceAt } from './node';

export type { DisclosureRow, FollowRow, UnreadableRow } from '../follow/queue';

export interface FollowResult {
  listing: string;
  links: ListingLink[];
  rows: FollowRow[];
  skipped: number;
}

export interface NodeFollowOptions extends FollowOptions {
  fetch?: typeof fetch;
  onRow?: (row: FollowRow) => void;
  /**
   * Read in this many worker threads (documents at once: `concurrency` defaults to it); 0 or absent reads in this
   * process (the only way with a `fetch` of the caller's).
   */
  workers?: number;
}

/** Reads a listing (URL or file) and every disclosure it links; rows in link order. */
export async function followListing(input: string, opts: NodeFollowOptions = {}): Promise<FollowResult> {
  const fetchImpl = opts.fetch ?? fetch;
  const base = /^https?:\/\//iu.test(input) ? input : pathToFileURL(input).href;
  const src = await loadSource(input, fetchImpl);
  if (src.kind !== 'html') throw new InputError('unsupported', `${input} is not a listing page (HTML)`);
  const links = listingLinks(parseHtmlText(decodeHtml(src.bytes, src.contentType)), base);
  if (!isListing(links))
    throw new InputError('unsupported', `${input}: not a listing page (${links.length} disclosure link(s) found)`);
  const { onRow, onRows } = opts;
  const workers = opts.fetch ? 0 : Math.max(0, opts.workers ?? 0);
  const pool = workers > 0 ? readingPool(workers) : null;
  try {
    const { rows, skipped } = await followLinks(
      links,
      base,
      {
        read: pool?.read ?? ((href, signal) => readSourceAt(href, signal, fetchImpl)),
        analyze: (sources) => analyzeGroup(sources),
      },
      {
        ...opts,
        concurrency: opts.concurrency ?? (workers || 2),
        onRows: (link, done) => {
          onRows?.(link, done);
          for (const r of done) onRow?.(r);
        },
      },
    );
    return { listing: input, links, rows, skipped };
  } finally {
    await pool?.close();
  }
}
