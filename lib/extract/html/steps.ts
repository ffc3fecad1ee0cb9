/**
 * Stage 1 (extract, HTML): the sliced form of the extractor's loops. A page's reading is a generator that pauses
 * (`yield`) every `limit` units of work — an element visited, a cell read, a covered grid position filled — so the
 * content script can hand the page's main thread back between slices (`runSliced`) and a 50,000-row table never
 * holds it for one long task. Node and the CLI run the same generator to completion in one go (`drain`), so there is
 * one implementation. Touches no browser global: the clock and the pause are passed in.
 */

/** Work spent since the last pause, and how much one step may spend. */
export interface Work {
  used: number;
  readonly limit: number;
}

/**
 * Units of work per step. Measured in Node (linkedom) at well under 1 ms a step, so a time-sliced runner that checks
 * the clock between steps overshoots its slice by at most about that.
 */
export const STEP_WORK = 500;

/** A budget that never pauses: the generator runs to completion on the first `next()`. */
export const unbounded = (): Work => ({ used: 0, limit: Number.POSITIVE_INFINITY });

export const stepped = (limit = STEP_WORK): Work => ({ used: 0, limit: Math.max(1, limit) });

/** Spends `n` units; true when the step's budget is used up (the caller then yields, and the count starts again). */
export function spend(work: Work, n = 1): boolean {
  work.used += n;
  if (work.used < work.limit) return false;
  work.used = 0;
  return true;
}

/** A sliced computation: yields nothing but pauses, returns the result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to completion at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceClock {
  /** Milliseconds, monotonic (performance.now in a page). */
  now: () => number;
  /** Hands the thread back to the page until its next task (the content script posts a message to itself). */
  pause: () => Promise<void>;
  /** Stop taking steps once a slice has run this long (ms). */
  sliceMs: number;
  /** Told of each slice as it ends: when it started (by `now`), how long it ran and how many steps it took. */
  onSlice?: (start: number, ms: number, steps: number) => void;
}

export interface SlicedResult<T> {
  value: T;
  slices: number;
  /** The longest slice, in ms by `now`. */
  longestMs: number;
}

/**
 * Runs steps in slices of about `sliceMs`, pausing between them. A step that throws rejects the promise (the
 * extractor's steps catch their own errors and never do).
 */
export async function runSliced<T>(steps: Steps<T>, clock: SliceClock): Promise<SlicedResult<T>> {
  let slices = 0;
  let longestMs = 0;
  for (;;) {
    const start = clock.now();
    let r = steps.next();
    let took = clock.now() - start;
    let n = 1;
    while (!r.done && took < clock.sliceMs) {
      r = steps.next();
      took = clock.now() - start;
      n++;
    }
    clock.onSlice?.(start, took, n);
    slices++;
    longestMs = Math.max(longestMs, took);
    if (r.done) return { value: r.value, slices, longestMs };
    await clock.pause();
  }
}
