import type { MemberState, MemberStateDetail, Organization, Region } from '@tansiq/api';
import { LANGUAGES } from '@tansiq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import { operator, openTestApp, type TestApp } from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
});

afterAll(async () => {
  await t?.close();
});

async function memberStates(query = ''): Promise<MemberState[]> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/member-states${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: MemberState[] }>().data;
}

const iso3s = (states: MemberState[]) => states.map((state) => state.iso3);

describe('GET /api/v1/member-states', () => {
  it('lists the 194 Member States, each named in the six languages, whole and unpaged', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/member-states' });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json<object>())).toEqual(['data']);
    const states = response.json<{ data: MemberState[] }>().data;
    expect(states).toHaveLength(194);
    expect(new Set(iso3s(states)).size).toBe(194);
    for (const state of states) {
      expect(Object.keys(state.names).sort(), state.iso3).toEqual([...LANGUAGES].sort());
      for (const name of Object.values(state.names)) {
        expect(name.trim(), state.iso3).not.toBe('');
      }
    }
  });

  it('lists 193 as of the opening of WTDC-17 (Palau was admitted in 2024)', async () => {
    const states = await memberStates('?asOf=2017-10-09');
    expect(states).toHaveLength(193);
    expect(iso3s(states)).not.toContain('PLW');
    expect(await memberStates('?asOf=2024-09-19')).toHaveLength(194);
  });

  it('has Egypt in the Arab States region and in ARAB and ATU, with its six names', async () => {
    const egypt = (await memberStates()).find((state) => state.iso3 === 'EGY');
    expect(egypt).toMatchObject({
      iso2: 'EG',
      regionId: 'arab-states',
      organizations: ['ARAB', 'ATU'],
      names: { en: 'Egypt', fr: 'Égypte', es: 'Egipto', ar: 'مصر', ru: 'Египет', zh: '埃及' },
    });
  });

  it('filters by region and by organization, and by both', async () => {
    const arab = await memberStates('?region=arab-states');
    expect(arab).toHaveLength(21);
    expect(arab.every((state) => state.regionId === 'arab-states')).toBe(true);
    expect(iso3s(arab)).toContain('EGY');

    for (const organization of ['ARAB', 'ATU'] as const) {
      const members = await memberStates(`?organization=${organization}`);
      expect(iso3s(members)).toContain('EGY');
      expect(members.every((state) => state.organizations.includes(organization))).toBe(true);
    }
    expect(iso3s(await memberStates('?organization=CEPT'))).not.toContain('EGY');

    const arabAndAfrican = await memberStates('?region=arab-states&organization=ATU');
    expect(iso3s(arabAndAfrican).sort()).toEqual([
      'COM',
      'DJI',
      'DZA',
      'EGY',
      'LBY',
      'MAR',
      'MRT',
      'SDN',
      'SOM',
      'TUN',
    ]);
  });

  it.each([
    ['a French name without its accent', 'egypte'],
    ['a French name with its accent, in capitals', 'ÉGYPTE'],
    ['the Arabic name', 'مصر'],
    ['the Russian name', 'Египет'],
    ['the Chinese name', '埃及'],
    ['the alpha-3 code', 'EGY'],
    ['the alpha-2 code, in lower case', 'eg'],
  ])('finds Egypt by %s (q=%s)', async (_label, q) => {
    const states = await memberStates(`?q=${encodeURIComponent(q)}`);
    expect(iso3s(states)).toContain('EGY');
    expect(states.length).toBeLessThan(194);
  });

  it('finds a code exactly, and part of a name in any language', async () => {
    expect(iso3s(await memberStates('?q=EGY'))).toEqual(['EGY']);
    expect(iso3s(await memberStates('?q=egypte'))).toEqual(['EGY']);
    expect(iso3s(await memberStates('?q=zzzz'))).toEqual([]);
    // "Allemagne" (fr) and "Alemania" (es) for Germany; "Germany" itself does not contain "alem".
    expect(iso3s(await memberStates('?q=alem'))).toContain('DEU');
  });

  it('combines the search with the other filters', async () => {
    expect(iso3s(await memberStates('?q=egypte&region=arab-states&asOf=2017-10-09'))).toEqual(['EGY']);
    expect(iso3s(await memberStates('?q=egypte&region=europe'))).toEqual([]);
  });

  it('lists in English name order by default and in French roll-call order with order=french', async () => {
    const english = new Intl.Collator('en');
    const byName = await memberStates();
    const englishNames = byName.map((state) => state.names.en);
    expect(englishNames).toEqual([...englishNames].sort((a, b) => english.compare(a, b)));

    const french = new Intl.Collator('fr', { sensitivity: 'base' });
    const byFrench = await memberStates('?order=french');
    expect(byFrench).toHaveLength(194);
    const frenchNames = byFrench.map((state) => state.names.fr);
    expect(frenchNames).toEqual([...frenchNames].sort((a, b) => french.compare(a, b)));
    expect(frenchNames).not.toEqual(byName.map((state) => state.names.fr));
    // "Égypte" sorts among the E's, as a French roll call has it, not after Z.
    const egypt = frenchNames.indexOf('Égypte');
    expect(frenchNames[egypt - 1]?.[0]).toMatch(/[DE]/);
    expect(frenchNames[egypt + 1]?.[0]).toMatch(/[EÉ]/);
  });

  it('orders a filtered list the French way too', async () => {
    const states = await memberStates('?region=arab-states&order=french&asOf=2017-10-09');
    expect(states).toHaveLength(21);
    expect(states[0]?.names.fr).toBe('Algérie');
  });
});

describe('GET /api/v1/member-states/{iso3}', () => {
  it('gives Egypt with its organizations and its participation, oldest first', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/member-states/EGY' });
    expect(response.statusCode).toBe(200);
    const egypt = response.json<{ data: MemberStateDetail }>().data;
    expect(egypt).toMatchObject({ iso3: 'EGY', regionId: 'arab-states', organizations: ['ARAB', 'ATU'] });
    expect(
      egypt.participation.map((entry) => [entry.cycle.code, entry.cycle.year, entry.meeting?.code ?? null]),
    ).toEqual([
      ['wtdc-02', 2002, null],
      ['wtdc-06', 2006, null],
      ['wtdc-10', 2010, null],
      ['wtdc-14', 2014, null],
      ['wtdc-17', 2017, 'rpm-afr-2016'],
      ['wtdc-17', 2017, 'rpm-arb-2017'],
      ['wtdc-17', 2017, 'arb-prep-2017'],
      ['wtdc-17', 2017, 'wtdc-17'],
    ]);
    expect(egypt.participation[4]?.meeting).toMatchObject({
      type: 'rpm',
      city: { en: 'Kigali' },
      startsOn: '2016-12-06',
      endsOn: '2016-12-08',
    });
  });

  it('accepts the code in lower case, and gives an empty participation where none is recorded', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/member-states/fra' });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ data: MemberStateDetail }>().data).toMatchObject({
      iso3: 'FRA',
      regionId: 'europe',
      organizations: ['CEPT'],
      participation: [],
    });
  });
});

describe('regions and organizations', () => {
  it('lists the six regions, whose Member State counts add up to 194', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/regions' });
    expect(response.statusCode).toBe(200);
    const regions = response.json<{ data: Region[] }>().data;
    expect(regions.map((region) => region.id)).toEqual([
      'africa',
      'americas',
      'arab-states',
      'asia-pacific',
      'cis',
      'europe',
    ]);
    expect(regions.reduce((sum, region) => sum + region.memberStateCount, 0)).toBe(194);
  });

  it('lists the six regional organizations', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organizations' });
    expect(response.statusCode).toBe(200);
    const organizations = response.json<{ data: Organization[] }>().data;
    expect(organizations.map((organization) => organization.code).sort()).toEqual(
      ['APT', 'ARAB', 'ATU', 'CEPT', 'CITEL', 'RCC'].sort(),
    );
  });
});
