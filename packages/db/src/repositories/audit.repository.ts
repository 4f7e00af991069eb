import { and, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { CACHE_CHANNEL } from '../live-listener.ts';
import { auditEvents, users } from '../schema/index.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

/** Appends one audit row (call inside the write's transaction). */
export async function appendAuditEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

/** Appends several audit rows in one statement, in the order given (call inside the write's transaction). */
export async function appendAuditEvents(db: Executor, events: readonly NewAuditEvent[]): Promise<void> {
  if (events.length > 0) {
    await db.insert(auditEvents).values([...events]);
  }
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

/** Audit rows, newest first, with the acting user's name where the actor is a user. */
export async function listAuditEvents(
  db: Executor,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: (AuditEventRow & { actorName: string | null })[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.entityType !== undefined) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId !== undefined) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.actorId !== undefined) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action !== undefined) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.from !== undefined) conditions.push(gte(auditEvents.occurredAt, filter.from));
  if (filter.to !== undefined) conditions.push(lt(auditEvents.occurredAt, filter.to));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({ event: auditEvents, userName: users.name })
      .from(auditEvents)
      .leftJoin(users, and(eq(auditEvents.actorKind, 'user'), eq(sql`${users.id}::text`, auditEvents.actorId)))
      .where(where)
      .orderBy(desc(auditEvents.sequence))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return {
    rows: rows.map(({ event, userName }) => ({
      ...event,
      actorName: event.actorKind === 'system' ? event.actorId : userName,
    })),
    total: total?.n ?? 0,
  };
}

/**
 * Tells every process on the database, at the commit of the write's transaction (never for a rolled-back one),
 * that it touched the cache tag `tag`: the listener of each (`live-listener.ts`) drops the answers that depend on
 * it. The payload is the tag, never data.
 */
export async function notifyCacheTag(db: Executor, tag: string): Promise<void> {
  await db.execute(sql`select pg_notify(${CACHE_CHANNEL}, ${tag})`);
}
