import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { DEFAULT_OFFICER_RULES, type OfficerRules } from './posts.ts';
import { checkSlate, type SlateBreach } from './slate.ts';
import { fullSlate, nomination, slate } from './testing.ts';

const rules = (change: Partial<OfficerRules> = {}): OfficerRules => ({ ...DEFAULT_OFFICER_RULES, ...change });
/** Each finding as `rule code severity path -> ids`. */
const summary = (breaches: SlateBreach[]) =>
  breaches.map((b) => `${b.rule} ${b.code} ${b.severity} ${b.path.join('.')} -> ${b.nominations.join(',')}`);

describe('checkSlate: a full appointment', () => {
  it('meets every default rule', () => {
    const check = checkSlate(slate(fullSlate()));
    expect(check).toMatchObject({ group: 'SG1', kind: 'appointment', ok: true, breaches: [] });
  });

  it('reports the gender balance per group and post', () => {
    const { gender } = checkSlate(slate(fullSlate()));
    expect(gender.group).toEqual({
      total: 7,
      counts: { female: 4, male: 3, other: 0, undisclosed: 0 },
      shares: { female: 4 / 7, male: 3 / 7, other: 0, undisclosed: 0 },
    });
    expect(gender.posts.chair.counts.female).toBe(1);
    expect(gender.posts['vice-chair'].counts).toEqual({ female: 3, male: 3, other: 0, undisclosed: 0 });
  });

  it('reports no shares of an empty slate', () => {
    const check = checkSlate(slate([]), rules({ genderMinShare: 0.4 }));
    expect(check.gender.group.shares.female).toBeNull();
    expect(check.breaches.some((breach) => breach.rule === 'gender-balance')).toBe(false);
  });
});

describe('checkSlate: a slate that names nobody', () => {
  it.each(['nominations', 'appointment'] as const)(
    'says all seats are vacant for %s, whatever the verdict of the rules',
    (kind) => {
      const check = checkSlate(slate([], kind));
      expect(check.allSeatsVacant).toBe(true);
      // On nominations the vacancies only warn, so the rules alone would call the empty slate fine.
      expect(check.ok).toBe(kind === 'nominations');
      expect(check.breaches.filter((breach) => breach.code === 'vacant_seats').map((breach) => breach.params)).toEqual([
        { post: 'chair', seats: 1, count: 0, vacant: 1 },
        { post: 'vice-chair', seats: 6, count: 0, vacant: 6 },
      ]);
    },
  );

  it('is no longer all vacant once one candidate is named, for any post', () => {
    expect(checkSlate(slate([nomination('c1', 'chair', 'africa')], 'nominations')).allSeatsVacant).toBe(false);
    expect(checkSlate(slate([nomination('v1', 'vice-chair', 'cis')], 'nominations')).allSeatsVacant).toBe(false);
    expect(checkSlate(slate(fullSlate())).allSeatsVacant).toBe(false);
  });
});

describe('checkSlate: seats', () => {
  it('a second chair in an appointment is a breach naming both', () => {
    const check = checkSlate(slate([...fullSlate(), nomination('c2', 'chair', 'europe', { gender: 'male' })]));
    expect(summary(check.breaches)).toEqual(['seats too_many_appointed breach posts.chair -> c1,c2']);
    expect(check.ok).toBe(false);
  });

  it('several chair nominations compete: no breach', () => {
    const check = checkSlate(slate([...fullSlate(), nomination('c2', 'chair', 'europe')], 'nominations'));
    expect(check.breaches).toEqual([]);
  });

  it('zero vice-chairs: the seats are vacant and every region is missing', () => {
    const check = checkSlate(slate([nomination('c1', 'chair', 'africa')]));
    expect(summary(check.breaches)).toEqual([
      'seats vacant_seats breach posts.vice-chair -> ',
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.africa -> ',
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.americas -> ',
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.arab-states -> ',
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.asia-pacific -> ',
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.cis -> ',
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.europe -> ',
    ]);
    expect(check.breaches[0]!.params).toMatchObject({ seats: 6, count: 0, vacant: 6 });
  });

  it('a vacancy among nominations is a warning', () => {
    const check = checkSlate(slate(fullSlate().slice(1), 'nominations'));
    expect(summary(check.breaches)).toEqual(['seats vacant_seats warning posts.chair -> ']);
    expect(check.ok).toBe(true);
  });

  it('a group without vice-chair seats expects no region', () => {
    expect(checkSlate(slate([nomination('c1', 'chair', 'africa')], 'appointment', 0)).breaches).toEqual([]);
  });
});

describe('checkSlate: max-terms', () => {
  it.each([
    // terms served, maxTerms, breach
    [0, 2, false],
    [1, 2, false],
    [2, 2, true],
    [3, 2, true],
    [2, 3, false],
    [3, 3, true],
    [9, null, false],
  ] as const)('%i term(s) served with a maximum of %s: breach %s', (terms, maxTerms, breach) => {
    const nominations = fullSlate().map((n) => (n.id === 'v2' ? { ...n, termsServed: terms } : n));
    const check = checkSlate(slate(nominations), rules({ maxTerms }));
    expect(summary(check.breaches)).toEqual(
      breach ? ['max-terms terms_exhausted breach nominations.v2.termsServed -> v2'] : [],
    );
  });

  it('binds nominations too', () => {
    const nominations = fullSlate().map((n) => (n.id === 'c1' ? { ...n, termsServed: 2 } : n));
    const check = checkSlate(slate(nominations, 'nominations'));
    expect(check.ok).toBe(false);
    expect(check.breaches[0]!.params).toMatchObject({ terms: 2, maxTerms: 2, post: 'chair' });
  });
});

describe('checkSlate: regional spread', () => {
  const withExtra = (region: 'africa' | 'europe', kind: 'appointment' | 'nominations' = 'appointment') =>
    slate([...fullSlate(), nomination('v7', 'vice-chair', region)], kind, 7);

  it('six regions each once, exactly at the cap of one: no breach', () => {
    expect(checkSlate(slate(fullSlate())).breaches).toEqual([]);
  });

  it('one over the cap is a breach naming the region and its vice-chairs', () => {
    const check = checkSlate(withExtra('europe'));
    expect(summary(check.breaches)).toEqual([
      'regional-spread region_over_cap breach posts.vice-chair.regions.europe -> v6,v7',
    ]);
    expect(check.breaches[0]!.params).toEqual({ region: 'europe', count: 2, cap: 1 });
  });

  it('exactly at a cap of two: no breach', () => {
    expect(checkSlate(withExtra('europe'), rules({ viceChairsPerRegionCap: 2 })).breaches).toEqual([]);
  });

  it('over the cap among nominations is a warning', () => {
    const check = checkSlate(withExtra('europe', 'nominations'));
    expect(summary(check.breaches)).toEqual([
      'regional-spread region_over_cap warning posts.vice-chair.regions.europe -> v6,v7',
    ]);
    expect(check.ok).toBe(true);
  });

  it('the chair does not count towards the cap by default', () => {
    // c1 is from Africa, as is v1.
    expect(checkSlate(slate(fullSlate())).ok).toBe(true);
  });

  it('with capCountsChair, a chair from a region that has its vice-chair breaches', () => {
    const check = checkSlate(slate(fullSlate()), rules({ capCountsChair: true }));
    expect(summary(check.breaches)).toEqual([
      'regional-spread region_over_cap breach posts.vice-chair.regions.africa -> c1,v1',
    ]);
  });

  it('with capCountsChair, a chair alone in a region does not', () => {
    const nominations = fullSlate().filter((n) => n.id !== 'v1');
    const check = checkSlate(slate(nominations, 'appointment', 5), rules({ capCountsChair: true }));
    expect(summary(check.breaches)).toEqual([
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.africa -> ',
    ]);
  });

  it('a region without vice-chair weighs as configured, over the regions expected', () => {
    const nominations = fullSlate().filter((n) => n.id !== 'v5');
    const summaryWith = (change: Partial<OfficerRules>) =>
      summary(checkSlate(slate(nominations, 'appointment', 5), rules(change)).breaches);
    expect(summaryWith({})).toEqual([
      'regional-spread region_without_vice_chair warning posts.vice-chair.regions.cis -> ',
    ]);
    expect(summaryWith({ regionWithoutViceChair: 'breach' })).toEqual([
      'regional-spread region_without_vice_chair breach posts.vice-chair.regions.cis -> ',
    ]);
    expect(summaryWith({ regionWithoutViceChair: 'off' })).toEqual([]);
    expect(summaryWith({ regionsExpected: ['africa', 'europe'] })).toEqual([]);
  });

  it('no cap: no over-cap breach', () => {
    const check = checkSlate(withExtra('africa'), rules({ viceChairsPerRegionCap: null }));
    expect(check.breaches).toEqual([]);
  });
});

describe('checkSlate: one post per person', () => {
  it('a candidate on two posts of one group is a breach', () => {
    const nominations = fullSlate().map((n) =>
      n.id === 'v1' ? { ...n, candidateName: ' candidate   C1 ', gender: 'female' as const } : n,
    );
    const check = checkSlate(slate(nominations));
    expect(summary(check.breaches)).toEqual(['one-post-per-person several_posts breach nominations.c1.post -> c1,v1']);
    expect(check.breaches[0]!.params).toEqual({ candidate: 'Candidate c1', posts: 'chair, vice-chair' });
  });

  it('the same name in another Member State is another person', () => {
    const nominations = [...fullSlate(), nomination('c2', 'chair', 'europe', { candidateName: 'Candidate c1' })];
    expect(checkSlate(slate(nominations, 'nominations')).breaches).toEqual([]);
  });

  it('a registry id identifies the person whatever the name', () => {
    const nominations = fullSlate().map((n) => (n.id === 'c1' || n.id === 'v1' ? { ...n, candidateId: 'p-42' } : n));
    expect(summary(checkSlate(slate(nominations)).breaches)).toEqual([
      'one-post-per-person several_posts breach nominations.c1.post -> c1,v1',
    ]);
  });

  it('the same person named twice for one post: a warning among nominations', () => {
    const nominations = [...fullSlate(), nomination('c2', 'chair', 'africa', { candidateName: 'Candidate c1' })];
    expect(summary(checkSlate(slate(nominations, 'nominations')).breaches)).toEqual([
      'one-post-per-person nominated_twice warning nominations.c1.candidateName -> c1,c2',
    ]);
  });
});

describe('checkSlate: nominating state', () => {
  const nominations = fullSlate().map((n) => (n.id === 'v3' ? { ...n, nominatingState: 'SAU' } : n));

  it.each([
    ['warning', ['nominating-state candidate_of_other_state warning nominations.v3.candidateState -> v3']],
    ['breach', ['nominating-state candidate_of_other_state breach nominations.v3.candidateState -> v3']],
    ['off', []],
  ] as const)('a candidate of another state, weighed %s', (weight, expected) => {
    expect(summary(checkSlate(slate(nominations), rules({ candidateOfOtherState: weight })).breaches)).toEqual(
      expected,
    );
  });
});

describe('checkSlate: gender balance', () => {
  it('is a report only by default', () => {
    const nominations = fullSlate().map((n) => ({ ...n, gender: 'male' as const }));
    expect(checkSlate(slate(nominations)).breaches).toEqual([]);
  });

  it.each([
    // female, male, other, min share, genders below
    [4, 3, 0, 3 / 7, []],
    [4, 3, 0, 0.43, ['male']],
    [7, 0, 0, 0.1, ['male']],
    [3, 3, 1, 0.4, []],
    [2, 3, 2, 0.3, ['female']],
    [0, 0, 7, 0.1, ['female', 'male']],
    [5, 2, 0, 0, []],
  ] as const)('%i women, %i men, %i other with a target of %d: below %j', (female, male, other, min, below) => {
    const genders = [
      ...Array<'female'>(female).fill('female'),
      ...Array<'male'>(male).fill('male'),
      ...Array<'other'>(other).fill('other'),
    ];
    const nominations = fullSlate().map((n, i) => ({ ...n, gender: genders[i]! }));
    const check = checkSlate(slate(nominations), rules({ genderMinShare: min }));
    expect(check.breaches.map((breach) => breach.path[1])).toEqual(below);
    expect(check.breaches.every((breach) => breach.code === 'gender_below_target')).toBe(true);
  });

  it('below the target among nominations is a warning', () => {
    const nominations = fullSlate().map((n) => ({ ...n, gender: 'male' as const }));
    const check = checkSlate(slate(nominations, 'nominations'), rules({ genderMinShare: 0.3 }));
    expect(summary(check.breaches)).toEqual(['gender-balance gender_below_target warning gender.female -> ']);
    expect(check.breaches[0]!.params).toEqual({ gender: 'female', count: 0, total: 7, minShare: 0.3 });
  });
});

describe('checkSlate: order and validity', () => {
  it('lists findings by rule, then path', () => {
    const nominations = [
      ...fullSlate().map((n) => (n.id === 'v2' ? { ...n, termsServed: 2, nominatingState: 'BRA' } : n)),
      nomination('c2', 'chair', 'europe'),
      nomination('v7', 'vice-chair', 'africa'),
    ];
    expect(summary(checkSlate(slate(nominations), rules({ genderMinShare: 0.45 })).breaches)).toEqual([
      'seats too_many_appointed breach posts.chair -> c1,c2',
      'seats too_many_appointed breach posts.vice-chair -> v1,v2,v3,v4,v5,v6,v7',
      'max-terms terms_exhausted breach nominations.v2.termsServed -> v2',
      'nominating-state candidate_of_other_state warning nominations.v2.candidateState -> v2',
      'regional-spread region_over_cap breach posts.vice-chair.regions.africa -> v1,v7',
      'gender-balance gender_below_target breach gender.male -> ',
    ]);
  });

  it.each([
    ['another group', { group: 'SG2' }, 'other_group', 6],
    ['a post the group lacks', { post: 'vice-chair' as const }, 'unknown_post', 0],
    ['an id twice', { id: 'c1' }, 'duplicate_id', 6],
  ])('refuses a slate with %s', (_name, change, code, viceChairs) => {
    const nominations = [...fullSlate(), { ...nomination('x', 'chair', 'europe'), ...change }];
    try {
      checkSlate(slate(nominations, 'nominations', viceChairs));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('validation_failed');
      expect((error as DomainError).issues.map((issue) => issue.code)).toContain(code);
    }
  });
});
