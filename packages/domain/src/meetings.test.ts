import { describe, it, expect } from 'vitest';
import { CODE_MAX_LENGTH, MEETING_TYPES, isCode, isMeetingType, meetingIssues, type MeetingFacts } from './meetings.ts';

const WTDC_17: MeetingFacts = {
  type: 'conference',
  startsOn: '2017-10-09',
  endsOn: '2017-10-20',
  timeZone: 'America/Argentina/Buenos_Aires',
  languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
  regionId: null,
  organizationCode: null,
};

const RPM_ARB: MeetingFacts = {
  type: 'rpm',
  startsOn: '2017-01-30',
  endsOn: '2017-02-01',
  timeZone: 'Africa/Khartoum',
  languages: ['ar', 'en', 'fr'],
  regionId: 'arab-states',
  organizationCode: null,
};

const ARAB_GROUP: MeetingFacts = {
  type: 'regional-group',
  startsOn: '2017-08-20',
  endsOn: '2017-08-23',
  timeZone: 'Africa/Algiers',
  languages: ['ar'],
  regionId: 'arab-states',
  organizationCode: 'ARAB',
};

/** The issues without their messages, for comparison. */
function issuesOf(meeting: MeetingFacts) {
  return meetingIssues(meeting).map(({ path, code }) => ({ path, code }));
}

describe('meetingIssues', () => {
  it.each([
    ['a conference (WTDC-17)', WTDC_17],
    ['a regional preparatory meeting (RPM-ARB)', RPM_ARB],
    ['a one-day meeting', { ...WTDC_17, type: 'inter-regional', startsOn: '2017-05-08', endsOn: '2017-05-08' }],
    ['a regional development forum', { ...RPM_ARB, type: 'rdf', startsOn: '2017-01-29', endsOn: '2017-01-29' }],
    ['a regional group with its region', ARAB_GROUP],
    ['a regional group without a region', { ...ARAB_GROUP, regionId: null }],
    ['a study group in UTC', { ...WTDC_17, type: 'study-group', timeZone: 'UTC', languages: ['en'] }],
  ])('finds nothing wrong with %s', (_case, meeting: MeetingFacts) => {
    expect(meetingIssues(meeting)).toEqual([]);
  });

  it('reports an end before the start on endsOn', () => {
    expect(issuesOf({ ...WTDC_17, endsOn: '2017-10-08' })).toEqual([{ path: ['endsOn'], code: 'ends_before_start' }]);
  });

  it('compares the dates across a year end', () => {
    expect(issuesOf({ ...WTDC_17, startsOn: '2017-12-30', endsOn: '2018-01-02' })).toEqual([]);
    expect(issuesOf({ ...WTDC_17, startsOn: '2018-01-02', endsOn: '2017-12-30' })).toEqual([
      { path: ['endsOn'], code: 'ends_before_start' },
    ]);
  });

  it('reports dates that are not calendar dates, without comparing them', () => {
    expect(issuesOf({ ...WTDC_17, startsOn: '2017-02-29', endsOn: '2017-13-01' })).toEqual([
      { path: ['startsOn'], code: 'invalid_date' },
      { path: ['endsOn'], code: 'invalid_date' },
    ]);
  });

  it.each(['rpm', 'rdf'])('requires a region for a meeting of type %s', (type) => {
    expect(issuesOf({ ...RPM_ARB, type, regionId: null })).toEqual([{ path: ['regionId'], code: 'required' }]);
  });

  it.each(['conference', 'inter-regional', 'tdag', 'study-group', 'rapporteur-group'])(
    'refuses a region for a meeting of type %s',
    (type) => {
      expect(issuesOf({ ...WTDC_17, type, regionId: 'americas' })).toEqual([
        { path: ['regionId'], code: 'not_allowed' },
      ]);
    },
  );

  it('requires an organization for a regional group', () => {
    expect(issuesOf({ ...ARAB_GROUP, organizationCode: null })).toEqual([
      { path: ['organizationCode'], code: 'required' },
    ]);
  });

  it.each(['conference', 'rpm'])('refuses an organization for a meeting of type %s', (type) => {
    expect(
      issuesOf({ ...RPM_ARB, type, regionId: type === 'rpm' ? 'arab-states' : null, organizationCode: 'ARAB' }),
    ).toEqual([{ path: ['organizationCode'], code: 'not_allowed' }]);
  });

  it.each(['Europe/Geneva', '', 'Mars/Olympus_Mons'])('reports the unknown time zone %j', (timeZone) => {
    expect(issuesOf({ ...WTDC_17, timeZone })).toEqual([{ path: ['timeZone'], code: 'unknown_time_zone' }]);
  });

  it('requires at least one language', () => {
    expect(issuesOf({ ...WTDC_17, languages: [] })).toEqual([{ path: ['languages'], code: 'required' }]);
  });

  it('reports a language listed twice', () => {
    expect(issuesOf({ ...WTDC_17, languages: ['en', 'fr', 'en'] })).toEqual([
      { path: ['languages'], code: 'duplicate' },
    ]);
  });

  it('reports each language that is not one of the six', () => {
    const languages = ['en', 'de', 'pt'] as MeetingFacts['languages'];
    const issues = meetingIssues({ ...WTDC_17, languages });
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['languages'], code: 'unknown_language' },
      { path: ['languages'], code: 'unknown_language' },
    ]);
    expect(issues[0]?.message).toContain('"de"');
    expect(issues[1]?.message).toContain('"pt"');
  });

  it('reports unknown types, regions and organizations', () => {
    expect(issuesOf({ ...WTDC_17, type: 'summit' })).toContainEqual({
      path: ['type'],
      code: 'unknown_meeting_type',
    });
    expect(issuesOf({ ...RPM_ARB, regionId: 'antarctica' })).toEqual([{ path: ['regionId'], code: 'unknown_region' }]);
    expect(issuesOf({ ...ARAB_GROUP, organizationCode: 'OAS' })).toEqual([
      { path: ['organizationCode'], code: 'unknown_organization' },
    ]);
  });

  it('lists every breach at once', () => {
    const languages = ['en', 'en', 'xx'] as MeetingFacts['languages'];
    expect(
      issuesOf({
        ...WTDC_17,
        type: 'rpm',
        endsOn: '2017-10-01',
        timeZone: 'Nowhere',
        languages,
        regionId: null,
        organizationCode: 'ATU',
      }),
    ).toEqual([
      { path: ['endsOn'], code: 'ends_before_start' },
      { path: ['timeZone'], code: 'unknown_time_zone' },
      { path: ['languages'], code: 'duplicate' },
      { path: ['languages'], code: 'unknown_language' },
      { path: ['regionId'], code: 'required' },
      { path: ['organizationCode'], code: 'not_allowed' },
    ]);
  });
});

describe('isMeetingType', () => {
  it('knows the eight meeting types and nothing else', () => {
    expect(MEETING_TYPES.every(isMeetingType)).toBe(true);
    expect(MEETING_TYPES).toHaveLength(8);
    expect(isMeetingType('summit')).toBe(false);
    expect(isMeetingType('RPM')).toBe(false);
  });
});

describe('isCode', () => {
  it.each(['wtdc-17', 'rpm-arb-2017', 'tdag22', 'a', '2017', 'a'.repeat(CODE_MAX_LENGTH)])('accepts %j', (code) => {
    expect(isCode(code)).toBe(true);
  });

  it.each([
    '',
    'WTDC-17',
    'rpm--arb',
    '-rpm',
    'rpm-',
    'rpm_arb',
    'rpm arb',
    'rpm.arb',
    'réunion',
    'a'.repeat(CODE_MAX_LENGTH + 1),
  ])('rejects %j', (code) => {
    expect(isCode(code)).toBe(false);
  });
});
