/**
 * Recounting large records (issue 12): candidates, ballots' names and the elected are looked up in sets, so a
 * record of 100,000 candidates recounts in milliseconds (it took 5 to 9 s, each candidate searched for in the
 * list before it, each name on a ballot in the whole list). Records are built at test time.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { recountVote } from './tally.ts';
import { electionRecord, times } from './testing.ts';

const candidates = (n: number) => Array.from({ length: n }, (_, i) => `candidate-${i}`);

/** Recounts `record` and says how long it took, in milliseconds. */
function timedRecount(record: unknown) {
  const started = performance.now();
  const tally = recountVote(record);
  return { tally, elapsed: performance.now() - started };
}

describe('recounting 100,000 candidates', () => {
  const ids = candidates(100_000);

  it('elects the one with the majority of 193 ballots, at once', () => {
    const last = ids[ids.length - 1]!;
    const votes = [...times(97, [last]), ...ids.slice(0, 96).map((id) => [id])];
    const { tally, elapsed } = timedRecount(electionRecord(ids, votes, { electorate: 193 }));
    expect(tally).toMatchObject({
      quorum: true,
      votesCast: 193,
      abstentions: 0,
      result: 'elected',
      elected: [last],
      nextRound: [],
      majorityRequired: 97,
    });
    // Every candidate's votes, the one elected first, then the 96 with one vote, then the rest as listed.
    expect(tally.candidates).toHaveLength(100_000);
    expect(tally.candidates.slice(0, 2)).toEqual([
      { id: last, votes: 97 },
      { id: ids[0], votes: 1 },
    ]);
    expect(tally.candidates[96]).toEqual({ id: ids[95], votes: 1 });
    expect(tally.candidates[97]).toEqual({ id: ids[96], votes: 0 });
    expect(elapsed).toBeLessThan(3_000);
  });

  it('sends every candidate on with runoff none, by votes then as listed', () => {
    const votes = ids.slice(0, 193).map((_, i) => [ids[99_999 - (i % 3)]!]);
    const { tally, elapsed } = timedRecount(electionRecord(ids, votes, { rules: { runoff: 'none' } }));
    expect(tally.result).toBe('inconclusive');
    expect(tally.nextRound).toHaveLength(100_000);
    expect(tally.nextRound.slice(0, 4)).toEqual([ids[99_999], ids[99_997], ids[99_998], ids[0]]);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('elects 50,000 of them to 50,001 seats and sends the other 50,000 on, at once', () => {
    const named = ids.slice(0, 50_000);
    const record = electionRecord(ids, times(3, named), { seats: 50_001 });
    const { tally, elapsed } = timedRecount(record);
    expect(tally).toMatchObject({ quorum: true, votesCast: 3, result: 'inconclusive' });
    expect(tally.elected).toEqual(named);
    // All 50,000 left are tied at no vote: a tie with the last kept keeps them all.
    expect(tally.nextRound).toEqual(ids.slice(50_000));
    expect(elapsed).toBeLessThan(3_000);
  });

  it('names a candidate listed twice and a ballot naming no candidate, at once', () => {
    const record = electionRecord([...ids, ids[0]!], [[ids[5]!], ['nobody']], { electorate: 3 });
    const started = performance.now();
    const error = (() => {
      try {
        recountVote(record);
      } catch (thrown) {
        return thrown;
      }
      throw new Error('The record was counted.');
    })();
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).issues.map(({ path, code }) => [path.join('.'), code])).toEqual([
      ['candidates.100000', 'duplicate_candidate'],
      ['ballots.1.choice.0', 'unknown_candidate'],
    ]);
  });
});
