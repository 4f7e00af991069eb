import type { Meeting } from '@tansiq/api';
import { calendarDateIn } from '../../lib/format.ts';

/** One place on the timeline: a meeting, and for a regional preparatory meeting the forum held just before it. */
export interface TimelineEntry {
  meeting: Meeting;
  forum: Meeting | null;
}

/** A cycle's meetings in three parts, each in the order the meetings are held. */
export interface Timeline {
  regional: TimelineEntry[];
  coordination: TimelineEntry[];
  conference: TimelineEntry[];
}

function byDate(a: Meeting, b: Meeting): number {
  return a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn) || a.code.localeCompare(b.code);
}

/**
 * Arranges a cycle's meetings: each regional development forum goes with the next preparatory meeting of its
 * region (a forum with none stays on its own among the regional meetings); conferences apart; the rest
 * (inter-regional, TDAG, regional groups' own meetings) between them.
 */
export function buildTimeline(meetings: readonly Meeting[]): Timeline {
  const sorted = [...meetings].sort(byDate);
  const rpms = sorted.filter((meeting) => meeting.type === 'rpm');
  const forumOf = new Map<string, Meeting>();
  const unmatchedForums: Meeting[] = [];
  for (const forum of sorted.filter((meeting) => meeting.type === 'rdf')) {
    const rpm = rpms.find(
      (candidate) =>
        candidate.regionId === forum.regionId && candidate.startsOn >= forum.startsOn && !forumOf.has(candidate.id),
    );
    if (rpm) {
      forumOf.set(rpm.id, forum);
    } else {
      unmatchedForums.push(forum);
    }
  }
  const entry = (meeting: Meeting): TimelineEntry => ({ meeting, forum: forumOf.get(meeting.id) ?? null });
  return {
    regional: sorted.filter((m) => m.type === 'rpm' || unmatchedForums.includes(m)).map(entry),
    coordination: sorted.filter((m) => !['rpm', 'rdf', 'conference'].includes(m.type)).map(entry),
    conference: sorted.filter((m) => m.type === 'conference').map(entry),
  };
}

/** Where a meeting stands on a given day: before, during or after its dates. */
export type MeetingStatus = 'upcoming' | 'ongoing' | 'held';

/** A meeting's status at an instant, judged by the calendar date at the meeting's place. */
export function meetingStatus(meeting: Meeting, now: Date): MeetingStatus {
  const today = calendarDateIn(now, meeting.timeZone);
  if (today < meeting.startsOn) {
    return 'upcoming';
  }
  return today > meeting.endsOn ? 'held' : 'ongoing';
}

/** A countdown to a deadline, in whole days when a day or more is left, otherwise in whole hours. */
export type Countdown = { unit: 'days'; days: number } | { unit: 'hours'; hours: number } | { unit: 'closed' };

/** The countdown for a deadline from the seconds the server says remain. */
export function countdown(deadline: { closed: boolean; secondsRemaining: number }): Countdown {
  if (deadline.closed || deadline.secondsRemaining <= 0) {
    return { unit: 'closed' };
  }
  const days = Math.floor(deadline.secondsRemaining / 86_400);
  return days >= 1 ? { unit: 'days', days } : { unit: 'hours', hours: Math.floor(deadline.secondsRemaining / 3_600) };
}
