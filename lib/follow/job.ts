/**
 * One listing's check, kept in the extension's storage so that a second visit shows its results at once and a run cut
 * short (the tab closed, the browser restarted, cancel) goes on from where it stopped: the listing's links as its page
 * gave them, and the rows of each link done. Plain data, versioned; a stored value that is not one of ours is ignored.
 */
import { z } from 'zod';
import type { ListingLink } from './listing';
import type { FollowRow } from './queue';

export const JOB_VERSION = 1;

/** The storage key of one listing's check. */
export function jobKey(listing: string): string {
  return `follow:${listing}`;
}

export const LinkSchema = z.object({
  href: z.string().url(),
  text: z.string().max(2000),
  year: z.number().int().nullable(),
  kind: z.enum(['budget', 'final']).nullable(),
  target: z.enum(['pdf', 'office', 'page']),
});

const JobSchema = z.object({
  v: z.literal(JOB_VERSION),
  listing: z.string().url(),
  title: z.string(),
  links: z.array(LinkSchema).max(2000),
  /** Rows per link address (a link may give several: an article with two attachments). */
  rows: z.record(
    z.string(),
    z.array(z.object({ row: z.enum(['disclosure', 'unreadable']), link: z.string() }).loose()),
  ),
  updated: z.string(),
});

export interface FollowJob {
  v: typeof JOB_VERSION;
  listing: string;
  title: string;
  links: ListingLink[];
  rows: Record<string, FollowRow[]>;
  updated: string;
}

/** A stored job, or null when the value is missing, of another version or not ours. */
export function parseJob(raw: unknown): FollowJob | null {
  const r = JobSchema.safeParse(raw);
  return r.success ? (r.data as unknown as FollowJob) : null;
}

/**
 * The job for a listing as its page lists it now: rows kept for the links still listed (a listing that gained next
 * year's links keeps this year's results), new links to do.
 */
export function jobFor(
  listing: string,
  title: string,
  links: readonly ListingLink[],
  before: FollowJob | null,
  now: Date,
): FollowJob {
  const rows: Record<string, FollowRow[]> = {};
  for (const l of links) {
    const done = before?.rows[l.href];
    if (done) rows[l.href] = done;
  }
  return { v: JOB_VERSION, listing, title, links: [...links], rows, updated: now.toISOString() };
}

/** The job with one more link done. */
export function withRows(job: FollowJob, href: string, rows: FollowRow[], now: Date): FollowJob {
  return { ...job, rows: { ...job.rows, [href]: rows }, updated: now.toISOString() };
}

/** Rows of the links done, in the listing's order. */
export function rowsInOrder(job: FollowJob): FollowRow[] {
  return job.links.flatMap((l) => job.rows[l.href] ?? []);
}
