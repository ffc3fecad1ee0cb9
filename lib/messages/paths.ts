/**
 * Addresses inside the extension (the viewer, the history page, the overlay script), on their own: the overlay script
 * and the pages need them without the message schemas (zod) of messages.ts.
 */

/** The runtime-registered overlay content script, as `scripting.executeScript` names it. */
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

/** The script the popup injects to read a listing page's disclosure links. */
export const LISTING_SCRIPT = '/listing-links.js';

/** The viewer page's address for a PDF URL (relative to the extension root). */
export function viewerPath(pdfUrl?: string): string {
  return pdfUrl ? `/viewer.html?file=${encodeURIComponent(pdfUrl)}` : '/viewer.html';
}

/** The history page's address, focused on one organisation when given. */
export function historyPath(organisation?: string): string {
  return organisation ? `/reader-history.html?org=${encodeURIComponent(organisation)}` : '/reader-history.html';
}

/** The results page of one listing's check. */
export function followPath(listing: string): string {
  return `/follow.html?listing=${encodeURIComponent(listing)}`;
}
