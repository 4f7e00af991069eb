/** The one clock the server reads time from. */
export interface Clock {
  now(): Date;
  /** True for the shifted demo clock. */
  readonly shifted: boolean;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date(), shifted: false };

/**
 * A clock that starts at `start` when created and advances in real time (the demo's 1 Sep 2017, so that
 * WTDC-17's deadlines lie ahead and count down).
 */
export function shiftedClock(start: Date, realNow: () => number = Date.now): Clock {
  const offset = start.getTime() - realNow();
  return { now: () => new Date(realNow() + offset), shifted: true };
}

/** A clock that shows a fixed instant until moved: for tests. */
export function fixedClock(instant: Date): Clock & { set(instant: Date): void } {
  let current = instant;
  return {
    now: () => new Date(current.getTime()),
    shifted: true,
    set(next: Date) {
      current = next;
    },
  };
}
