import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { liveEvents } from '../schema/index.ts';

export type LiveEventRow = typeof liveEvents.$inferSelect;

/**
 * Appends an event to a meeting's live stream (inside the write's transaction). It first takes the meeting's
 * stream lock until the transaction ends, so that on PostgreSQL two writers' events commit in the order of their
 * ids: a client that has read event n never misses an event below n committed later.
 */
export async function insertLiveEvent(
  db: Executor,
  event: { meetingId: string; type: string; payload: unknown },
): Promise<LiveEventRow> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`live:${event.meetingId}`}, 0))`);
  const [row] = await db.insert(liveEvents).values(event).returning();
  return row!;
}

/** A meeting's events after `afterId`, oldest first, at most `limit`. */
export function listLiveEventsAfter(
  db: Executor,
  meetingId: string,
  afterId: number,
  limit = 1000,
): Promise<LiveEventRow[]> {
  return db
    .select()
    .from(liveEvents)
    .where(and(eq(liveEvents.meetingId, meetingId), gt(liveEvents.id, afterId)))
    .orderBy(asc(liveEvents.id))
    .limit(limit);
}
