import { describe, it, expect } from 'vitest';
import { LANGUAGES, ORGANIZATIONS, REGION_IDS, isMemberOn, memberStateNames } from '@tansiq/domain';
import { referenceMemberStates } from './reference.ts';

const ARAB_STATES_IN_AFRICA = ['DZA', 'COM', 'DJI', 'EGY', 'LBY', 'MRT', 'MAR', 'SOM', 'SDN', 'TUN'];

describe('the shipped Member State registry', () => {
  const states = referenceMemberStates();
  const byIso3 = new Map(states.map((state) => [state.iso3, state]));

  it('lists the 194 Member States', () => {
    expect(states).toHaveLength(194);
  });

  it('had 193 members at WTDC-17, all but Palau (admitted 19 Sep 2024)', () => {
    const members2017 = states.filter((state) => isMemberOn(state, '2017-10-09'));
    expect(members2017).toHaveLength(193);
    expect(states.filter((state) => !members2017.includes(state)).map((state) => state.iso3)).toEqual(['PLW']);
    expect(byIso3.get('PLW')?.admittedOn).toBe('2024-09-19');
    expect(states.filter((state) => isMemberOn(state, '2024-09-18'))).toHaveLength(193);
    expect(states.filter((state) => isMemberOn(state, '2024-09-19'))).toHaveLength(194);
  });

  it('puts every state in one of the six regions, with the expected counts', () => {
    const counts = Object.fromEntries(REGION_IDS.map((id) => [id, 0]));
    for (const state of states) {
      expect(REGION_IDS).toContain(state.regionId);
      counts[state.regionId] = (counts[state.regionId] ?? 0) + 1;
    }
    expect(counts).toEqual({
      africa: 44,
      americas: 35,
      'arab-states': 21,
      // 38 in the WTDC-17 cycle, plus Palau.
      'asia-pacific': 39,
      cis: 9,
      europe: 46,
    });
    expect(byIso3.get('PLW')?.regionId).toBe('asia-pacific');
  });

  it('has unique, well-formed alpha-3 and alpha-2 codes', () => {
    expect(new Set(states.map((state) => state.iso3)).size).toBe(194);
    expect(new Set(states.map((state) => state.iso2)).size).toBe(194);
    for (const state of states) {
      expect(state.iso3).toMatch(/^[A-Z]{3}$/);
      expect(state.iso2).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('has a name in each of the six languages for every state', () => {
    for (const state of states) {
      const names = memberStateNames(state.iso2);
      expect(Object.keys(names).sort()).toEqual([...LANGUAGES].sort());
      for (const name of Object.values(names)) {
        expect(name.trim(), `${state.iso3}`).not.toBe('');
      }
    }
  });

  it('puts Egypt in the Arab States with the Arab group and ATU', () => {
    expect(byIso3.get('EGY')).toMatchObject({
      iso2: 'EG',
      referenceName: 'Egypt',
      regionId: 'arab-states',
      admittedOn: null,
    });
    expect([...(byIso3.get('EGY')?.organizations ?? [])].sort()).toEqual(['ARAB', 'ATU']);
  });

  it.each(ARAB_STATES_IN_AFRICA)('puts %s, an Arab State in Africa, in the Arab States with ARAB and ATU', (iso3) => {
    const state = byIso3.get(iso3);
    expect(state?.regionId).toBe('arab-states');
    expect(state?.organizations).toEqual(expect.arrayContaining(['ARAB', 'ATU']));
  });

  it('has exactly 21 members of the Arab group, all in the Arab States', () => {
    const arab = states.filter((state) => state.organizations.includes('ARAB'));
    expect(arab).toHaveLength(21);
    expect(arab.every((state) => state.regionId === 'arab-states')).toBe(true);
  });

  it('uses only known organizations, each with at least one member, and none twice for a state', () => {
    const known = new Set<string>(ORGANIZATIONS.map((organization) => organization.code));
    const used = new Set<string>();
    for (const state of states) {
      expect(new Set(state.organizations).size, state.iso3).toBe(state.organizations.length);
      for (const code of state.organizations) {
        expect(known.has(code), `${state.iso3}: ${code}`).toBe(true);
        used.add(code);
      }
    }
    expect([...used].sort()).toEqual([...known].sort());
  });

  it('marks every row C, S or U and names its sources', () => {
    for (const state of states) {
      expect(['C', 'S', 'U']).toContain(state.confidence);
      expect(state.sources.trim(), state.iso3).not.toBe('');
      expect(state.referenceName.trim(), state.iso3).not.toBe('');
    }
  });

  it('gives the same records on every call (parsed once)', () => {
    expect(referenceMemberStates()).toBe(states);
  });
});
