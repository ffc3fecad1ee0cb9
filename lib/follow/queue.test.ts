/**
 * The follow queue without a network: links read by a stand-in reader that answers with a real page (the
 * generated sample), fails as a dead link would, or never answers. Pins order, politeness (at most two at once),
 * resume, the time limit, and cancel (nothing started after it, nothing half-read reported).
 */
import { describe, expect, it } from 'vitest';
import { generateVariant, renderPage } from '../../tests/generator/document';
import { analyzeGroup } from '../pipeline/companions';
import { extractHtmlSource, InputError } from '../pipeline/input';
import { parseHtmlText } from '../pipeline/node';
import type { ListingLink } from './listing';
import { followLinks, type Reading } from './queue';

const PAGE = renderPage(generateVariant('sample'));
const BASE = 'http://x.gov.cn/list.html';
const link = (path: string): ListingLink => ({
  href: `http://x.gov.cn${path}`,
  text: `示例县${path}2025年部门预算`,
  year: 2025,
  kind: 'budget',
  target: path.endsWith('.xls') ? 'office' : 'page',
});

function reader(log: { active: number; max: number; started: string[] }): Reading {
  const read: Reading['read'] = async (href, signal) => {
    log.started.push(href);
    log.active++;
    log.max = Math.max(log.max, log.active);
    try {
      if (href.includes('slow'))
        await new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
      await new Promise((r) => setTimeout(r, 5));
      if (href.includes('dead')) throw new InputError('fetch', `cannot fetch ${href}: HTTP 404 Not Found`);
      return extractHtmlSource(href, parseHtmlText(PAGE), href);
    } finally {
      log.active--;
    }
  };
  return { read, analyze: (sources) => analyzeGroup(sources) };
}

describe('followLinks', () => {
  it('reads every link, two at a time, rows in link order, each with its reason', async () => {
    const log = { active: 0, max: 0, started: [] as string[] };
    const links = ['/a/1.html', '/a/dead.html', '/f/2.xls', '/a/3.html', '/a/4.html'].map(link);
    const { rows, cancelled } = await followLinks(links, BASE, reader(log), { delayMs: 0 });
    expect(cancelled).toBe(false);
    expect(log.max).toBe(2);
    expect(rows.map((r) => [r.link.replace('http://x.gov.cn', ''), r.row === 'unreadable' ? r.reason : r.row])).toEqual(
      [
        ['/a/1.html', 'disclosure'],
        ['/a/dead.html', 'http'],
        ['/f/2.xls', 'office-file'],
        ['/a/3.html', 'disclosure'],
        ['/a/4.html', 'disclosure'],
      ],
    );
    const first = rows[0];
    expect(first?.row === 'disclosure' && first.document).toMatchObject({ year: 2025, kind: 'budget' });
    expect(first?.row === 'disclosure' && first.format).toBe('html');
    // The .xls is never requested.
    expect(log.started.some((h) => h.endsWith('.xls'))).toBe(false);
  });

  it('skips links done before, and gives up on a link past its time limit', async () => {
    const log = { active: 0, max: 0, started: [] as string[] };
    const links = ['/a/1.html', '/a/slow.html', '/a/3.html'].map(link);
    const { rows, skipped } = await followLinks(links, BASE, reader(log), {
      delayMs: 0,
      timeoutMs: 50,
      skip: new Set([links[0]!.href]),
    });
    expect(skipped).toBe(1);
    expect(rows.map((r) => (r.row === 'unreadable' ? r.reason : r.row))).toEqual(['timeout', 'disclosure']);
    expect(log.active).toBe(0);
  });

  it('stops on cancel: nothing started after it, the link being read not reported', async () => {
    const log = { active: 0, max: 0, started: [] as string[] };
    const stop = new AbortController();
    const links = ['/a/1.html', '/a/slow.html', '/a/3.html', '/a/4.html', '/a/5.html'].map(link);
    const seen: string[] = [];
    const run = followLinks(links, BASE, reader(log), {
      delayMs: 0,
      concurrency: 1,
      signal: stop.signal,
      onStart: (l) => {
        if (l.href.includes('slow')) setTimeout(() => stop.abort(), 10);
      },
      onRows: (l) => seen.push(l.href),
    });
    const { rows, cancelled } = await run;
    expect(cancelled).toBe(true);
    expect(rows.map((r) => r.link)).toEqual([links[0]!.href]);
    expect(seen).toEqual([links[0]!.href]);
    expect(log.started).toEqual([links[0]!.href, links[1]!.href]);
  });
});
