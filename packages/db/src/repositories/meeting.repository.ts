import { and, asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { cycles, meetings } from '../schema/index.ts';
import { isUuid } from './cycle.repository.ts';

export type MeetingRow = typeof meetings.$inferSelect & { cycleCode: string };
export type NewMeeting = typeof meetings.$inferInsert;

function withCycleCode(db: Executor) {
  return db
    .select({ meeting: meetings, cycleCode: cycles.code })
    .from(meetings)
    .innerJoin(cycles, eq(cycles.id, meetings.cycleId));
}

const flatten = (row: { meeting: typeof meetings.$inferSelect; cycleCode: string }): MeetingRow => ({
  ...row.meeting,
  cycleCode: row.cycleCode,
});

/** A meeting by id or code. */
export async function findMeeting(db: Executor, idOrCode: string): Promise<MeetingRow | undefined> {
  const [row] = await withCycleCode(db).where(
    isUuid(idOrCode) ? or(eq(meetings.id, idOrCode), eq(meetings.code, idOrCode)) : eq(meetings.code, idOrCode),
  );
  return row === undefined ? undefined : flatten(row);
}

/** Meetings by id. */
export async function findMeetingsByIds(db: Executor, ids: string[]): Promise<MeetingRow[]> {
  if (ids.length === 0) {
    return [];
  }
  return (await withCycleCode(db).where(inArray(meetings.id, ids))).map(flatten);
}

export interface MeetingFilter {
  cycleId?: string;
  type?: string;
  regionId?: string;
}

/** Meetings in date order (then code), filtered and paged. */
export async function listMeetingRows(
  db: Executor,
  filter: MeetingFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: MeetingRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.cycleId !== undefined) conditions.push(eq(meetings.cycleId, filter.cycleId));
  if (filter.type !== undefined) conditions.push(eq(meetings.type, filter.type));
  if (filter.regionId !== undefined) conditions.push(eq(meetings.regionId, filter.regionId));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    withCycleCode(db)
      .where(where)
      .orderBy(asc(meetings.startsOn), asc(meetings.endsOn), asc(meetings.code))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(meetings).where(where),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}

export async function insertMeeting(db: Executor, values: NewMeeting): Promise<typeof meetings.$inferSelect> {
  const [row] = await db.insert(meetings).values(values).returning();
  return row!;
}

export async function updateMeetingRow(
  db: Executor,
  id: string,
  values: Partial<NewMeeting>,
): Promise<typeof meetings.$inferSelect> {
  const [row] = await db.update(meetings).set(values).where(eq(meetings.id, id)).returning();
  return row!;
}

/** True when a meeting other than `exceptId` already has `code`. */
export async function meetingCodeTaken(db: Executor, code: string, exceptId?: string): Promise<boolean> {
  const rows = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.code, code));
  return rows.some((row) => row.id !== exceptId);
}
