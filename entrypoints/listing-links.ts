/**
 * Injected by the popup (activeTab) into a page outside the sites the declared script runs on: the page's disclosure
 * links, when it is a listing, for the listing check (lib/follow). Reads the page; changes nothing.
 */
import { isListing, listingLinks } from '../lib/follow/listing';

export default defineUnlistedScript(() => {
  const links = listingLinks(document, location.href);
  return isListing(links) ? { listing: location.href, title: document.title, links } : null;
});
