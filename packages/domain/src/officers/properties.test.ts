/** Laws of the slate check: the order of nominations does not matter, and a smaller slate is never more crowded. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '../registry.ts';
import {
  DEFAULT_OFFICER_RULES,
  GENDERS,
  POST_KINDS,
  type Nomination,
  type OfficerRules,
  type RuleWeight,
} from './posts.ts';
import { checkSlate, type SlateKind } from './slate.ts';
import { slate } from './testing.ts';

const STATES = ['CIV', 'EGY', 'FRA', 'IRN', 'RUS', 'USA'];
// Few names and states, so that the same person turns up on several posts.
const fields = fc.record({
  post: fc.constantFrom(...POST_KINDS),
  candidateName: fc.constantFrom('A. Diallo', 'B. Haddad', 'C. Ivanova', 'D. Silva', 'E. Tanaka'),
  gender: fc.constantFrom(...GENDERS),
  nominatingState: fc.constantFrom(...STATES),
  candidateState: fc.constantFrom(...STATES),
  regionId: fc.constantFrom(...REGION_IDS),
  termsServed: fc.nat(3),
});
const nominations = fc
  .array(fields, { maxLength: 14 })
  .map((list): Nomination[] => list.map((each, i) => ({ ...each, id: `n${i}`, group: 'SG1' })));
const rules = fc
  .record({
    maxTerms: fc.option(fc.integer({ min: 1, max: 3 })),
    viceChairsPerRegionCap: fc.option(fc.nat(3)),
    capCountsChair: fc.boolean(),
    regionWithoutViceChair: fc.constantFrom<RuleWeight[]>('breach', 'warning', 'off'),
    candidateOfOtherState: fc.constantFrom<RuleWeight[]>('breach', 'warning', 'off'),
    genderMinShare: fc.option(fc.constantFrom(0.2, 0.3, 0.4, 0.5)),
  })
  .map((change): OfficerRules => ({ ...DEFAULT_OFFICER_RULES, ...change }));
const kind = fc.constantFrom<SlateKind[]>('nominations', 'appointment');
// At least one vice-chair seat: a nomination to a post with none is refused (tested in slate.test.ts).
const seats = fc.integer({ min: 1, max: 8 });

/** `list` shuffled by `seed`. */
function shuffled<T>(list: readonly T[], seed: number[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = (seed[i % seed.length] ?? 0) % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('slate laws', () => {
  it("a slate's findings do not depend on the order of its nominations", () => {
    fc.assert(
      fc.property(nominations, rules, kind, seats, fc.array(fc.nat(), { minLength: 1 }), (list, rule, k, n, seed) => {
        const before = checkSlate(slate(list, k, n), rule);
        const after = checkSlate(slate(shuffled(list, seed), k, n), rule);
        expect(after).toEqual(before);
      }),
    );
  });

  it('removing a nomination never adds an over-the-cap region', () => {
    fc.assert(
      fc.property(nominations, rules, kind, seats, fc.nat(), (list, rule, k, n, pick) => {
        const overCap = (check: ReturnType<typeof checkSlate>) =>
          check.breaches.filter((breach) => breach.code === 'region_over_cap').map((breach) => breach.path.join('.'));
        const before = overCap(checkSlate(slate(list, k, n), rule));
        const smaller = list.filter((_, i) => i !== pick % Math.max(list.length, 1));
        for (const region of overCap(checkSlate(slate(smaller, k, n), rule))) {
          expect(before).toContain(region);
        }
      }),
    );
  });

  it('names only nominations of the slate, each finding once, and fails only on a breach', () => {
    fc.assert(
      fc.property(nominations, rules, kind, seats, (list, rule, k, n) => {
        const check = checkSlate(slate(list, k, n), rule);
        const ids = new Set(list.map((nomination) => nomination.id));
        for (const breach of check.breaches) {
          expect(breach.nominations.every((id) => ids.has(id))).toBe(true);
          expect(breach.nominations).toEqual([...breach.nominations].sort());
        }
        const keys = check.breaches.map((breach) => `${breach.code} ${breach.path.join('.')}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(check.ok).toBe(check.breaches.every((breach) => breach.severity === 'warning'));
        expect(check.gender.group.total).toBe(list.length);
      }),
    );
  });
});
