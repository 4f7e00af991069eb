import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { LIVE_CHANNEL } from '../live-listener.ts';
import { liveEvents } from '../schema/index.ts';

export type LiveEventRow = typeof liveEvents.$inferSelect;

/**
 * Appends an event to a meeting's stream, inside the write's transaction (as every service does). It first takes
 * the meeting's stream lock until the transaction ends, so that on PostgreSQL two writers' events commit in the
 * order of their ids: a client that has read event n never misses an event below n committed later. Then it
 * notifies `LIVE_CHANNEL` with the meeting's id: PostgreSQL delivers a notification on commit only (never for a
 * rolled-back write), once per transaction and meeting however many events it appends, to the listener of every
 * process (`live-listener.ts`), so each reads the new rows itself. The payload names the meeting, never data.
 */
export async function insertLiveEvent(
  db: Executor,
  event: { meetingId: string; type: string; payload: unknown },
): Promise<LiveEventRow> {
  const [row] = await insertLiveEvents(db, event.meetingId, [{ type: event.type, payload: event.payload }]);
  return row!;
}

/**
 * Appends several events to one meeting's stream, in the order given, as `insertLiveEvent` does one: the stream
 * lock and the notification once for them all, the rows in one statement (their ids in that order).
 */
export async function insertLiveEvents(
  db: Executor,
  meetingId: string,
  events: readonly { type: string; payload: unknown }[],
): Promise<LiveEventRow[]> {
  if (events.length === 0) {
    return [];
  }
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`live:${meetingId}`}, 0))`);
  const rows = await db
    .insert(liveEvents)
    .values(events.map((event) => ({ meetingId, type: event.type, payload: event.payload })))
    .returning();
  // After the insert: called outside a transaction, the notification must not go before the rows are there.
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${meetingId})`);
  return rows.sort((a, b) => a.id - b.id);
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
