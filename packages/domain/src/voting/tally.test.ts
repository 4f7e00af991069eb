import { describe, expect, it } from 'vitest';
import { majorityRequired, meetsMajority, quorumReached, quorumRequired, recountVote } from './tally.ts';
import { ballotCount, electionRecord, questionRecord, states, times, type QuestionBallots } from './testing.ts';

describe('quorumReached', () => {
  it.each([
    // counted, electorate, quorum, reached
    [0, 1, 'majority', false],
    [1, 1, 'majority', true],
    [1, 2, 'majority', false],
    [2, 2, 'majority', true],
    [2, 4, 'majority', false],
    [3, 4, 'majority', true],
    [97, 193, 'majority', true],
    [96, 193, 'majority', false],
    [5, 10, 5, true],
    [4, 10, 5, false],
    [0, 10, 0, true],
  ] as const)('%i of %i with quorum %s: %s', (counted, size, quorum, reached) => {
    expect(quorumReached(counted, size, quorum)).toBe(reached);
  });
});

describe('meetsMajority', () => {
  it.each([
    // votes, cast, majority, met
    [0, 0, 'simple', false],
    [1, 1, 'simple', true],
    [1, 2, 'simple', false],
    [2, 3, 'simple', true],
    [50, 100, 'simple', false],
    [51, 100, 'simple', true],
    [0, 0, 'two-thirds', false],
    [2, 3, 'two-thirds', true],
    [1, 2, 'two-thirds', false],
    [66, 100, 'two-thirds', false],
    [67, 100, 'two-thirds', true],
    [4, 6, 'two-thirds', true],
    [3, 5, 'two-thirds', false],
    [10, 15, 'two-thirds', true],
  ] as const)('%i of %i, %s: %s', (votes, cast, majority, met) => {
    expect(meetsMajority(votes, cast, majority)).toBe(met);
  });
});

describe('majorityRequired', () => {
  it.each([
    // cast, majority, required
    [0, 'simple', 1],
    [1, 'simple', 1],
    [2, 'simple', 2],
    [3, 'simple', 2],
    [100, 'simple', 51],
    [101, 'simple', 51],
    [0, 'two-thirds', 1],
    [2, 'two-thirds', 2],
    [3, 'two-thirds', 2],
    [4, 'two-thirds', 3],
    [6, 'two-thirds', 4],
    [100, 'two-thirds', 67],
  ] as const)('of %i votes cast, %s: %i', (cast, majority, required) => {
    expect(majorityRequired(cast, majority)).toBe(required);
  });
});

describe('quorumRequired', () => {
  it.each([
    [1, 'majority', 1],
    [2, 'majority', 2],
    [3, 'majority', 2],
    [193, 'majority', 97],
    [10, 5, 5],
    [10, 0, 0],
  ] as const)('of %i states, quorum %s: %i', (size, quorum, required) => {
    expect(quorumRequired(size, quorum)).toBe(required);
  });
});

describe('a question', () => {
  const table: [string, QuestionBallots, Record<string, unknown> | undefined, string, number, number][] = [
    // name, ballots, rules, result, votesCast, abstentions
    ['a majority adopts', { yes: 3, no: 2 }, undefined, 'adopted', 5, 0],
    ['a minority rejects', { yes: 2, no: 3 }, undefined, 'rejected', 5, 0],
    ['a tie rejects', { yes: 3, no: 3 }, undefined, 'rejected', 6, 0],
    ['unanimity adopts', { yes: 4 }, undefined, 'adopted', 4, 0],
    ['abstentions are not votes cast', { yes: 3, no: 2, abstain: 2 }, undefined, 'adopted', 5, 2],
    ['blank ballots are abstentions', { yes: 3, no: 2, blank: 2 }, undefined, 'adopted', 5, 2],
    ['invalid ballots are neither', { yes: 2, no: 1, invalid: 5 }, undefined, 'adopted', 3, 0],
    ['abstentions at half do not postpone', { yes: 3, no: 1, abstain: 2 }, undefined, 'adopted', 4, 2],
    ['abstentions over half postpone', { yes: 3, no: 1, abstain: 3 }, undefined, 'postponed', 4, 3],
    ['blank ballots over half postpone', { yes: 3, no: 1, abstain: 1, blank: 2 }, undefined, 'postponed', 4, 3],
    ['postponed before rejected', { yes: 1, no: 1, abstain: 2 }, undefined, 'postponed', 2, 2],
    ['only abstentions: postponed', { abstain: 3 }, undefined, 'postponed', 0, 3],
    ['no ballot at all: rejected', {}, undefined, 'rejected', 0, 0],
    ['only invalid ballots: rejected', { invalid: 2 }, undefined, 'rejected', 0, 0],
    [
      'no postponement when not the rule',
      { yes: 3, no: 1, abstain: 9 },
      { abstentionsPostpone: false },
      'adopted',
      4,
      9,
    ],
    ['only abstentions, no postponement: rejected', { abstain: 3 }, { abstentionsPostpone: false }, 'rejected', 0, 3],
    ['two thirds exactly adopts', { yes: 4, no: 2 }, { majority: 'two-thirds' }, 'adopted', 6, 0],
    ['just under two thirds rejects', { yes: 6, no: 4 }, { majority: 'two-thirds' }, 'rejected', 10, 0],
    ['just over two thirds adopts', { yes: 7, no: 3 }, { majority: 'two-thirds' }, 'adopted', 10, 0],
    ['two thirds: a tie rejects', { yes: 2, no: 2 }, { majority: 'two-thirds' }, 'rejected', 4, 0],
  ];
  it.each(table)('%s', (_name, ballots, rules, result, votesCast, abstentions) => {
    const electorate = ballotCount(ballots) + 1;
    const majority = (rules?.majority ?? 'simple') as 'simple' | 'two-thirds';
    expect(recountVote(questionRecord(ballots, { electorate, rules }))).toEqual({
      quorum: true,
      votesCast,
      abstentions,
      result,
      elected: [],
      nextRound: [],
      votesFor: ballots.yes ?? 0,
      votesAgainst: ballots.no ?? 0,
      blankBallots: ballots.blank ?? 0,
      invalidBallots: ballots.invalid ?? 0,
      majority,
      majorityRequired: majorityRequired(votesCast, majority),
      statesCounted: electorate,
      electorate,
      quorumRequired: Math.floor(electorate / 2) + 1,
      candidates: [],
    });
  });

  it('gives the figures the result follows from: for, against, abstentions with the blank, the majority', () => {
    // 7 for, 3 against, 2 abstentions and 1 blank ballot (3 abstentions), 1 spoilt; 14 present of 20.
    const tally = recountVote(
      questionRecord({ yes: 7, no: 3, abstain: 2, blank: 1, invalid: 1 }, { electorate: 20, present: 14 }),
    );
    expect(tally).toEqual({
      quorum: true,
      votesCast: 10,
      abstentions: 3,
      result: 'adopted',
      elected: [],
      nextRound: [],
      votesFor: 7,
      votesAgainst: 3,
      blankBallots: 1,
      invalidBallots: 1,
      majority: 'simple',
      majorityRequired: 6,
      statesCounted: 14,
      electorate: 20,
      quorumRequired: 11,
      candidates: [],
    });
    // The same ballots under two thirds: 7 of 10 is at least the 7 required.
    const twoThirds = questionRecord({ yes: 7, no: 3 }, { rules: { majority: 'two-thirds' } });
    expect(recountVote(twoThirds)).toMatchObject({ result: 'adopted', majority: 'two-thirds', majorityRequired: 7 });
  });

  it('without a quorum: no-quorum, whatever the ballots, with the counts still given', () => {
    expect(recountVote(questionRecord({ yes: 5 }, { electorate: 10, present: 5 }))).toEqual({
      quorum: false,
      votesCast: 5,
      abstentions: 0,
      result: 'no-quorum',
      elected: [],
      nextRound: [],
      votesFor: 5,
      votesAgainst: 0,
      blankBallots: 0,
      invalidBallots: 0,
      majority: 'simple',
      majorityRequired: 3,
      statesCounted: 5,
      electorate: 10,
      quorumRequired: 6,
      candidates: [],
    });
    expect(recountVote(questionRecord({ yes: 1, abstain: 5 }, { electorate: 12, present: 6 })).result).toBe(
      'no-quorum',
    );
  });

  it('a quorum given as a number of states', () => {
    const record = (present: number) => questionRecord({ yes: 2 }, { electorate: 10, present, rules: { quorum: 3 } });
    expect(recountVote(record(3))).toMatchObject({ result: 'adopted', statesCounted: 3, quorumRequired: 3 });
    expect(recountVote(record(2))).toMatchObject({ result: 'no-quorum', statesCounted: 2, quorumRequired: 3 });
  });

  it('a state represented by proxy counts towards the quorum', () => {
    const electorate = states(4);
    const base = { kind: 'question', method: 'secret', electorate, present: electorate.slice(0, 2) };
    const ballots = [{ choice: 'yes' }, { choice: 'yes' }, { choice: 'no' }];
    expect(recountVote({ ...base, ballots: ballots.slice(0, 2) }).result).toBe('no-quorum');
    expect(recountVote({ ...base, proxies: { [electorate[2]!]: electorate[0] }, ballots })).toMatchObject({
      quorum: true,
      votesCast: 3,
      result: 'adopted',
      statesCounted: 3,
      electorate: 4,
      quorumRequired: 3,
    });
  });

  it('a show of hands counts the hands', () => {
    const electorate = states(20);
    const record = (counts: Record<string, number>, rules = {}) =>
      recountVote({ kind: 'question', method: 'show-of-hands', electorate, present: electorate, counts, rules });
    expect(record({ yes: 10, no: 5, abstain: 5 })).toEqual({
      quorum: true,
      votesCast: 15,
      abstentions: 5,
      result: 'adopted',
      elected: [],
      nextRound: [],
      votesFor: 10,
      votesAgainst: 5,
      blankBallots: 0,
      invalidBallots: 0,
      majority: 'simple',
      majorityRequired: 8,
      statesCounted: 20,
      electorate: 20,
      quorumRequired: 11,
      candidates: [],
    });
    expect(record({ yes: 5, no: 5 }).result).toBe('rejected');
    expect(record({ yes: 4, no: 2, abstain: 4 }).result).toBe('postponed');
    expect(record({ yes: 4, no: 2, abstain: 4 }, { abstentionsPostpone: false }).result).toBe('adopted');
    expect(record({ yes: 3 }).votesCast).toBe(3);
  });
});

describe('an election to one seat', () => {
  const table: [string, string[], (string[] | string)[], Record<string, unknown> | undefined, object][] = [
    [
      'over half of the valid ballots elects',
      ['A', 'B', 'C'],
      [...times(4, ['A']), ...times(2, ['B']), ['C']],
      undefined,
      { result: 'elected', elected: ['A'], nextRound: [], votesCast: 7, abstentions: 0 },
    ],
    [
      'half exactly is inconclusive: the two leading',
      ['A', 'B', 'C'],
      [...times(3, ['A']), ...times(2, ['B']), ['C']],
      undefined,
      { result: 'inconclusive', elected: [], nextRound: ['A', 'B'], votesCast: 6 },
    ],
    [
      'a tie for second keeps both',
      ['A', 'B', 'C', 'D'],
      [...times(3, ['A']), ...times(2, ['B']), ...times(2, ['C']), ['D']],
      undefined,
      { result: 'inconclusive', nextRound: ['A', 'B', 'C'] },
    ],
    [
      'a tie for first keeps all tied',
      ['A', 'B', 'C', 'D'],
      [...times(2, ['A']), ...times(2, ['B']), ...times(2, ['C']), ['D']],
      undefined,
      { result: 'inconclusive', nextRound: ['A', 'B', 'C'] },
    ],
    [
      'a two-way tie',
      ['A', 'B'],
      [...times(3, ['A']), ...times(3, ['B'])],
      undefined,
      { result: 'inconclusive', nextRound: ['A', 'B'] },
    ],
    [
      'ordered by votes, then as listed',
      ['A', 'B', 'C'],
      [['C'], ['C'], ['B'], ['A'], ['B']],
      undefined,
      { result: 'inconclusive', nextRound: ['B', 'C'] },
    ],
    [
      'blank and abstain are abstentions, not votes cast',
      ['A', 'B'],
      [['A'], ['A'], ['B'], [], 'blank', 'abstain'],
      undefined,
      { result: 'elected', elected: ['A'], votesCast: 3, abstentions: 3 },
    ],
    [
      'spoilt ballots are not votes cast: two names, a name twice, "invalid"',
      ['A', 'B'],
      [['A'], ['A'], ['B'], ['A', 'B'], ['B', 'B'], 'invalid'],
      undefined,
      { result: 'elected', elected: ['A'], votesCast: 3, abstentions: 0 },
    ],
    [
      'abstentions never postpone an election',
      ['A', 'B'],
      [['A'], ...times(5, 'abstain')],
      undefined,
      { result: 'elected', elected: ['A'], votesCast: 1, abstentions: 5 },
    ],
    [
      'no valid ballot: inconclusive, all tied kept',
      ['A', 'B', 'C'],
      ['blank', 'invalid'],
      undefined,
      { result: 'inconclusive', elected: [], nextRound: ['A', 'B', 'C'], votesCast: 0 },
    ],
    [
      'runoff none: every candidate stays',
      ['A', 'B', 'C'],
      [...times(3, ['A']), ...times(2, ['B']), ['C']],
      { runoff: 'none' },
      { result: 'inconclusive', nextRound: ['A', 'B', 'C'] },
    ],
    [
      'two-thirds majority',
      ['A', 'B'],
      [...times(3, ['A']), ...times(2, ['B'])],
      { majority: 'two-thirds' },
      { result: 'inconclusive', nextRound: ['A', 'B'] },
    ],
    [
      'two-thirds met exactly',
      ['A', 'B'],
      [...times(4, ['A']), ...times(2, ['B'])],
      { majority: 'two-thirds' },
      { result: 'elected', elected: ['A'] },
    ],
  ];
  it.each(table)('%s', (_name, candidates, votes, rules, expected) => {
    const tally = recountVote(electionRecord(candidates, votes, { rules }));
    expect(tally).toMatchObject({ quorum: true, ...expected });
    expect(Object.keys(tally)).toEqual([
      'quorum',
      'votesCast',
      'abstentions',
      'result',
      'elected',
      'nextRound',
      'votesFor',
      'votesAgainst',
      'blankBallots',
      'invalidBallots',
      'majority',
      'majorityRequired',
      'statesCounted',
      'electorate',
      'quorumRequired',
      'candidates',
    ]);
    // Every candidate's votes, most first, then as listed; they add up to the names on the valid ballots.
    expect(tally.candidates.map((candidate) => candidate.id).sort()).toEqual([...candidates].sort());
    const votesOf = (id: string) =>
      votes.filter((vote) => Array.isArray(vote) && vote.length === 1 && vote[0] === id).length;
    for (const { id, votes: count } of tally.candidates) {
      expect(count, id).toBe(votesOf(id));
    }
    expect(tally.votesFor + tally.votesAgainst).toBe(0);
  });

  it('gives each candidate’s votes, the blank and spoilt ballots, and the majority a candidate needs', () => {
    const votes = [...times(5, ['B']), ...times(3, ['A']), ['C'], [], 'blank', 'abstain', ['A', 'B'], 'invalid'];
    expect(recountVote(electionRecord(['A', 'B', 'C', 'D'], votes))).toEqual({
      quorum: true,
      votesCast: 9,
      abstentions: 3,
      result: 'elected',
      elected: ['B'],
      nextRound: [],
      votesFor: 0,
      votesAgainst: 0,
      blankBallots: 2,
      invalidBallots: 2,
      majority: 'simple',
      majorityRequired: 5,
      statesCounted: 14,
      electorate: 14,
      quorumRequired: 8,
      candidates: [
        { id: 'B', votes: 5 },
        { id: 'A', votes: 3 },
        { id: 'C', votes: 1 },
        { id: 'D', votes: 0 },
      ],
    });
  });

  it('without a quorum: no-quorum, nobody elected, no next round', () => {
    const record = electionRecord(['A'], [['A']], { electorate: 3 });
    expect(recountVote({ ...record, present: (record.electorate as string[]).slice(0, 1) })).toEqual({
      quorum: false,
      votesCast: 1,
      abstentions: 0,
      result: 'no-quorum',
      elected: [],
      nextRound: [],
      votesFor: 0,
      votesAgainst: 0,
      blankBallots: 0,
      invalidBallots: 0,
      majority: 'simple',
      majorityRequired: 1,
      statesCounted: 1,
      electorate: 3,
      quorumRequired: 2,
      candidates: [{ id: 'A', votes: 1 }],
    });
  });
});

describe('an election to several seats', () => {
  const table: [string, string[], number, (string[] | string)[], object][] = [
    [
      'two over half of the valid ballots fill two seats',
      ['A', 'B', 'C'],
      2,
      [['A', 'B'], ['A', 'B'], ['A', 'C'], ['B']],
      { result: 'elected', elected: ['A', 'B'], nextRound: [], votesCast: 4 },
    ],
    [
      'one elected, one seat left: two candidates for it',
      ['A', 'B', 'C', 'D'],
      2,
      [
        ['A', 'B'],
        ['A', 'C'],
        ['A', 'D'],
        ['B', 'C'],
      ],
      { result: 'inconclusive', elected: ['A'], nextRound: ['B', 'C'] },
    ],
    [
      'nobody elected: four candidates for two seats',
      ['A', 'B', 'C', 'D', 'E'],
      2,
      [['A', 'B'], ['C', 'D'], ['E'], ['A']],
      { result: 'inconclusive', elected: [], nextRound: ['A', 'B', 'C', 'D', 'E'] },
    ],
    [
      'nobody elected: the four leading, ties at the cut kept',
      ['A', 'B', 'C', 'D', 'E', 'F'],
      2,
      [['A', 'B'], ['A', 'C'], ['B', 'D'], ['E'], ['F']],
      { result: 'inconclusive', elected: [], nextRound: ['A', 'B', 'C', 'D', 'E', 'F'] },
    ],
    [
      'more qualify than seats: the most voted',
      ['A', 'B', 'C'],
      2,
      [...times(3, ['A', 'B']), ...times(2, ['A', 'C']), ...times(2, ['B', 'C'])],
      { result: 'elected', elected: ['A', 'B'], votesCast: 7 },
    ],
    [
      'more qualify than seats with a tie at the cut: the tied are not elected',
      ['A', 'B', 'C'],
      2,
      [
        ['A', 'B'],
        ['A', 'C'],
        ['A', 'B'],
        ['A', 'C'],
        ['B', 'C'],
      ],
      { result: 'inconclusive', elected: ['A'], nextRound: ['B', 'C'] },
    ],
    [
      'a ballot naming more candidates than seats is spoilt',
      ['A', 'B', 'C'],
      2,
      [
        ['A', 'B', 'C'],
        ['A', 'B'],
        ['A', 'B'],
      ],
      { result: 'elected', elected: ['A', 'B'], votesCast: 2 },
    ],
    [
      'three seats: six candidates for the two left',
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
      3,
      [
        ['A', 'B', 'C'],
        ['A', 'D', 'E'],
        ['A', 'F', 'G'],
        ['B', 'C', 'D'],
      ],
      { result: 'inconclusive', elected: ['A'], nextRound: ['B', 'C', 'D', 'E', 'F', 'G'] },
    ],
  ];
  it.each(table)('%s', (_name, candidates, seats, votes, expected) => {
    expect(recountVote(electionRecord(candidates, votes, { seats }))).toMatchObject({ quorum: true, ...expected });
  });

  it('the next round keeps two per seat left and drops the rest', () => {
    const votes = [...times(3, ['A']), ...times(3, ['B']), ...times(2, ['C']), ['D'], ['E']];
    expect(recountVote(electionRecord(['A', 'B', 'C', 'D', 'E'], votes, { seats: 2 }))).toMatchObject({
      result: 'inconclusive',
      elected: [],
      nextRound: ['A', 'B', 'C', 'D', 'E'],
    });
    const fewer = [...times(3, ['A']), ...times(3, ['B']), ...times(2, ['C']), ...times(2, ['D']), ['E']];
    expect(recountVote(electionRecord(['E', 'D', 'C', 'B', 'A'], fewer, { seats: 2 })).nextRound).toEqual([
      'B',
      'A',
      'D',
      'C',
    ]);
  });
});
