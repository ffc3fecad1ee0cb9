/**
 * Our scripts start at DOMContentLoaded, often before the page's first paint: heavy work (reading the tables, the
 * analysis) waits until the page has painted, so the reader sees the page no later than without the extension.
 */
export function afterFirstPaint(): Promise<void> {
  // A hidden tab has nothing to paint (and runs no animation frames until shown).
  if (document.visibilityState === 'hidden' || performance.getEntriesByName('first-paint').length > 0)
    return Promise.resolve();
  // The animation frame comes just before the paint; a task queued from it runs just after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
