import type { MemberState, MemberStateDetail, Region } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { groupByRegion, groupParticipation, memberStatesQuery, readDirectoryFilters, withFilter } from './directory.ts';

function state(iso3: string, en: string, ar: string, regionId: MemberState['regionId']): MemberState {
  return {
    iso3,
    iso2: iso3.slice(0, 2),
    names: { en, ar, fr: en, zh: en, ru: en, es: en },
    regionId,
    organizations: [],
    admittedOn: null,
    confidence: 'C',
  };
}

function region(id: Region['id'], en: string): Region {
  return { id, abbreviation: id.toUpperCase(), name: { en }, memberStateCount: 0 };
}

describe('directory filters in the address', () => {
  it('reads the search and the known filters, and ignores unknown values', () => {
    const params = new URLSearchParams('q=Eg&region=arab-states&organization=OAS&lang=ar');
    expect(readDirectoryFilters(params)).toEqual({ q: 'Eg', region: 'arab-states', organization: null });
    expect(readDirectoryFilters(new URLSearchParams())).toEqual({ q: '', region: null, organization: null });
  });

  it('sets or removes one filter and keeps the others', () => {
    const params = new URLSearchParams('q=Eg&lang=ar');
    expect(withFilter(params, 'region', 'africa').toString()).toBe('q=Eg&lang=ar&region=africa');
    expect(withFilter(params, 'q', '').toString()).toBe('lang=ar');
  });

  it('asks the API only for what is set', () => {
    expect(memberStatesQuery({ q: '  ', region: null, organization: 'ATU' })).toEqual({ organization: 'ATU' });
    expect(memberStatesQuery({ q: ' مصر ', region: 'arab-states', organization: null })).toEqual({
      q: 'مصر',
      region: 'arab-states',
    });
  });
});

describe('groupByRegion', () => {
  it('groups by region in the regions’ order, sorted by name in the UI language, without empty regions', () => {
    const regions = [region('africa', 'Africa'), region('arab-states', 'Arab States'), region('europe', 'Europe')];
    const states = [
      state('EGY', 'Egypt', 'مصر', 'arab-states'),
      state('DZA', 'Algeria', 'الجزائر', 'arab-states'),
      state('RWA', 'Rwanda', 'رواندا', 'africa'),
    ];
    const groups = groupByRegion(states, regions, 'ar', new Intl.Collator('ar'));
    expect(groups.map((group) => [group.region.id, group.memberStates.map((s) => s.iso3)])).toEqual([
      ['africa', ['RWA']],
      ['arab-states', ['DZA', 'EGY']],
    ]);
  });
});

describe('groupParticipation', () => {
  const cycle = (code: string, year: number) => ({
    id: `id-${code}`,
    code,
    name: code.toUpperCase(),
    year,
    city: { en: 'City' },
  });
  const meeting = (code: string, startsOn: string) => ({
    id: `id-${code}`,
    code,
    type: 'rpm' as const,
    title: { en: code },
    startsOn,
    endsOn: startsOn,
    city: { en: 'City' },
    countryIso3: null,
  });

  it('keeps cycles in order, conference-only cycles with no meetings, meetings by date', () => {
    const participation: MemberStateDetail['participation'] = [
      { cycle: cycle('wtdc-14', 2014), meeting: null },
      { cycle: cycle('wtdc-17', 2017), meeting: meeting('wtdc-17', '2017-10-09') },
      { cycle: cycle('wtdc-17', 2017), meeting: meeting('rpm-arb-2017', '2017-01-30') },
      { cycle: cycle('wtdc-17', 2017), meeting: null },
    ];
    expect(
      groupParticipation(participation).map((group) => [group.cycle.code, group.meetings.map((m) => m.code)]),
    ).toEqual([
      ['wtdc-14', []],
      ['wtdc-17', ['rpm-arb-2017', 'wtdc-17']],
    ]);
  });
});
