/** Laws of the count: order does not matter, and more support never hurts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { majorityRequired, meetsMajority, recountVote } from './tally.ts';
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

  it('the majority required is where the majority starts', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.nat(400), fc.constantFrom('simple', 'two-thirds'), (a, b, majority) => {
        const [votes, cast] = a <= b ? [a, b] : [b, a];
        expect(meetsMajority(votes, cast, majority)).toBe(votes >= majorityRequired(cast, majority));
      }),
    );
  });

  it('a question’s figures add up to its ballots, and its result follows from them', () => {
    fc.assert(
      fc.property(ballots, rules, fc.integer({ min: 0, max: 200 }), (counts, rule, extra) => {
        const total = counts.yes + counts.no + counts.abstain + counts.blank + counts.invalid;
        const electorate = Math.max(total, 1) + extra;
        const tally = recountVote(questionRecord(counts, { rules: rule, electorate, present: Math.max(total, 1) }));
        expect(tally.votesFor + tally.votesAgainst).toBe(tally.votesCast);
        expect(tally.votesFor + tally.votesAgainst + tally.abstentions + tally.invalidBallots).toBe(total);
        expect(tally.blankBallots).toBeLessThanOrEqual(tally.abstentions);
        expect(tally.quorum).toBe(tally.statesCounted >= tally.quorumRequired);
        const postponed = rule.abstentionsPostpone && tally.abstentions * 2 > tally.votesCast;
        const expected = !tally.quorum
          ? 'no-quorum'
          : postponed
            ? 'postponed'
            : tally.votesFor >= tally.majorityRequired
              ? 'adopted'
              : 'rejected';
        expect(tally.result).toBe(expected);
      }),
    );
  });

  it('an election gives every candidate’s votes, adding up to the names on the valid ballots', () => {
    fc.assert(
      fc.property(fc.array(electionBallot, { maxLength: 40 }), fc.integer({ min: 1, max: 3 }), (votes, seats) => {
        const tally = recountVote(electionRecord(CANDIDATES, votes, { seats }));
        const valid = votes.filter(
          (vote): vote is string[] =>
            Array.isArray(vote) && vote.length > 0 && vote.length <= seats && new Set(vote).size === vote.length,
        );
        expect(tally.votesCast).toBe(valid.length);
        expect(tally.candidates.map((candidate) => candidate.id).sort()).toEqual(CANDIDATES);
        const names = tally.candidates.reduce((sum, candidate) => sum + candidate.votes, 0);
        expect(names).toBe(valid.reduce((sum, vote) => sum + vote.length, 0));
        for (let i = 1; i < tally.candidates.length; i += 1) {
          expect(tally.candidates[i - 1]!.votes).toBeGreaterThanOrEqual(tally.candidates[i]!.votes);
        }
        const votesOf = new Map(tally.candidates.map((candidate) => [candidate.id, candidate.votes]));
        for (const id of tally.elected) {
          expect(votesOf.get(id)).toBeGreaterThanOrEqual(tally.majorityRequired);
        }
        expect(tally.votesCast + tally.abstentions + tally.invalidBallots).toBe(votes.length);
      }),
    );
  });
});
