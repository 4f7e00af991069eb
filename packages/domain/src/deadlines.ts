import { addDays, instantAt, isTimeOfDay, isTimeZone, type CalendarDate } from './calendar.ts';
import type { Issue } from './errors.ts';
import { isMeetingType, type MeetingType } from './meetings.ts';

/**
 * What a deadline closes:
 * - `contributions`: the last day for contributions on time (translated and published in full);
 * - `delayed-contributions`: the last day for delayed contributions (original language only); after it a
 *   contribution is late (held for the next meeting). Only meaningful beside a `contributions` deadline;
 * - `translations`: the day by which the contributions received on time are published in every language of the
 *   meeting (docs/translations.md). It closes nothing for submissions: `submissionTiming` ignores it. Only
 *   meaningful beside, and after, a `contributions` deadline.
 */
export const DEADLINE_KINDS = ['contributions', 'delayed-contributions', 'translations'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** The kinds of deadline a submission is timed against (`submissionTiming`); the others close something else. */
export const SUBMISSION_DEADLINE_KINDS = [
  'contributions',
  'delayed-contributions',
] as const satisfies readonly DeadlineKind[];

/** The translation deadline's default lead time, in calendar days before the opening (docs/translations.md, [U]). */
export const DEFAULT_TRANSLATION_DAYS_BEFORE = 7;

/** A rule, kept as configuration per meeting type: `daysBefore` calendar days before the opening day. */
export interface DeadlineRule {
  meetingType: MeetingType;
  kind: DeadlineKind;
  daysBefore: number;
  /** The wall-clock time at which the deadline's day ends, `HH:MM:SS`. */
  timeOfDay: string;
  /** The time zone of that wall clock (IANA name). */
  timeZone: string;
}

/** The longest lead time a rule may ask for: two years (the PP's eight months fit well within it). */
export const MAX_DAYS_BEFORE = 730;

/** The end of the day, the default moment a deadline closes. */
export const END_OF_DAY = '23:59:59';

/**
 * docs/domain.md §6 as default configuration: WTDC contributions 14 calendar days before the opening; ITU-D study
 * group and rapporteur group contributions 45 days before, delayed contributions up to 12 days before; and for
 * every type with a contributions deadline, translations published in every language 7 days before (docs/domain.md
 * §6 for the groups, [U] for the conference: docs/translations.md). Each deadline closes at the end of its day in
 * UTC.
 */
export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  { meetingType: 'conference', kind: 'contributions', daysBefore: 14, timeOfDay: END_OF_DAY, timeZone: 'UTC' },
  { meetingType: 'study-group', kind: 'contributions', daysBefore: 45, timeOfDay: END_OF_DAY, timeZone: 'UTC' },
  {
    meetingType: 'study-group',
    kind: 'delayed-contributions',
    daysBefore: 12,
    timeOfDay: END_OF_DAY,
    timeZone: 'UTC',
  },
  {
    meetingType: 'rapporteur-group',
    kind: 'contributions',
    daysBefore: 45,
    timeOfDay: END_OF_DAY,
    timeZone: 'UTC',
  },
  {
    meetingType: 'rapporteur-group',
    kind: 'delayed-contributions',
    daysBefore: 12,
    timeOfDay: END_OF_DAY,
    timeZone: 'UTC',
  },
  ...(['conference', 'study-group', 'rapporteur-group'] as const).map((meetingType) => ({
    meetingType,
    kind: 'translations' as const,
    daysBefore: DEFAULT_TRANSLATION_DAYS_BEFORE,
    timeOfDay: END_OF_DAY,
    timeZone: 'UTC',
  })),
];

/**
 * Checks one meeting type's set of rules: whole days from 0 to MAX_DAYS_BEFORE, a real time of day and time
 * zone, each kind at most once, and a delayed-contributions or translations deadline only after (fewer days
 * before the opening than) a contributions deadline, on its wall clock. Returns every breach, with the index of
 * the offending rule.
 */
export function deadlineRuleIssues(rules: readonly DeadlineRule[]): Issue[] {
  const issues: Issue[] = [];
  const kinds = new Map<string, number>();
  rules.forEach((rule, index) => {
    const add = (field: string, code: string, message: string) =>
      issues.push({ path: ['rules', index, field], code, message });
    if (!isMeetingType(rule.meetingType)) add('meetingType', 'unknown_meeting_type', `Unknown meeting type.`);
    if (!(DEADLINE_KINDS as readonly string[]).includes(rule.kind))
      add('kind', 'unknown_kind', 'Unknown deadline kind.');
    if (!Number.isInteger(rule.daysBefore) || rule.daysBefore < 0 || rule.daysBefore > MAX_DAYS_BEFORE) {
      add('daysBefore', 'out_of_range', `Days before the opening must be a whole number from 0 to ${MAX_DAYS_BEFORE}.`);
    }
    if (!isTimeOfDay(rule.timeOfDay)) add('timeOfDay', 'invalid_time', 'Not a time of day (HH:MM:SS).');
    if (!isTimeZone(rule.timeZone)) add('timeZone', 'unknown_time_zone', `Unknown time zone "${rule.timeZone}".`);
    const key = `${rule.meetingType}/${rule.kind}`;
    if (kinds.has(key)) add('kind', 'duplicate', `The meeting type already has a ${rule.kind} deadline.`);
    kinds.set(key, index);
  });
  rules.forEach((rule, index) => {
    if (rule.kind !== 'delayed-contributions' && rule.kind !== 'translations') {
      return;
    }
    const onTimeIndex = kinds.get(`${rule.meetingType}/contributions`);
    const onTime = onTimeIndex === undefined ? undefined : rules[onTimeIndex];
    if (onTime === undefined) {
      issues.push({
        path: ['rules', index, 'kind'],
        code: 'requires_contributions_deadline',
        message: `A ${rule.kind} deadline needs a contributions deadline before it.`,
      });
    } else if (rule.timeZone !== onTime.timeZone) {
      // Days alone order the two only on one wall clock.
      issues.push({
        path: ['rules', index, 'timeZone'],
        code: 'time_zone_mismatch',
        message: `The ${rule.kind} deadline must use the time zone of the contributions deadline.`,
      });
    } else if (rule.daysBefore >= onTime.daysBefore) {
      issues.push({
        path: ['rules', index, 'daysBefore'],
        code: 'not_after_contributions_deadline',
        message: `The ${rule.kind} deadline must fall after the contributions deadline (fewer days before).`,
      });
    }
  });
  return issues;
}

/** A deadline of one meeting, computed from a rule. */
export interface Deadline {
  kind: DeadlineKind;
  daysBefore: number;
  /** The calendar day of the deadline. */
  date: CalendarDate;
  /** The instant it closes. */
  closesAt: Date;
  timeZone: string;
}

/** The deadlines of a meeting opening on `startsOn`, from the rules for its type, earliest first. */
export function computeDeadlines(
  meeting: { type: MeetingType; startsOn: CalendarDate },
  rules: readonly DeadlineRule[],
): Deadline[] {
  return rules
    .filter((rule) => rule.meetingType === meeting.type)
    .map((rule) => {
      const date = addDays(meeting.startsOn, -rule.daysBefore);
      return {
        kind: rule.kind,
        daysBefore: rule.daysBefore,
        date,
        closesAt: instantAt(date, rule.timeOfDay, rule.timeZone),
        timeZone: rule.timeZone,
      };
    })
    .sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
}

/** Where a submission stands against a meeting's deadlines. */
export const SUBMISSION_TIMINGS = ['on-time', 'delayed', 'late'] as const;
export type SubmissionTiming = (typeof SUBMISSION_TIMINGS)[number];

/** True when `instant` falls at or before `deadline`'s closing second (23:59:59.999 is still 23:59:59). */
function byDeadline(instant: Date, deadline: Deadline): boolean {
  return Math.floor(instant.getTime() / 1000) <= Math.floor(deadline.closesAt.getTime() / 1000);
}

/**
 * On time up to the contributions deadline (inclusive, to its last second); delayed up to the delayed-contributions deadline where
 * there is one; late after. A meeting with no contributions deadline takes everything on time. Deadlines of other
 * kinds (translations) play no part.
 */
export function submissionTiming(submittedAt: Date, deadlines: readonly Deadline[]): SubmissionTiming {
  const onTime = deadlines.find((deadline) => deadline.kind === 'contributions');
  if (onTime === undefined || byDeadline(submittedAt, onTime)) {
    return 'on-time';
  }
  const delayed = deadlines.find((deadline) => deadline.kind === 'delayed-contributions');
  if (delayed !== undefined && byDeadline(submittedAt, delayed)) {
    return 'delayed';
  }
  return 'late';
}

/**
 * The last deadline a submission can meet: the delayed-contributions deadline where there is one, else the
 * contributions deadline; null when the meeting has neither. Not simply the last deadline: a translations
 * deadline may close after both.
 */
export function lastSubmissionDeadline<D extends { kind: DeadlineKind }>(deadlines: readonly D[]): D | null {
  return (
    deadlines.find((deadline) => deadline.kind === 'delayed-contributions') ??
    deadlines.find((deadline) => deadline.kind === 'contributions') ??
    null
  );
}

/** Seconds left before a deadline closes at `now` (0 once it has closed). */
export function secondsRemaining(deadline: Deadline, now: Date): number {
  return Math.max(0, Math.floor((deadline.closesAt.getTime() - now.getTime()) / 1000));
}

/** What happens to a contribution received after its last deadline: refused, or accepted and flagged late. */
export type LatePolicy = 'refuse' | 'flag';

/**
 * Defaults per meeting type (configuration): a study or rapporteur group holds late contributions for its next
 * meeting (docs/domain.md §6), so they are refused here; elsewhere they are accepted and flagged for the chair.
 */
export const DEFAULT_LATE_POLICIES: Readonly<Record<MeetingType, LatePolicy>> = {
  conference: 'flag',
  rpm: 'flag',
  rdf: 'flag',
  'regional-group': 'flag',
  'inter-regional': 'flag',
  tdag: 'flag',
  'study-group': 'refuse',
  'rapporteur-group': 'refuse',
};
