/**
 * A listing page (a 预决算公开 / 部门预算 column: one link per department): the links that read as a disclosure of
 * one year or several, each with what its text says (year, 预算/决算), and the rule for which sites may be followed —
 * the listing's own origin and `*.gov.cn`, nothing else. Pure: takes the document and its address, reads no network.
 */

export interface ListingLink {
  href: string;
  text: string;
  year: number | null;
  kind: 'budget' | 'final' | null;
  /** What the link points at, from its address: a PDF, an office file the pipeline cannot read, or a page. */
  target: 'pdf' | 'office' | 'page';
}

/** Link text (or a file name) that names a disclosure: 2025年部门预算, XX局2024年度部门决算公开, 预算公开 … */
const DISCLOSURE_TEXT_RE = /(预算|决算)/u;
/** Column and navigation links that say 预算/决算 but list nothing of one department (预决算公开, 财政预决算). */
const NAVIGATION_RE = /^(预决算(信息)?公开|财政预决算|部门预决算|预决算|首页|更多|上一页|下一页|尾页)$/u;
const OFFICE_RE = /\.(xlsx?|docx?|wps|et|zip|rar|7z)($|[?#])/iu;
const PDF_RE = /\.pdf($|[?#])/iu;

function decoded(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The links of a listing page that read as disclosures, in page order, each address once. */
export function listingLinks(doc: Document, base: string): ListingLink[] {
  const out: ListingLink[] = [];
  const seen = new Set<string>();
  const anchors = doc.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && out.length < 2000; i++) {
    const a = anchors[i];
    const raw = a?.getAttribute('href');
    if (!a || !raw || /^(javascript:|mailto:|#)/iu.test(raw)) continue;
    const text = (a.getAttribute('title') || a.textContent || '').replace(/\s+/gu, ' ').trim();
    const file = decoded(raw);
    if (!DISCLOSURE_TEXT_RE.test(text) && !DISCLOSURE_TEXT_RE.test(file)) continue;
    if (NAVIGATION_RE.test(text.replace(/\s+/gu, ''))) continue;
    let href: string;
    try {
      href = new URL(raw, base).href;
    } catch {
      continue;
    }
    if (seen.has(href)) continue;
    seen.add(href);
    const said = `${text} ${file}`;
    const year = /(20\d{2})\s*年/u.exec(said)?.[1] ?? /(?:^|\D)(20\d{2})(?:\D|$)/u.exec(said)?.[1];
    out.push({
      href,
      text,
      year: year ? Number(year) : null,
      kind: /决算/u.test(said) ? 'final' : /预算/u.test(said) ? 'budget' : null,
      target: PDF_RE.test(href) ? 'pdf' : OFFICE_RE.test(href) ? 'office' : 'page',
    });
  }
  return out;
}

/** Many links reading as disclosures: the page is a listing (an article page links one or two attachments). */
export function isListing(links: readonly ListingLink[]): boolean {
  return links.length >= 3;
}

/** Whether a link may be followed from a listing at `listing`: the same origin, or a site under gov.cn. */
export function mayFollow(href: string, listing: string): boolean {
  try {
    const u = new URL(href);
    if (!/^https?:$/u.test(u.protocol)) return u.protocol === 'file:' && new URL(listing).protocol === 'file:';
    return u.origin === new URL(listing).origin || /(^|\.)gov\.cn$/u.test(u.hostname);
  } catch {
    return false;
  }
}
