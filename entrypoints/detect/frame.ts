/**
 * The declared script runs in every frame of a matched site (wxt.config.ts). A frame too small to read a table in —
 * hidden (display:none gives it no size), a tracking pixel, a strip — is not looked at until it is shown at a readable
 * size: then it is, since sites size a frame to its content only once that content has loaded, and show frames kept
 * hidden behind tabs. Until then such a frame costs one resize listener: no detection, no storage read, no injection.
 */

/** Below either, a frame is not where anyone reads a budget table (CSS px). */
export const MIN_FRAME_WIDTH = 200;
export const MIN_FRAME_HEIGHT = 100;

type FrameWindow = Pick<Window, 'innerWidth' | 'innerHeight' | 'top' | 'addEventListener' | 'removeEventListener'>;

function readable(win: FrameWindow): boolean {
  return win.innerWidth >= MIN_FRAME_WIDTH && win.innerHeight >= MIN_FRAME_HEIGHT;
}

/** Runs `look` now in a top-level window or a readable frame, else once the frame is resized to a readable size. */
export function whenReadable(win: FrameWindow, look: () => void): void {
  // A top-level window is looked at whatever its size: it is the page the reader opened.
  if (win.top === win || readable(win)) {
    look();
    return;
  }
  const onResize = () => {
    if (!readable(win)) return;
    win.removeEventListener('resize', onResize);
    look();
  };
  win.addEventListener('resize', onResize);
}
