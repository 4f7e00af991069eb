import type { Meeting } from '@tansiq/api';
import type { MeetingRow, schema } from '@tansiq/db';
import { computeDeadlines, secondsRemaining, type DeadlineRule, type MeetingType } from '@tansiq/domain';

type StoredMeeting = typeof schema.meetings.$inferSelect;

/** A meeting with its deadlines computed from the rules, counted down from `now`. */
export function presentMeeting(row: MeetingRow, rules: readonly DeadlineRule[], now: Date): Meeting {
  const deadlines = computeDeadlines({ type: row.type as MeetingType, startsOn: row.startsOn }, rules);
  return {
    ...presentMeetingSummary(row),
    cycleId: row.cycleId,
    cycleCode: row.cycleCode,
    timeZone: row.timeZone,
    languages: row.languages as Meeting['languages'],
    regionId: row.regionId as Meeting['regionId'],
    organizationCode: row.organizationCode as Meeting['organizationCode'],
    maxProxies: row.maxProxies,
    deadlines: deadlines.map((deadline) => {
      const remaining = secondsRemaining(deadline, now);
      return {
        kind: deadline.kind,
        daysBefore: deadline.daysBefore,
        date: deadline.date,
        closesAt: deadline.closesAt.toISOString(),
        timeZone: deadline.timeZone,
        // Open up to its closing instant inclusive, as submissionTiming counts it, even in its last second.
        closed: now.getTime() > deadline.closesAt.getTime(),
        secondsRemaining: remaining,
      };
    }),
  };
}

export function presentMeetingSummary(row: StoredMeeting) {
  return {
    id: row.id,
    code: row.code,
    type: row.type as Meeting['type'],
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    city: row.city,
    countryIso3: row.countryIso3,
  };
}
