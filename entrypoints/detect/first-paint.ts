/**
 * The declared script starts at DOMContentLoaded, before the page's first paint; the overlay's heavy work (reading the
 * tables, the analysis) waits until the page has painted, so the reader sees the page no later than without the
 * extension. The declared script starts watching for that first frame at once and leaves the promise in the isolated
 * world both scripts share: the overlay, arriving later, then knows whether the frame is behind it (the paint timing
 * entry is only posted some time after the paint).
 */

const SLOT = '__budgetLensFirstFrame';

type World = { [SLOT]?: Promise<void> };

function nextFrame(): Promise<void> {
  // A hidden tab has nothing to paint (and runs no animation frames until shown).
  if (document.visibilityState === 'hidden' || performance.getEntriesByName('first-paint').length > 0)
    return Promise.resolve();
  // The animation frame comes just before the paint; a task queued from it runs just after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Starts watching for the page's first frame (declared script, at DOMContentLoaded). */
export function watchFirstPaint(): void {
  (globalThis as World)[SLOT] ??= nextFrame();
}

/** Resolves once the page has painted its first frame. */
export function afterFirstPaint(): Promise<void> {
  return (globalThis as World)[SLOT] ?? nextFrame();
}
