import { isCalendarDate, isTimeZone, type CalendarDate } from './calendar.ts';
import type { Issue } from './errors.ts';
import { isLanguage } from './languages.ts';
import { isOrganizationCode, isRegionId } from './registry.ts';

/** The kinds of meeting in a conference cycle. */
export const MEETING_TYPES = [
  'conference',
  'rpm',
  'rdf',
  'regional-group',
  'inter-regional',
  'tdag',
  'study-group',
  'rapporteur-group',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export function isMeetingType(value: string): value is MeetingType {
  return (MEETING_TYPES as readonly string[]).includes(value);
}

/** Readable codes of cycles and meetings: lower-case letters, digits and single hyphens (`rpm-arb-2017`). */
export const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CODE_MAX_LENGTH = 64;

export function isCode(value: string): boolean {
  return value.length <= CODE_MAX_LENGTH && CODE_PATTERN.test(value);
}

/** The fields of a meeting on which the cross-field rules below depend. */
export interface MeetingFacts {
  type: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  timeZone: string;
  languages: readonly string[];
  regionId: string | null;
  organizationCode: string | null;
}

/** Types whose meetings belong to one ITU-D region. */
const REGIONAL_TYPES: readonly string[] = ['rpm', 'rdf'] satisfies MeetingType[];

/**
 * The rules a meeting must satisfy beyond the shape of each field: dates in order, a region for a regional
 * preparatory meeting or forum and none elsewhere but a regional group's, an organization only for a regional
 * group, a known time zone, official languages without repeats. Returns every breach.
 */
export function meetingIssues(meeting: MeetingFacts): Issue[] {
  const issues: Issue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ path: [field], code, message });
  if (!isMeetingType(meeting.type)) add('type', 'unknown_meeting_type', `Unknown meeting type "${meeting.type}".`);
  if (meeting.regionId !== null && !isRegionId(meeting.regionId)) {
    add('regionId', 'unknown_region', `Unknown region "${meeting.regionId}".`);
  }
  if (meeting.organizationCode !== null && !isOrganizationCode(meeting.organizationCode)) {
    add('organizationCode', 'unknown_organization', `Unknown organization "${meeting.organizationCode}".`);
  }
  if (!isCalendarDate(meeting.startsOn)) add('startsOn', 'invalid_date', 'Not a calendar date (YYYY-MM-DD).');
  if (!isCalendarDate(meeting.endsOn)) add('endsOn', 'invalid_date', 'Not a calendar date (YYYY-MM-DD).');
  if (isCalendarDate(meeting.startsOn) && isCalendarDate(meeting.endsOn) && meeting.endsOn < meeting.startsOn) {
    add('endsOn', 'ends_before_start', 'The end date is before the start date.');
  }
  if (!isTimeZone(meeting.timeZone)) add('timeZone', 'unknown_time_zone', `Unknown time zone "${meeting.timeZone}".`);
  if (meeting.languages.length === 0) add('languages', 'required', 'At least one language is needed.');
  if (new Set(meeting.languages).size !== meeting.languages.length) {
    add('languages', 'duplicate', 'A language is listed twice.');
  }
  for (const language of meeting.languages) {
    if (!isLanguage(language)) {
      add('languages', 'unknown_language', `"${language}" is not one of the six official languages.`);
    }
  }
  if (REGIONAL_TYPES.includes(meeting.type) && meeting.regionId === null) {
    add('regionId', 'required', `A meeting of type ${meeting.type} belongs to a region.`);
  }
  if (!REGIONAL_TYPES.includes(meeting.type) && meeting.type !== 'regional-group' && meeting.regionId !== null) {
    add('regionId', 'not_allowed', `A meeting of type ${meeting.type} has no region.`);
  }
  if (meeting.type === 'regional-group' && meeting.organizationCode === null) {
    add('organizationCode', 'required', 'A regional group meeting names its organization.');
  }
  if (meeting.type !== 'regional-group' && meeting.organizationCode !== null) {
    add('organizationCode', 'not_allowed', `A meeting of type ${meeting.type} has no organization.`);
  }
  return issues;
}
