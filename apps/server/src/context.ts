import type { Database } from '@tansiq/db';
import type { Actor } from './actor.ts';
import type { CacheTag } from './cache/read-cache.ts';
import type { Clock } from './clock.ts';

/** What every service call gets: where to store, what time it is, who acts, and which request it serves. */
export interface ServiceContext {
  db: Database;
  clock: Clock;
  actor: Actor;
  requestId: string | null;
  /**
   * Told after a write that appended live events to a meeting's stream (`insertLiveEvent`) has committed, so the
   * server pushes them to the clients following it (apps/server/src/live/). Absent in the CLI.
   */
  live?: LiveNotifier;
  /**
   * The cache tags this request's writes touched (`noteWrite`), bumped again when its response leaves, after the
   * commit (apps/server/src/cache/). Absent outside HTTP requests.
   */
  written?: Set<CacheTag>;
}

/** Wakes the live stream of a meeting after a commit. */
export interface LiveNotifier {
  notify(meetingId: string): void;
}
