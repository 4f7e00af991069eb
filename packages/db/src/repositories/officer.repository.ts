import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { meetings, nominations, officerSettings } from '../schema/index.ts';

export type OfficerSettingsRow = typeof officerSettings.$inferSelect;
export type NominationRow = typeof nominations.$inferSelect;
export type NewNomination = Omit<
  typeof nominations.$inferInsert,
  'id' | 'status' | 'appointedBy' | 'voteId' | 'updatedAt'
>;
export type NominationStatus = 'standing' | 'withdrawn' | 'appointed';

/** A meeting's stored officer settings (groups and rules as stored, unchecked), or undefined: the defaults apply. */
export async function findOfficerSettings(db: Executor, meetingId: string): Promise<OfficerSettingsRow | undefined> {
  const [row] = await db.select().from(officerSettings).where(eq(officerSettings.meetingId, meetingId));
  return row;
}

/** Stores a meeting's officer settings, replacing those stored. */
export async function putOfficerSettingsRow(
  db: Executor,
  values: { meetingId: string; groups: unknown; rules: unknown; updatedAt: Date },
): Promise<OfficerSettingsRow> {
  const [row] = await db
    .insert(officerSettings)
    .values(values)
    .onConflictDoUpdate({
      target: officerSettings.meetingId,
      set: { groups: values.groups, rules: values.rules, updatedAt: values.updatedAt },
    })
    .returning();
  return row!;
}

/**
 * Locks a meeting's row until the transaction ends, so that the nominations and appointments of one meeting are
 * decided one after the other (on PostgreSQL; PGlite has one connection anyway).
 */
export async function lockMeetingOfficers(db: Executor, meetingId: string): Promise<void> {
  await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId)).for('update');
}

/** A meeting's nominations, oldest first, narrowed by group, post and status when given. */
export function listNominationRows(
  db: Executor,
  meetingId: string,
  filter: { group?: string; post?: string; status?: NominationStatus | readonly NominationStatus[] } = {},
): Promise<NominationRow[]> {
  const conditions: SQL[] = [eq(nominations.meetingId, meetingId)];
  if (filter.group !== undefined) {
    conditions.push(eq(nominations.groupCode, filter.group));
  }
  if (filter.post !== undefined) {
    conditions.push(eq(nominations.post, filter.post));
  }
  if (typeof filter.status === 'string') {
    conditions.push(eq(nominations.status, filter.status));
  } else if (filter.status !== undefined) {
    conditions.push(inArray(nominations.status, [...filter.status]));
  }
  return db
    .select()
    .from(nominations)
    .where(and(...conditions))
    .orderBy(asc(nominations.createdAt), asc(nominations.id));
}

/**
 * The standing nominations (neither withdrawn nor appointed) for one post of one group at a meeting, oldest first:
 * the candidates of an election to that post.
 */
export function listStandingNominations(
  db: Executor,
  meetingId: string,
  group: string,
  post: string,
): Promise<NominationRow[]> {
  return listNominationRows(db, meetingId, { group, post, status: 'standing' });
}

export async function findNomination(db: Executor, id: string): Promise<NominationRow | undefined> {
  const [row] = await db.select().from(nominations).where(eq(nominations.id, id));
  return row;
}

export async function insertNomination(db: Executor, values: NewNomination): Promise<NominationRow> {
  const [row] = await db
    .insert(nominations)
    .values({ ...values, updatedAt: values.createdAt })
    .returning();
  return row!;
}

/** Withdraws a standing nomination; undefined when it is not standing (withdrawn or appointed already). */
export async function withdrawNominationRow(db: Executor, id: string, at: Date): Promise<NominationRow | undefined> {
  const [row] = await db
    .update(nominations)
    .set({ status: 'withdrawn', updatedAt: at })
    .where(and(eq(nominations.id, id), eq(nominations.status, 'standing')))
    .returning();
  return row;
}

/**
 * Marks standing nominations appointed: by consensus (no vote) or elected by `voteId`. Only standing ones change;
 * answers the rows changed, so a caller that needs all of `ids` compares the count. The caller checks seats and
 * rules first (the officers service, or the votes service after an election).
 */
export async function appointNominations(
  db: Executor,
  ids: string[],
  by: { appointedBy: 'consensus' | 'election'; voteId: string | null; at: Date },
): Promise<NominationRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .update(nominations)
    .set({ status: 'appointed', appointedBy: by.appointedBy, voteId: by.voteId, updatedAt: by.at })
    .where(and(inArray(nominations.id, ids), eq(nominations.status, 'standing')))
    .returning();
}
