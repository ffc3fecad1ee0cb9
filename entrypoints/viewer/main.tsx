/**
 * The PDF viewer page: wiring only. Reads `?file=<url>` (or a chosen/dropped file), fetches the bytes, renders with the
 * pdfjs-dist viewer components (canvas + text layer, zoom, find, page navigation). Chrome's and Firefox's own PDF viewers
 * cannot be scripted, so disclosure PDFs are annotated here.
 */
import 'pdfjs-dist/legacy/web/pdf_viewer.css';
import { render } from 'preact';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { Toolbar } from '../../components/viewer/Toolbar';
import { ORIGINAL_VIEWER_MARK } from '../../lib/detect/detect';
import { extractPdf, type PDFDocumentProxy } from '../../lib/extract/pdf';
import { classifyOpenError } from '../../lib/extract/pdf/errors';
import type { ExtractedDocument } from '../../lib/extract/types';
import { translator } from '../../lib/i18n/strings';
import { executionOf, saveToHistory } from '../../lib/messages/history-client';
import { historyPath } from '../../lib/messages/paths';
import { analyzeOverrides, loadSettings, SETTINGS_KEY, Settings } from '../../lib/options/storage';
import { analyseSafely, failedAnalysis } from '../../lib/overlay/analyse';
import { analyzeExtracted } from '../../lib/pipeline/analyze';
import { mergeCompanions } from '../../lib/pipeline/companions';
import { isNarrativeOnly } from '../../lib/report/build-report';
import type { ViewerLike } from './page-runs';
import { PdfOverlay } from './pdf-overlay';
import { loadViewerComponents, openPdf } from './pdfjs';

type ViewerState = 'idle' | 'loading' | 'need-permission' | 'error' | 'ready';

const settings = await loadSettings(browser.storage.local);
const t = translator(settings.language);
const { EventBus, PDFLinkService, PDFFindController, PDFViewer } = await loadViewerComponents();

const container = document.getElementById('viewerContainer') as HTMLDivElement;
const messageEl = document.getElementById('message') as HTMLDivElement;
const toolbarEl = document.getElementById('toolbar') as HTMLDivElement;

const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus });
const findController = new PDFFindController({ eventBus, linkService });
const viewer = new PDFViewer({ container, eventBus, linkService, findController });
linkService.setViewer(viewer);
const overlay = new PdfOverlay({
  doc: document,
  css: overlayCss,
  t,
  lang: settings.language,
  show: settings.showSeverities,
  viewer: viewer as unknown as ViewerLike,
  historyHref: (org) => browser.runtime.getURL(historyPath(org) as '/reader-history.html'),
  openPage: (page, organisation) =>
    void (page === 'options'
      ? browser.runtime.openOptionsPage()
      : browser.tabs.create({ url: browser.runtime.getURL(historyPath(organisation) as '/reader-history.html') })),
  execution: (report) => executionOf((m) => browser.runtime.sendMessage(m), report),
});
container.addEventListener('scroll', () => overlay.onScroll(), { passive: true });
browser.storage.onChanged.addListener((changes) => {
  const next = Settings.safeParse(changes[SETTINGS_KEY]?.newValue);
  if (next.success) overlay.setSettings(translator(next.data.language), next.data.language, next.data.showSeverities);
});

let name = '';
let pages = 0;
/** The shown file's extraction when it is a disclosure's text only: kept to read with its tables file. */
let textOnly: ExtractedDocument | null = null;
/** The text file read with the shown one (its tables), when the reader added it. */
let companion: ExtractedDocument | null = null;
/** The shown PDF's web address with the mark that keeps auto-open away; null for a local file. */
let originalHref: string | null = null;

function setState(state: ViewerState, message = '') {
  document.body.dataset.state = state;
  messageEl.textContent = message;
}

function drawToolbar() {
  render(
    <Toolbar
      t={t}
      name={name}
      page={viewer.currentPageNumber || 1}
      pages={pages}
      scalePercent={Math.round((viewer.currentScale || 1) * 100)}
      onPage={(n) => {
        if (n >= 1 && n <= pages) viewer.currentPageNumber = n;
      }}
      onZoom={(d) => (d > 0 ? viewer.increaseScale() : viewer.decreaseScale())}
      onFind={(query) =>
        eventBus.dispatch('find', {
          source: null,
          type: '',
          query,
          caseSensitive: false,
          highlightAll: true,
          findPrevious: false,
        })
      }
      onFile={(f) => {
        companion = null;
        showLocal(f);
      }}
      originalHref={originalHref}
      onCompanion={textOnly ? addCompanion : null}
    />,
    toolbarEl,
  );
}

eventBus.on('pagechanging', drawToolbar);
eventBus.on('scalechanging', drawToolbar);
eventBus.on('pagerendered', (e: { pageNumber: number }) => {
  document.body.dataset[`page${e.pageNumber}Rendered`] = 'true';
  overlay.pageRendered(e.pageNumber);
});

/** Runs the one pipeline on the document pdf.js already opened (never a second open) and hands it to the overlay. */
async function analyse(pdf: PDFDocumentProxy, uri: string) {
  const start = performance.now();
  try {
    const own = await extractPdf(pdf, uri, { onPage: (page, pages) => overlay.setProgress(page, pages) });
    performance.measure('budget-lens:extract', { start, end: performance.now() });
    // With the text file added, the shown file (the tables) keeps its page numbers; the text's follow them.
    const extracted = companion ? mergeCompanions(own, companion) : own;
    const overrides = analyzeOverrides(settings);
    const analysis = analyseSafely(extracted, { analyze: (d) => analyzeExtracted(d, overrides) });
    overlay.setAnalysis(analysis, extracted.blocks);
    textOnly = !companion && analysis.report && isNarrativeOnly(analysis.report) ? own : null;
    if (textOnly) messageEl.textContent = t('viewerTextOnly');
    drawToolbar();
    // A dropped file has no address to come back to: it is stored without a source.
    if (analysis.report)
      void saveToHistory((m) => browser.runtime.sendMessage(m), analysis.report, {
        source: /^https?:/u.test(uri) ? uri : null,
      });
  } catch (e) {
    overlay.setAnalysis(failedAnalysis(e));
  }
  performance.measure('budget-lens:overlay', { start, end: performance.now() });
  document.body.dataset.overlayReady = 'true';
}
/** Width in PDF points of the document's widest page (rotation applied): an A3 table page in a portrait report. */
let widest = 0;
async function measureWidest(pdf: { numPages: number; getPage(n: number): Promise<unknown> }): Promise<number> {
  let w = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = (await pdf.getPage(n)) as { view: number[]; rotate: number };
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    w = Math.max(w, page.rotate % 180 === 0 ? x1 - x0 : y1 - y0);
  }
  return w;
}

/**
 * Fits the widest page to the window's width, not the first (pdf.js' page-width): a report with portrait text and
 * landscape or A3 tables otherwise opens with the tables' right half off screen.
 */
function fitWidth() {
  viewer.currentScaleValue = 'page-width';
  if (widest <= 0) return;
  // pdf.js draws a page at scale 1 as 96/72 CSS pixels per point, inside a border and the container's padding.
  const fit = (container.clientWidth - 40) / (widest * (96 / 72));
  if (fit > 0 && fit < viewer.currentScale) viewer.currentScale = fit;
}
eventBus.on('pagesinit', fitWidth);

async function show(data: Uint8Array, displayName: string, uri = displayName) {
  setState('loading', t('viewerLoading'));
  // pdf.js takes the buffer over (detaches it): its size is read first.
  const size = data.byteLength;
  name = displayName;
  overlay.reset();
  delete document.body.dataset.overlayReady;
  try {
    const pdf = await openPdf(data);
    pages = pdf.numPages;
    widest = 0;
    void measureWidest(pdf as unknown as Parameters<typeof measureWidest>[0]).then((w) => {
      widest = w;
      // Before pdf.js has laid the pages out, its own pagesinit applies the fit.
      if ((viewer as unknown as { pagesCount?: number }).pagesCount) fitWidth();
    });
    viewer.setDocument(pdf);
    linkService.setDocument(pdf);
    document.body.dataset.pages = String(pages);
    document.title = `${displayName} · ${t('brand')}`;
    setState('ready');
    void analyse(pdf as unknown as PDFDocumentProxy, uri);
  } catch (e) {
    // A sentence the reader can act on (encrypted, damaged, empty), in both languages; pdf.js's own words stay in
    // the title for whoever reports it.
    const why = classifyOpenError(e, size);
    setState('error', `${t('viewerError')} — ${why.message}`);
    messageEl.title = why.detail ?? '';
  }
  drawToolbar();
}

/** The reader chose the tables file of the text shown: show the tables, read with the text as one document. */
function addCompanion(file: File) {
  companion = textOnly;
  textOnly = null;
  originalHref = null;
  // Not ready from the moment the reader chose: the shown analysis is about to be replaced.
  delete document.body.dataset.overlayReady;
  void file.arrayBuffer().then((buf) => show(new Uint8Array(buf), file.name));
}

function showLocal(file: File) {
  originalHref = null;
  delete document.body.dataset.overlayReady;
  void file.arrayBuffer().then((buf) => show(new Uint8Array(buf), file.name));
}

async function fetchAndShow(url: string) {
  setState('loading', t('viewerLoading'));
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'include' });
  } catch {
    // Without a host permission for that site the request is blocked: ask, with a user gesture, for that origin only.
    const origin = `${new URL(url).origin}/*`;
    setState('need-permission', t('viewerNeedPermission'));
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t('viewerGrant');
    button.onclick = async () => {
      if (await browser.permissions.request({ origins: [origin] })) void fetchAndShow(url);
    };
    messageEl.append(' ', button);
    return;
  }
  if (!res.ok) {
    setState('error', `${t('viewerError')} — HTTP ${res.status}`);
    return;
  }
  const fileName = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  const original = new URL(url);
  original.hash = ORIGINAL_VIEWER_MARK;
  originalHref = original.href;
  await show(new Uint8Array(await res.arrayBuffer()), fileName, url);
}

container.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dragging');
});
container.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
container.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (file) showLocal(file);
});

drawToolbar();
const file = new URLSearchParams(location.search).get('file');
if (file) void fetchAndShow(file);
else setState('idle', t('viewerChooseFile'));
