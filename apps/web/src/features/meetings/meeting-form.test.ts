import type { Meeting } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import {
  blankMeetingValues,
  createMeetingBody,
  meetingValues,
  timeZoneSuggestions,
  updateMeetingBody,
} from './meeting-form.ts';

const RPM_ARB: Meeting = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'rpm-arb-2017',
  cycleId: '00000000-0000-4000-8000-000000000000',
  cycleCode: 'wtdc-17',
  type: 'rpm',
  title: {
    en: 'Regional Preparatory Meeting for WTDC-17: Arab States',
    fr: 'Réunion préparatoire régionale pour la CMDT-17 : États arabes',
    ar: 'الاجتماع التحضيري الإقليمي',
    es: 'Reunión Preparatoria Regional',
  },
  startsOn: '2017-01-30',
  endsOn: '2017-02-01',
  city: { en: 'Khartoum', fr: 'Khartoum', ar: 'الخرطوم' },
  countryIso3: 'SDN',
  timeZone: 'Africa/Khartoum',
  languages: ['ar', 'en', 'fr'],
  regionId: 'arab-states',
  organizationCode: null,
  maxProxies: 1,
  deadlines: [],
};

describe('updateMeetingBody', () => {
  it('is empty when nothing changed', () => {
    expect(updateMeetingBody(RPM_ARB, meetingValues(RPM_ARB))).toEqual({});
  });

  it('sends only the changed fields, a title whole with the languages the form does not edit', () => {
    const values = { ...meetingValues(RPM_ARB), 'title.en': '  Arab States RPM  ', endsOn: '2017-02-02' };
    expect(updateMeetingBody(RPM_ARB, values)).toEqual({
      title: { ...RPM_ARB.title, en: 'Arab States RPM' },
      endsOn: '2017-02-02',
    });
  });

  // Issue 15: the editor asks for every one of the six languages, so a Spanish title is edited, not only kept.
  it('fills and sends the title and city in each of the six languages', () => {
    const values = meetingValues(RPM_ARB);
    expect(values['title.es']).toBe('Reunión Preparatoria Regional');
    expect(values['title.zh']).toBe('');
    const changed = {
      ...values,
      'title.zh': ' WTDC-17区域性筹备会议：阿拉伯国家 ',
      'title.es': '',
      'city.ru': 'Хартум',
    };
    expect(updateMeetingBody(RPM_ARB, changed)).toEqual({
      title: {
        en: RPM_ARB.title.en,
        fr: RPM_ARB.title.fr,
        ar: RPM_ARB.title.ar,
        zh: 'WTDC-17区域性筹备会议：阿拉伯国家',
      },
      city: { ...RPM_ARB.city, ru: 'Хартум' },
    });
  });

  it('drops a cleared language version and turns a cleared select into null', () => {
    const values = { ...meetingValues(RPM_ARB), 'city.fr': ' ', countryIso3: '' };
    expect(updateMeetingBody(RPM_ARB, values)).toEqual({ city: { en: 'Khartoum', ar: 'الخرطوم' }, countryIso3: null });
  });

  it('sends the proxies a delegation may hold as a number, and a blank as no number for the API to refuse', () => {
    expect(updateMeetingBody(RPM_ARB, { ...meetingValues(RPM_ARB), maxProxies: ' 2 ' })).toEqual({ maxProxies: 2 });
    expect(updateMeetingBody(RPM_ARB, { ...meetingValues(RPM_ARB), maxProxies: '0' })).toEqual({ maxProxies: 0 });
    expect(updateMeetingBody(RPM_ARB, { ...meetingValues(RPM_ARB), maxProxies: '' }).maxProxies).toBeNaN();
  });

  it('compares languages as a set and sends them in the canonical order', () => {
    const reordered = { ...meetingValues(RPM_ARB), languages: ['fr' as const, 'en' as const, 'ar' as const] };
    expect(updateMeetingBody(RPM_ARB, reordered)).toEqual({});
    const more = { ...meetingValues(RPM_ARB), languages: ['fr' as const, 'zh' as const, 'en' as const, 'ar' as const] };
    expect(updateMeetingBody(RPM_ARB, more)).toEqual({ languages: ['ar', 'zh', 'en', 'fr'] });
  });
});

describe('createMeetingBody', () => {
  it('sends every field, blanks as null or left out', () => {
    const values = {
      ...blankMeetingValues('wtdc-17'),
      code: 'rpm-x',
      'title.en': 'X',
      'city.en': 'Geneva',
      startsOn: '2017-03-01',
      endsOn: '2017-03-02',
      regionId: 'europe',
    };
    expect(createMeetingBody(values)).toEqual({
      cycle: 'wtdc-17',
      code: 'rpm-x',
      type: 'rpm',
      title: { en: 'X' },
      startsOn: '2017-03-01',
      endsOn: '2017-03-02',
      city: { en: 'Geneva' },
      countryIso3: null,
      timeZone: 'UTC',
      languages: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
      regionId: 'europe',
      organizationCode: null,
      maxProxies: 1,
    });
  });
});

describe('timeZoneSuggestions', () => {
  it('offers UTC first and the IANA zones', () => {
    const zones = timeZoneSuggestions();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Africa/Khartoum');
    expect(zones.filter((zone) => zone === 'UTC')).toHaveLength(1);
  });
});
