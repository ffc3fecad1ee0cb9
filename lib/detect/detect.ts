/**
 * Cheap disclosure detection, run by the content script on every matching page before any parsing.
 * It must stay cheap (title, a few headings, element counts, PDF links): ordinary pages pay almost nothing.
 * Pure: takes the document as a parameter, never touches globals, never modifies the page.
 */

/** Words that mark a budget or final-accounts disclosure in a title or heading. */
const DISCLOSURE_RE =
  /(预算|决算)(信息)?公开|预算收支总表|收入支出决算总表|部门预算|部门决算|单位预算|单位决算|“?三公”?经费/;
const FINAL_RE = /决算/;
/** A link whose text or address names a disclosure document. */
const ATTACHMENT_TEXT_RE = /(预算|决算)/;
const PDF_HREF_RE = /\.pdf($|[?#])/i;
/** Link text that says nothing about the content ('附件1', 'P020250214.pdf', ''): trusted only on a disclosure page. */
const GENERIC_LINK_RE = /^(附件\s*\d*[:：.]?|下载|点击下载|[\w.-]*\.pdf|)$/i;

export interface PdfLink {
  href: string;
  text: string;
}

export interface Detection {
  /** The page itself carries a disclosure (tables in the page). */
  isDisclosure: boolean;
  kind: 'budget' | 'final' | null;
  /** What matched, for the popup and diagnostics. */
  reasons: string[];
  tableCount: number;
  /** Links to PDF attachments that look like disclosures. */
  pdfLinks: PdfLink[];
}

function headingsText(doc: Document): string {
  const parts: string[] = [doc.title ?? ''];
  const hs = doc.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < hs.length && i < 12; i++) parts.push(hs[i]?.textContent ?? '');
  return parts.join('\n');
}

export function detectDisclosure(doc: Document): Detection {
  const reasons: string[] = [];
  const heads = headingsText(doc);
  const titleHit = DISCLOSURE_RE.exec(heads);
  if (titleHit) reasons.push(`title:${titleHit[0]}`);
  const tableCount = doc.getElementsByTagName('table').length;

  const pdfLinks: PdfLink[] = [];
  const anchors = doc.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && pdfLinks.length < 20; i++) {
    const a = anchors[i];
    const href = a?.getAttribute('href');
    if (!a || !href || !PDF_HREF_RE.test(href)) continue;
    const text = (a.textContent ?? '').trim();
    const named = ATTACHMENT_TEXT_RE.test(text) || ATTACHMENT_TEXT_RE.test(decodeURIComponentSafe(href));
    if (named || (titleHit && GENERIC_LINK_RE.test(text))) {
      pdfLinks.push({ href: (a as HTMLAnchorElement).href || href, text });
    }
  }
  if (pdfLinks.length) reasons.push(`pdf-links:${pdfLinks.length}`);
  if (tableCount) reasons.push(`tables:${tableCount}`);

  const isDisclosure = Boolean(titleHit) && tableCount > 0;
  const kind = titleHit || pdfLinks.length ? (FINAL_RE.test(heads) ? 'final' : 'budget') : null;
  return { isDisclosure, kind, reasons, tableCount, pdfLinks };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** In a PDF address's fragment: the reader asked for the browser's own viewer (our viewer's "original" link). */
export const ORIGINAL_VIEWER_MARK = 'budget-lens=original';

/**
 * Whether a page address the browser is about to show is a PDF to open in our viewer instead (auto-open): an http(s)
 * address whose path ends in `.pdf`, unless the reader came from our viewer asking for the browser's own.
 */
export function isPdfAddress(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (u.hash.includes(ORIGINAL_VIEWER_MARK)) return false;
  return /\.pdf$/i.test(decodeURIComponentSafe(u.pathname));
}
