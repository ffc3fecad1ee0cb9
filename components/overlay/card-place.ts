/**
 * Where an open card goes, for the page overlay and the PDF viewer alike: measured from the badge (or chip) that
 * opened it, and measured again once the card itself is laid out (its height depends on its content).
 */
import { type Point, placeCard, type Size } from '../../lib/overlay/placement';

/** The card's position beside its badge in the viewport; `fallback` (top-left) when the badge is not on screen. */
export function cardPoint(badge: Element | null, size: Size, fallback: Point): Point {
  const b = badge?.getBoundingClientRect();
  const view = badge?.ownerDocument.defaultView;
  const anchor = b
    ? { left: b.left, top: b.top, width: b.width, height: b.height }
    : { ...fallback, width: 0, height: 0 };
  return placeCard(anchor, size, { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 });
}

/** The rendered card's size when it differs from `assumed` (the caller then draws once more), else null. */
export function cardSizeChange(root: ParentNode, assumed: Size): Size | null {
  const card = root.querySelector<HTMLElement>('.bl-card');
  if (!card) return null;
  const size = { width: card.offsetWidth, height: card.offsetHeight };
  return size.width === assumed.width && size.height === assumed.height ? null : size;
}
