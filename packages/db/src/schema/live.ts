import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { meetings } from './meetings.ts';

/* A meeting's live events. */

/**
 * The live stream of a meeting (votes opened, ballots received so far, closed with the result; decisions), kept so
 * that a client that reconnects with `Last-Event-ID` misses nothing. A ballot event carries a count, never a state.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('live_events_meeting_idx').on(t.meetingId, t.id)],
);
