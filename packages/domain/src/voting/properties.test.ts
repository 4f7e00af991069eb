/** Laws of the count: order does not matter, and more support never hurts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recountVote } from './tally.ts';
import { electionRecord, questionRecord } from './testing.ts';

const ballots = fc.record({
  yes: fc.nat(30),
  no: fc.nat(30),
  abstain: fc.nat(30),
  blank: fc.nat(5),
  invalid: fc.nat(5),
});
const rules = fc.record({
  majority: fc.constantFrom('simple', 'two-thirds'),
  abstentionsPostpone: fc.boolean(),
});
const CANDIDATES = ['A', 'B', 'C', 'D', 'E'];
const electionBallot = fc.oneof(
  fc.subarray(CANDIDATES, { maxLength: 3 }),
  fc.constantFrom('abstain', 'blank', 'invalid'),
  fc.constant(['A', 'A']),
);

/** The same ballots shuffled by `seed`. */
function shuffled<T>(list: readonly T[], seed: number[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = (seed[i % seed.length] ?? 0) % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('voting laws', () => {
  it('permuting ballots does not change a question', () => {
    fc.assert(
      fc.property(ballots, rules, fc.array(fc.nat(), { minLength: 1 }), (counts, rule, seed) => {
        const record = questionRecord(counts, { rules: rule });
        const permuted = { ...record, ballots: shuffled(record.ballots as unknown[], seed) };
        expect(recountVote(permuted)).toEqual(recountVote(record));
      }),
    );
  });

  it('permuting ballots does not change an election', () => {
    fc.assert(
      fc.property(
        fc.array(electionBallot, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.nat(), { minLength: 1 }),
        (votes, seats, seed) => {
          const record = electionRecord(CANDIDATES, votes, { seats });
          const permuted = { ...record, ballots: shuffled(record.ballots as unknown[], seed) };
          expect(recountVote(permuted)).toEqual(recountVote(record));
        },
      ),
    );
  });

  it('adding an abstention never turns rejected (or postponed) into adopted', () => {
    fc.assert(
      fc.property(ballots, rules, (counts, rule) => {
        const before = recountVote(questionRecord(counts, { rules: rule, electorate: 200 }));
        const after = recountVote(
          questionRecord({ ...counts, abstain: counts.abstain + 1 }, { rules: rule, electorate: 200 }),
        );
        if (before.result !== 'adopted') {
          expect(after.result).not.toBe('adopted');
        }
      }),
    );
  });

  it('adding a yes never turns adopted into rejected', () => {
    fc.assert(
      fc.property(ballots, rules, (counts, rule) => {
        const before = recountVote(questionRecord(counts, { rules: rule, electorate: 200 }));
        const after = recountVote(questionRecord({ ...counts, yes: counts.yes + 1 }, { rules: rule, electorate: 200 }));
        if (before.result === 'adopted') {
          expect(after.result).toBe('adopted');
        }
      }),
    );
  });

  it('a tie never adopts', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), rules, (n, abstain, rule) => {
        expect(recountVote(questionRecord({ yes: n, no: n, abstain }, { rules: rule })).result).not.toBe('adopted');
      }),
    );
  });

  it('an election elects only candidates over the majority, at most the seats, and keeps them out of the next round', () => {
    fc.assert(
      fc.property(fc.array(electionBallot, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (votes, seats) => {
        const tally = recountVote(electionRecord(CANDIDATES, votes, { seats }));
        expect(tally.elected.length).toBeLessThanOrEqual(seats);
        for (const id of tally.elected) {
          const got = votes.filter(
            (vote) =>
              Array.isArray(vote) && vote.length <= seats && new Set(vote).size === vote.length && vote.includes(id),
          ).length;
          expect(got * 2).toBeGreaterThan(tally.votesCast);
          expect(tally.nextRound).not.toContain(id);
        }
        expect(tally.result === 'elected').toBe(tally.elected.length === seats);
        if (tally.result === 'inconclusive') {
          expect(tally.nextRound.length).toBeGreaterThanOrEqual(
            Math.min(2 * (seats - tally.elected.length), CANDIDATES.length - tally.elected.length),
          );
        } else {
          expect(tally.nextRound).toEqual([]);
        }
      }),
    );
  });
});
