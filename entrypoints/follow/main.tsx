/**
 * The listing check's results page (unlisted extension page `follow.html?listing=<url>`): wiring only. Takes the
 * listing's links the content script kept (lib/follow/job), reads each with the one pipeline in this page (pages by
 * DOMParser, PDFs by the bundled pdf.js; lib/follow/queue: two at a time, politely, cancellable), keeps each link's rows
 * as it is done so a second visit is instant and a closed tab resumes, and stores every report in the reader's history.
 */
import { render } from 'preact';
import { FollowPage, type FollowState } from '../../components/follow/FollowPage';
import { downloadText } from '../../components/overlay/download';
import { classifyOpenError } from '../../lib/extract/pdf/errors';
import type { PDFDocumentProxy } from '../../lib/extract/pdf/pdfjs-types';
import { type FollowJob, jobFor, jobKey, parseJob, rowsInOrder, withRows } from '../../lib/follow/job';
import { isListing, listingLinks } from '../../lib/follow/listing';
import { followLinks, type Reading } from '../../lib/follow/queue';
import { DEFAULT_QUERY, type ResultsQuery } from '../../lib/follow/results-view';
import { followCsv } from '../../lib/follow/summary';
import { saveToHistory } from '../../lib/messages/history-client';
import { historyPath, viewerPath } from '../../lib/messages/paths';
import { analyzeOverrides, loadSettings } from '../../lib/options/storage';
import { analyzeGroup } from '../../lib/pipeline/companions';
import { decodeHtml, extractLoaded, fetchSource, InputError, type SourceEnv } from '../../lib/pipeline/input';
import { openPdf } from '../viewer/pdfjs';

const settings = await loadSettings(browser.storage.local);
const lang = settings.language;
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
const listing = new URLSearchParams(location.search).get('listing') ?? '';
const key = jobKey(listing);
const app = document.getElementById('app') as HTMLElement;

/** A page's DOM whose links resolve against its own address, not this page's (a parsed document has no address). */
function parsedAt(text: string, uri: string): Document {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const base = doc.createElement('base');
  base.href = new URL(doc.querySelector('base[href]')?.getAttribute('href') ?? '', uri).href;
  doc.head.prepend(base);
  return doc;
}

/** An extension page has both: the browser's own HTML parser and pdf.js with its bundled worker. */
const ENV: SourceEnv = {
  parseHtml(text, uri) {
    if (text.trim() === '') throw new InputError('empty', '文件是空的。 / The file is empty.');
    return parsedAt(text, uri);
  },
  async openPdf(bytes) {
    const size = bytes.byteLength;
    try {
      return (await openPdf(bytes)) as unknown as PDFDocumentProxy;
    } catch (err) {
      throw classifyOpenError(err, size);
    }
  },
};

const overrides = analyzeOverrides(settings);
const reading: Reading = {
  read: async (href, signal) => extractLoaded(href, await fetchSource(href, fetch, signal), ENV),
  analyze: (sources) => {
    const report = analyzeGroup(sources, overrides);
    // Into the reader's history, as if opened one by one; a failure to store is not the check's.
    const source = sources.find((s) => s.extracted.tables.length > 0)?.input ?? sources[0]?.input ?? null;
    void saveToHistory((m) => browser.runtime.sendMessage(m), report, { source }).catch(() => undefined);
    return report;
  },
};

let job: FollowJob | null = parseJob((await browser.storage.local.get(key))[key]);
let state: FollowState = 'no-links';
let query: ResultsQuery = DEFAULT_QUERY;
let running: AbortController | null = null;
const current = new Map<string, string>();

function draw() {
  document.body.dataset.followState = state;
  render(
    <FollowPage
      lang={lang}
      listing={listing}
      title={job?.title ?? ''}
      state={state}
      total={job?.links.length ?? 0}
      done={job ? job.links.filter((l) => job?.rows[l.href]).length : 0}
      current={[...current.values()]}
      rows={job ? rowsInOrder(job) : []}
      query={query}
      onQuery={(q) => {
        query = q;
        draw();
      }}
      onCancel={() => running?.abort()}
      onResume={() => void run()}
      onRecheck={() => {
        if (!job) return;
        job = jobFor(job.listing, job.title, job.links, null, new Date());
        void run();
      }}
      onGrant={() => void grant()}
      onExport={exportRows}
      openHref={(r) => (r.format === 'pdf' ? browser.runtime.getURL(viewerPath(r.source) as '/viewer.html') : r.source)}
      historyHref={(org) => browser.runtime.getURL(historyPath(org) as '/reader-history.html')}
    />,
    app,
  );
}

async function persist() {
  if (!job) return;
  try {
    await browser.storage.local.set({ [key]: job });
  } catch (err) {
    // Storage full: the results stay on the page; only resuming after a restart is lost.
    console.warn('BudgetLens: could not keep the listing check', err);
  }
}

async function run() {
  if (!job || running) return;
  const stop = new AbortController();
  running = stop;
  state = 'running';
  draw();
  const { cancelled } = await followLinks(job.links, job.listing, reading, {
    skip: new Set(Object.keys(job.rows)),
    signal: stop.signal,
    onStart: (link) => {
      current.set(link.href, link.text);
      draw();
    },
    onRows: (link, rows) => {
      current.delete(link.href);
      if (job) job = withRows(job, link.href, rows, new Date());
      void persist();
      draw();
    },
  });
  current.clear();
  running = null;
  state = cancelled ? 'cancelled' : 'done';
  await persist();
  draw();
}

function exportRows(format: 'csv' | 'json') {
  if (!job) return;
  const rows = rowsInOrder(job);
  const base = `budgetlens-listing-${new URL(job.listing).host}`;
  if (format === 'csv') downloadText(document.body, `${base}.csv`, followCsv(rows), 'text/csv');
  else
    downloadText(
      document.body,
      `${base}.json`,
      `${JSON.stringify({ listing: job.listing, links: job.links, rows }, null, 2)}\n`,
      'application/json',
    );
}

const origins = () => [`${new URL(listing).origin}/*`];

async function grant() {
  if (await browser.permissions.request({ origins: origins() })) await start();
}

/** Without links kept by the content script (the page opened by its address), the listing is read here. */
async function linksOfListing(): Promise<FollowJob | null> {
  const src = await fetchSource(listing, fetch);
  if (src.kind !== 'html') return null;
  const doc = parsedAt(decodeHtml(src.bytes, src.contentType), listing);
  const links = listingLinks(doc, listing);
  return isListing(links) ? jobFor(listing, doc.title, links, null, new Date()) : null;
}

async function start() {
  if (!/^https?:\/\//u.test(listing)) return draw();
  if (!(await browser.permissions.contains({ origins: origins() }))) {
    state = 'need-permission';
    return draw();
  }
  job ??= await linksOfListing().catch(() => null);
  if (!job) {
    state = 'no-links';
    return draw();
  }
  await persist();
  if (job.links.every((l) => job?.rows[l.href])) {
    state = 'done';
    return draw();
  }
  await run();
}

await start();
