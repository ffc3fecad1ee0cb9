/**
 * The PDF viewer page: wiring only. Reads `?file=<url>` (or a chosen/dropped file), fetches the bytes, renders with the
 * pdfjs-dist viewer components (canvas + text layer, zoom, find, page navigation). Chrome's and Firefox's own PDF viewers
 * cannot be scripted, so disclosure PDFs are annotated here.
 */
import 'pdfjs-dist/web/pdf_viewer.css';
import { render } from 'preact';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { Toolbar } from '../../components/viewer/Toolbar';
import { ORIGINAL_VIEWER_MARK } from '../../lib/detect/detect';
import { extractPdf, type PDFDocumentProxy } from '../../lib/extract/pdf';
import { translator } from '../../lib/i18n/strings';
import { saveToHistory } from '../../lib/messages/history-client';
import { historyPath } from '../../lib/messages/paths';
import { analyzeOverrides, loadSettings, SETTINGS_KEY, Settings } from '../../lib/options/storage';
import { analyseSafely, failedAnalysis } from '../../lib/overlay/analyse';
import { analyzeExtracted } from '../../lib/pipeline/analyze';
import { PdfOverlay, type ViewerLike } from './pdf-overlay';
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
});
container.addEventListener('scroll', () => overlay.onScroll(), { passive: true });
browser.storage.onChanged.addListener((changes) => {
  const next = Settings.safeParse(changes[SETTINGS_KEY]?.newValue);
  if (next.success) overlay.setSettings(translator(next.data.language), next.data.language, next.data.showSeverities);
});

let name = '';
let pages = 0;
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
      onFile={showLocal}
      originalHref={originalHref}
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
    const extracted = await extractPdf(pdf, uri, { onPage: (page, pages) => overlay.setProgress(page, pages) });
    performance.measure('budget-lens:extract', { start, end: performance.now() });
    const overrides = analyzeOverrides(settings);
    const analysis = analyseSafely(extracted, { analyze: (d) => analyzeExtracted(d, overrides) });
    overlay.setAnalysis(analysis, extracted.blocks);
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
eventBus.on('pagesinit', () => {
  viewer.currentScaleValue = 'page-width';
});

async function show(data: Uint8Array, displayName: string, uri = displayName) {
  setState('loading', t('viewerLoading'));
  name = displayName;
  overlay.reset();
  delete document.body.dataset.overlayReady;
  try {
    const pdf = await openPdf(data);
    pages = pdf.numPages;
    viewer.setDocument(pdf);
    linkService.setDocument(pdf);
    document.body.dataset.pages = String(pages);
    document.title = `${displayName} · ${t('brand')}`;
    setState('ready');
    void analyse(pdf as unknown as PDFDocumentProxy, uri);
  } catch (e) {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    setState('error', `${t('viewerError')} — ${reason}`);
  }
  drawToolbar();
}

function showLocal(file: File) {
  originalHref = null;
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
