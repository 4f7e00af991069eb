import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { cycles, meetings, participations } from '../schema/index.ts';

export interface ParticipationRow {
  cycle: Pick<typeof cycles.$inferSelect, 'id' | 'code' | 'name' | 'year' | 'city'>;
  meeting: typeof meetings.$inferSelect | null;
}

/** A Member State's participation, oldest first. */
export async function listParticipationOfState(db: Executor, iso3: string): Promise<ParticipationRow[]> {
  const rows = await db
    .select({
      cycle: { id: cycles.id, code: cycles.code, name: cycles.name, year: cycles.year, city: cycles.city },
      meeting: meetings,
    })
    .from(participations)
    .innerJoin(cycles, eq(cycles.id, participations.cycleId))
    .leftJoin(meetings, eq(meetings.id, participations.meetingId))
    .where(eq(participations.memberStateIso3, iso3))
    .orderBy(asc(cycles.year), asc(meetings.startsOn));
  return rows;
}

/** Records a participation; a repeat is ignored. */
export async function insertParticipation(db: Executor, values: typeof participations.$inferInsert): Promise<boolean> {
  const rows = await db.insert(participations).values(values).onConflictDoNothing().returning();
  return rows.length > 0;
}
