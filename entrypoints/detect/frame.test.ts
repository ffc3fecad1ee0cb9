import { describe, expect, it } from 'vitest';
import { MIN_FRAME_HEIGHT, MIN_FRAME_WIDTH, whenReadable } from './frame';

/** A window with a size and resize listeners; `top` is itself unless it is a frame. */
function fakeWindow(width: number, height: number, frame: boolean) {
  const listeners = new Set<() => void>();
  const win = {
    innerWidth: width,
    innerHeight: height,
    top: null as unknown,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    resize(w: number, h: number) {
      win.innerWidth = w;
      win.innerHeight = h;
      for (const l of [...listeners]) l();
    },
    listeners,
  };
  win.top = frame ? {} : win;
  return win as typeof win & Window;
}

describe('whenReadable: which frames are looked at', () => {
  it('a top-level window at once, however small', () => {
    let looked = 0;
    whenReadable(fakeWindow(1, 1, false), () => looked++);
    expect(looked).toBe(1);
  });

  it('a frame of a readable size at once, and nothing left listening', () => {
    const win = fakeWindow(MIN_FRAME_WIDTH, MIN_FRAME_HEIGHT, true);
    let looked = 0;
    whenReadable(win, () => looked++);
    expect(looked).toBe(1);
    expect(win.listeners.size).toBe(0);
  });

  it('a hidden or tiny frame only once it is resized to a readable size, and once only', () => {
    const win = fakeWindow(0, 0, true);
    let looked = 0;
    whenReadable(win, () => looked++);
    expect(looked).toBe(0);
    win.resize(1, 1); // a tracking pixel
    win.resize(728, 90); // a banner strip
    expect(looked).toBe(0);
    win.resize(1000, 600); // shown, or sized to its content
    win.resize(1000, 700);
    expect(looked).toBe(1);
    expect(win.listeners.size).toBe(0);
  });
});
