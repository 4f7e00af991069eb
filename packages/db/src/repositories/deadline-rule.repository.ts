import { asc, eq } from 'drizzle-orm';
import type { DeadlineKind, DeadlineRule, MeetingType } from '@tansiq/domain';
import type { Executor } from '../connection.ts';
import { deadlineRules } from '../schema/index.ts';

/** All deadline rules, by meeting type then lead time. */
export async function listDeadlineRuleRows(db: Executor): Promise<DeadlineRule[]> {
  const rows = await db
    .select()
    .from(deadlineRules)
    .orderBy(asc(deadlineRules.meetingType), asc(deadlineRules.daysBefore));
  return rows.map((row) => ({
    meetingType: row.meetingType as MeetingType,
    kind: row.kind as DeadlineKind,
    daysBefore: row.daysBefore,
    timeOfDay: row.timeOfDay,
    timeZone: row.timeZone,
  }));
}

/** Replaces the rules of one meeting type. */
export async function replaceDeadlineRules(
  db: Executor,
  meetingType: MeetingType,
  rules: readonly DeadlineRule[],
): Promise<void> {
  await db.delete(deadlineRules).where(eq(deadlineRules.meetingType, meetingType));
  if (rules.length > 0) {
    await db.insert(deadlineRules).values([...rules]);
  }
}
