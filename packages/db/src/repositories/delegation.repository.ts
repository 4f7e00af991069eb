import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { delegationMembers, delegations, meetings, proxies } from '../schema/index.ts';

export type DelegationRow = typeof delegations.$inferSelect;
export type DelegationMemberRow = typeof delegationMembers.$inferSelect;
export type NewDelegationMember = Omit<typeof delegationMembers.$inferInsert, 'delegationId' | 'id'>;
export type ProxyRow = typeof proxies.$inferSelect;

/**
 * Locks a meeting's row until the transaction ends, so that the presence and proxy writes of one meeting are
 * decided one after the other (on PostgreSQL; PGlite has one connection anyway).
 */
export async function lockMeetingPresence(db: Executor, meetingId: string): Promise<void> {
  await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId)).for('update');
}

/** A meeting's delegations, in no particular order (names sort in JavaScript). */
export function listDelegationRows(db: Executor, meetingId: string): Promise<DelegationRow[]> {
  return db.select().from(delegations).where(eq(delegations.meetingId, meetingId));
}

export async function findDelegation(
  db: Executor,
  meetingId: string,
  iso3: string,
): Promise<DelegationRow | undefined> {
  const [row] = await db
    .select()
    .from(delegations)
    .where(and(eq(delegations.meetingId, meetingId), eq(delegations.memberStateIso3, iso3)));
  return row;
}

export async function insertDelegation(db: Executor, meetingId: string, iso3: string): Promise<DelegationRow> {
  const [row] = await db.insert(delegations).values({ meetingId, memberStateIso3: iso3 }).returning();
  return row!;
}

/** Sets (or clears, with nulls) a delegation's check-in. */
export async function setCheckIn(
  db: Executor,
  id: string,
  values: { checkedInAt: Date | null; checkedInBy: string | null; updatedAt: Date },
): Promise<DelegationRow> {
  const [row] = await db.update(delegations).set(values).where(eq(delegations.id, id)).returning();
  return row!;
}

export async function touchDelegation(db: Executor, id: string, at: Date): Promise<void> {
  await db.update(delegations).set({ updatedAt: at }).where(eq(delegations.id, id));
}

/** The members of some delegations, in their order. */
export function listDelegationMembers(db: Executor, delegationIds: string[]): Promise<DelegationMemberRow[]> {
  if (delegationIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select()
    .from(delegationMembers)
    .where(inArray(delegationMembers.delegationId, delegationIds))
    .orderBy(asc(delegationMembers.delegationId), asc(delegationMembers.position));
}

/** Replaces a delegation's members with `members`, in their order. */
export async function replaceDelegationMembers(
  db: Executor,
  delegationId: string,
  members: NewDelegationMember[],
): Promise<DelegationMemberRow[]> {
  await db.delete(delegationMembers).where(eq(delegationMembers.delegationId, delegationId));
  if (members.length === 0) {
    return [];
  }
  return db
    .insert(delegationMembers)
    .values(members.map((member) => ({ ...member, delegationId })))
    .returning();
}

/** The proxies in force at a meeting (not withdrawn), oldest first. */
export function listProxiesInForce(db: Executor, meetingId: string): Promise<ProxyRow[]> {
  return db
    .select()
    .from(proxies)
    .where(and(eq(proxies.meetingId, meetingId), isNull(proxies.withdrawnAt)))
    .orderBy(asc(proxies.givenAt), asc(proxies.id));
}

export async function insertProxy(db: Executor, values: typeof proxies.$inferInsert): Promise<ProxyRow> {
  const [row] = await db.insert(proxies).values(values).returning();
  return row!;
}

/** Withdraws the proxy `giver` has in force at a meeting; undefined when it has none. */
export async function withdrawProxyRow(
  db: Executor,
  meetingId: string,
  giver: string,
  values: { withdrawnAt: Date; withdrawnBy: string },
): Promise<ProxyRow | undefined> {
  const [row] = await db
    .update(proxies)
    .set(values)
    .where(and(eq(proxies.meetingId, meetingId), eq(proxies.giverIso3, giver), isNull(proxies.withdrawnAt)))
    .returning();
  return row;
}
