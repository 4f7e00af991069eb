import { ApiError, type SlateBreach } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import {
  emptyNomination,
  findingCode,
  findingParams,
  freeSeats,
  nominationBody,
  nominationsAtFault,
  officerIssues,
  slateVerdict,
  type FindingNames,
} from './officers.ts';

const breach = (overrides: Partial<SlateBreach>): SlateBreach => ({
  rule: 'regional-spread',
  code: 'region_over_cap',
  severity: 'warning',
  path: [],
  message: '',
  nominations: [],
  params: {},
  ...overrides,
});

describe('officer rights', () => {
  it('counts the free seats of a post from the appointed nominations', () => {
    const nominations = [
      { group: 'SG1', post: 'chair' as const, status: 'appointed' as const },
      { group: 'SG1', post: 'vice-chair' as const, status: 'appointed' as const },
      { group: 'SG1', post: 'vice-chair' as const, status: 'standing' as const },
      { group: 'SG2', post: 'vice-chair' as const, status: 'appointed' as const },
    ];
    expect(freeSeats(1, nominations, 'SG1', 'chair')).toBe(0);
    expect(freeSeats(6, nominations, 'SG1', 'vice-chair')).toBe(5);
    expect(freeSeats(0, nominations, 'SG2', 'vice-chair')).toBe(0);
  });
});

describe('the nomination form', () => {
  it('sends the terms as a number and the nominating state only for the secretariat', () => {
    const values = { ...emptyNomination('SG2'), candidateName: 'Amira', candidateState: 'EGY', termsServed: ' 1 ' };
    expect(nominationBody(values, false)).toEqual({
      group: 'SG2',
      post: 'vice-chair',
      candidateName: 'Amira',
      gender: 'undisclosed',
      candidateState: 'EGY',
      termsServed: 1,
    });
    expect(nominationBody({ ...values, nominatingState: 'TUN' }, true)).toMatchObject({ nominatingState: 'TUN' });
    expect(nominationBody({ ...values, termsServed: '' }, false).termsServed).toBeNaN();
    expect(nominationBody({ ...values, termsServed: 'two' }, false).termsServed).toBeNaN();
  });

  it("places the API's issues on their fields, the officers' codes in their own catalog", () => {
    const error = new ApiError(409, 'terms_exhausted', 'Served.', [
      { path: ['termsServed'], code: 'terms_exhausted', message: 'Served.' },
    ]);
    expect(officerIssues(error)).toEqual([{ field: 'termsServed', key: 'officers.issues.terms_exhausted' }]);
    const invalid = new ApiError(400, 'validation_failed', 'Bad.', [
      { path: ['candidateState'], code: 'invalid_format', message: 'Bad.' },
      { path: ['somewhere'], code: 'no_such_code', message: 'Bad.' },
    ]);
    expect(officerIssues(invalid)).toEqual([
      { field: 'candidateState', key: 'issues.invalid_format' },
      { field: null, key: 'issues.generic' },
    ]);
    expect(officerIssues(new ApiError(403, 'forbidden', 'No.'))).toEqual([]);
    expect(officerIssues(new TypeError('offline'))).toEqual([]);
  });
});

describe('the slate verdict', () => {
  it('says all seats are vacant before any verdict, even when the rules alone find nothing wrong', () => {
    expect(slateVerdict({ ok: true, allSeatsVacant: true })).toBe('vacant');
    expect(slateVerdict({ ok: false, allSeatsVacant: true })).toBe('vacant');
    expect(slateVerdict({ ok: true, allSeatsVacant: false })).toBe('ok');
    expect(slateVerdict({ ok: false, allSeatsVacant: false })).toBe('not-ok');
  });
});

describe('slate findings', () => {
  const names: FindingNames = {
    post: (kind) => `post:${kind}`,
    region: (id) => `region:${id}`,
    gender: (gender) => `gender:${gender}`,
    state: (iso3) => `state:${iso3}`,
    share: (share) => `${share * 100}%`,
    list: (items) => items.join(' + '),
  };

  it('names posts, regions, genders, states and shares for the reader, and keeps counts', () => {
    expect(findingParams(breach({ params: { region: 'europe', count: 2, cap: 1 } }), names)).toEqual({
      region: 'region:europe',
      count: 2,
      cap: 1,
    });
    expect(
      findingParams(breach({ params: { candidate: 'A', nominatingState: 'EGY', candidateState: 'TUN' } }), names),
    ).toEqual({ candidate: 'A', nominatingState: 'state:EGY', candidateState: 'state:TUN' });
    expect(findingParams(breach({ params: { candidate: 'A', posts: 'chair, vice-chair' } }), names)).toEqual({
      candidate: 'A',
      posts: 'post:chair + post:vice-chair',
    });
    expect(findingParams(breach({ params: { gender: 'female', minShare: 0.4, post: 'chair' } }), names)).toEqual({
      gender: 'gender:female',
      minShare: '40%',
      post: 'post:chair',
    });
  });

  it('translates the known codes only', () => {
    expect(findingCode('region_over_cap')).toBe('region_over_cap');
    expect(findingCode('something_new')).toBeUndefined();
  });

  it('marks each nomination at fault with the worst severity that names it', () => {
    const fault = nominationsAtFault([
      breach({ nominations: ['a', 'b'], severity: 'warning' }),
      breach({ nominations: ['b'], severity: 'breach' }),
      breach({ nominations: ['b', 'c'], severity: 'warning' }),
    ]);
    expect(Object.fromEntries(fault)).toEqual({ a: 'warning', b: 'breach', c: 'warning' });
  });
});
