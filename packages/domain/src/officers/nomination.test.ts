import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { RegionId } from '../registry.ts';
import { checkNomination, parseNomination } from './nomination.ts';
import { DEFAULT_OFFICER_GROUPS, DEFAULT_OFFICER_RULES, parseOfficerRules } from './posts.ts';

const good = {
  id: 'n1',
  group: 'SG2',
  post: 'chair',
  candidateName: '  Ahmad Reza   Sharafat ',
  gender: 'male',
  nominatingState: 'IRN',
  candidateState: 'IRN',
  regionId: 'asia-pacific',
  termsServed: 1,
};
const REGION_OF: Record<string, RegionId> = { IRN: 'asia-pacific', CIV: 'africa', EGY: 'arab-states' };
const context = { groups: DEFAULT_OFFICER_GROUPS, regionOf: (state: string) => REGION_OF[state] };

const codes = (input: unknown, withContext = true) =>
  checkNomination(input, withContext ? context : {}).map((issue) => [issue.path.join('.'), issue.code]);

describe('checkNomination', () => {
  it('accepts a nomination as entered, and parses it trimmed', () => {
    expect(codes(good)).toEqual([]);
    expect(parseNomination(good, context)).toEqual({ ...good, candidateName: 'Ahmad Reza Sharafat' });
  });

  it.each([
    ['an empty name', { candidateName: '   ' }, [['candidateName', 'empty_name']]],
    ['no name', { candidateName: undefined }, [['candidateName', 'missing']]],
    ['a name too long', { candidateName: 'x'.repeat(201) }, [['candidateName', 'too_long']]],
    ['an unknown region', { regionId: 'oceania' }, [['regionId', 'unknown_region']]],
    ['a region of another state', { regionId: 'africa' }, [['regionId', 'region_mismatch']]],
    ['negative terms', { termsServed: -1 }, [['termsServed', 'negative_terms']]],
    ['fractional terms', { termsServed: 1.5 }, [['termsServed', 'bad_value']]],
    ['terms as text', { termsServed: '1' }, [['termsServed', 'bad_value']]],
    ['no terms', { termsServed: undefined }, [['termsServed', 'missing']]],
    ['an unknown gender', { gender: 'f' }, [['gender', 'bad_value']]],
    ['an unknown post', { post: 'rapporteur' }, [['post', 'unknown_post']]],
    ['an unknown group', { group: 'SG3' }, [['group', 'unknown_group']]],
    ['a state not alpha-3', { nominatingState: 'ir' }, [['nominatingState', 'bad_state']]],
    ['a state the registry does not know', { candidateState: 'XXX' }, [['candidateState', 'unknown_state']]],
    ['a field the nomination does not have', { terms: 1 }, [['terms', 'unknown_field']]],
    ['an empty candidate id', { candidateId: '' }, [['candidateId', 'bad_value']]],
  ] as const)('refuses %s', (_name, change, expected) => {
    expect(codes({ ...good, ...change })).toEqual(expected);
  });

  it('lists every issue, each on its field', () => {
    expect(codes({ id: '', post: 'chair', candidateName: '', regionId: 'mars', termsServed: -2 }, false)).toEqual([
      ['id', 'missing'],
      ['group', 'missing'],
      ['candidateName', 'missing'],
      ['gender', 'missing'],
      ['nominatingState', 'missing'],
      ['candidateState', 'missing'],
      ['regionId', 'unknown_region'],
      ['termsServed', 'negative_terms'],
    ]);
  });

  it('refuses what is not an object', () => {
    expect(codes(null)).toEqual([['', 'bad_value']]);
    expect(codes([good])).toEqual([['', 'bad_value']]);
  });

  it('checks groups and states only against what it is given', () => {
    expect(codes({ ...good, group: 'SG3', candidateState: 'XXX', nominatingState: 'XXX' }, false)).toEqual([]);
  });

  it('refuses a post with no seats in the group', () => {
    const groups = [{ id: 'SG1', posts: [{ kind: 'chair' as const, seats: 1 }] }];
    const issues = checkNomination({ ...good, group: 'SG1', post: 'vice-chair' }, { groups });
    expect(issues.map((issue) => issue.code)).toEqual(['unknown_post']);
  });

  it('parseNomination throws validation_failed with the issues', () => {
    const error = (() => {
      try {
        parseNomination({ ...good, termsServed: -1, regionId: '' });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation_failed');
    expect((error as DomainError).issues.map((issue) => issue.path[0])).toEqual(['regionId', 'termsServed']);
  });
});

describe('parseOfficerRules', () => {
  it('gives the defaults for nothing', () => {
    expect(parseOfficerRules(undefined)).toEqual(DEFAULT_OFFICER_RULES);
    expect(parseOfficerRules({})).toEqual(DEFAULT_OFFICER_RULES);
  });

  it('takes each rule', () => {
    expect(
      parseOfficerRules({
        maxTerms: null,
        viceChairsPerRegionCap: 2,
        capCountsChair: true,
        regionsExpected: ['europe', 'africa'],
        regionWithoutViceChair: 'breach',
        candidateOfOtherState: 'off',
        genderMinShare: 0.4,
      }),
    ).toEqual({
      maxTerms: null,
      viceChairsPerRegionCap: 2,
      capCountsChair: true,
      regionsExpected: ['africa', 'europe'],
      regionWithoutViceChair: 'breach',
      candidateOfOtherState: 'off',
      genderMinShare: 0.4,
    });
  });

  it('names every bad rule', () => {
    try {
      parseOfficerRules({
        maxTerms: 0,
        viceChairsPerRegionCap: -1,
        capCountsChair: 'yes',
        regionsExpected: ['africa', 'africa'],
        regionWithoutViceChair: 'error',
        genderMinShare: 0.6,
        maxTerm: 2,
      });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).issues.map((issue) => [issue.path[0], issue.code])).toEqual([
        ['maxTerm', 'unknown_field'],
        ['maxTerms', 'bad_value'],
        ['viceChairsPerRegionCap', 'bad_value'],
        ['capCountsChair', 'bad_value'],
        ['regionsExpected', 'duplicate_region'],
        ['regionWithoutViceChair', 'bad_value'],
        ['genderMinShare', 'bad_value'],
      ]);
    }
  });
});
