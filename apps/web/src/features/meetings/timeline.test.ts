import type { Meeting } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { buildTimeline, countdown, meetingStatus } from './timeline.ts';

let serial = 0;
function meeting(fields: Partial<Meeting> & Pick<Meeting, 'code' | 'type' | 'startsOn'>): Meeting {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    cycleId: '00000000-0000-4000-8000-000000000000',
    cycleCode: 'wtdc-17',
    title: { en: fields.code },
    endsOn: fields.startsOn,
    city: { en: 'Geneva' },
    countryIso3: 'CHE',
    timeZone: 'UTC',
    languages: ['en'],
    regionId: null,
    organizationCode: null,
    maxProxies: 1,
    deadlines: [],
    ...fields,
  };
}

describe('buildTimeline', () => {
  const conference = meeting({ code: 'wtdc-17', type: 'conference', startsOn: '2017-10-09', endsOn: '2017-10-20' });
  const tdag = meeting({ code: 'tdag-22', type: 'tdag', startsOn: '2017-05-09', endsOn: '2017-05-12' });
  const rpmEur = meeting({ code: 'rpm-eur', type: 'rpm', startsOn: '2017-04-27', regionId: 'europe' });
  const rdfEur = meeting({ code: 'rdf-eur', type: 'rdf', startsOn: '2017-04-26', regionId: 'europe' });
  const rpmCis = meeting({ code: 'rpm-cis', type: 'rpm', startsOn: '2016-11-09', regionId: 'cis' });
  const rdfCis = meeting({ code: 'rdf-cis', type: 'rdf', startsOn: '2016-11-08', regionId: 'cis' });

  it('orders each part by date and puts each forum with its region’s meeting', () => {
    const timeline = buildTimeline([conference, rdfEur, tdag, rpmEur, rdfCis, rpmCis]);
    expect(timeline.regional.map((entry) => [entry.meeting.code, entry.forum?.code])).toEqual([
      ['rpm-cis', 'rdf-cis'],
      ['rpm-eur', 'rdf-eur'],
    ]);
    expect(timeline.coordination.map((entry) => entry.meeting.code)).toEqual(['tdag-22']);
    expect(timeline.conference.map((entry) => entry.meeting.code)).toEqual(['wtdc-17']);
  });

  it('keeps a forum without a later meeting of its region among the regional meetings', () => {
    const lateForum = meeting({ code: 'rdf-late', type: 'rdf', startsOn: '2017-05-01', regionId: 'europe' });
    const timeline = buildTimeline([rpmEur, lateForum]);
    expect(timeline.regional.map((entry) => [entry.meeting.code, entry.forum])).toEqual([
      ['rpm-eur', null],
      ['rdf-late', null],
    ]);
  });
});

describe('meetingStatus', () => {
  const tdag = meeting({ code: 'tdag-22', type: 'tdag', startsOn: '2017-05-09', endsOn: '2017-05-12' });

  it('judges by the calendar date at the meeting’s place', () => {
    const inTokyo = { ...tdag, timeZone: 'Asia/Tokyo' };
    expect(meetingStatus(tdag, new Date('2017-05-08T20:00:00Z'))).toBe('upcoming');
    expect(meetingStatus(inTokyo, new Date('2017-05-08T20:00:00Z'))).toBe('ongoing');
    expect(meetingStatus(tdag, new Date('2017-05-13T00:00:00Z'))).toBe('held');
  });
});

describe('countdown', () => {
  it('counts whole days, then whole hours, then says closed', () => {
    expect(countdown({ closed: false, secondsRemaining: 24 * 86_400 + 3_600 })).toEqual({ unit: 'days', days: 24 });
    expect(countdown({ closed: false, secondsRemaining: 86_399 })).toEqual({ unit: 'hours', hours: 23 });
    expect(countdown({ closed: false, secondsRemaining: 59 })).toEqual({ unit: 'hours', hours: 0 });
    expect(countdown({ closed: true, secondsRemaining: 0 })).toEqual({ unit: 'closed' });
  });
});
