/**
 * The declared script starts at DOMContentLoaded, often before the page's first paint; the overlay's heavy work
 * (reading the tables, the analysis) waits until the page has painted, so the reader sees the page no later than
 * without the extension. Either sign will do: the paint timing entry (posted some time after the paint), or an
 * animation frame the declared script saw after DOMContentLoaded (noted in the isolated world both scripts share: the
 * overlay, arriving later in a task of its own, then knows that frame's paint is behind it).
 */

const SLOT = '__budgetLensFrameSeen';

type World = { [SLOT]?: boolean };

/** Notes the page's next animation frame (declared script, at DOMContentLoaded). */
export function watchFirstPaint(): void {
  requestAnimationFrame(() => {
    (globalThis as World)[SLOT] = true;
  });
}

/** Resolves once the page has painted a frame since DOMContentLoaded (at once when it has). */
export function afterFirstPaint(): Promise<void> {
  // A hidden tab has nothing to paint (and runs no animation frames until shown).
  if (
    (globalThis as World)[SLOT] ||
    document.visibilityState === 'hidden' ||
    performance.getEntriesByName('first-paint').length > 0
  )
    return Promise.resolve();
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      (globalThis as World)[SLOT] = true;
      // The animation frame comes just before the paint; a message task queued from it runs after. (Not a timer:
      // while a page loads, Chromium may hold timers back behind its loading tasks.)
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    }),
  );
}
