import type { Database } from '@tansiq/db';
import type { Actor } from './actor.ts';
import type { Clock } from './clock.ts';

/** What every service call gets: where to store, what time it is, who acts, and which request it serves. */
export interface ServiceContext {
  db: Database;
  clock: Clock;
  actor: Actor;
  requestId: string | null;
}
