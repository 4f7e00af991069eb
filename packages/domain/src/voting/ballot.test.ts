import { describe, expect, it } from 'vitest';
import { ballotChoiceIssues, castingStateFor, statesCastBy, voteRecordOf, type ClosedVoteFacts } from './ballot.ts';
import { DEFAULT_VOTING_RULES } from './record.ts';
import { recountVote } from './tally.ts';

const QUESTION = { kind: 'question', seats: 0, candidates: [] } as const;
const ELECTION = { kind: 'election', seats: 2, candidates: ['ana', 'ben', 'cho'] } as const;
const codes = (paper: Parameters<typeof ballotChoiceIssues>[0], choice: unknown) =>
  ballotChoiceIssues(paper, choice).map((issue) => [issue.path.join('.'), issue.code]);

describe('ballotChoiceIssues', () => {
  it.each(['yes', 'no', 'abstain', 'blank', 'invalid'])('takes %s on a question', (choice) => {
    expect(codes(QUESTION, choice)).toEqual([]);
  });

  it.each([['maybe'], [['yes']], [null], [undefined], [1]])('refuses %j on a question', (choice) => {
    expect(codes(QUESTION, choice)).toEqual([['choice', 'bad_choice']]);
  });

  it.each([[['ana']], [['ana', 'cho']], [[]], ['abstain'], ['blank'], ['invalid']])(
    'takes %j in an election of two seats',
    (choice) => {
      expect(codes(ELECTION, choice)).toEqual([]);
    },
  );

  it.each([
    ['yes', [['choice', 'bad_choice']]],
    [{ ana: true }, [['choice', 'bad_choice']]],
    [['dan'], [['choice.0', 'unknown_candidate']]],
    [['ana', 7], [['choice.1', 'unknown_candidate']]],
    [['ana', 'ana'], [['choice.1', 'duplicate_candidate']]],
    [['ana', 'ben', 'cho'], [['choice', 'too_many_candidates']]],
    [
      ['ana', 'ana', 'zed'],
      [
        ['choice.1', 'duplicate_candidate'],
        ['choice.2', 'unknown_candidate'],
        ['choice', 'too_many_candidates'],
      ],
    ],
  ])('refuses %j in an election of two seats, naming every fault', (choice, expected) => {
    expect(codes(ELECTION, choice)).toEqual(expected);
  });
});

const ROOM = { present: ['EGY', 'TUN', 'FRA'], proxies: { MAR: 'EGY', BEL: 'FRA' } };

describe('who casts a ballot', () => {
  it.each([
    ['EGY', 'EGY'],
    ['MAR', 'EGY'],
    ['BEL', 'FRA'],
    ['DZA', null],
  ])('%s is cast by %s', (state, caster) => {
    expect(castingStateFor(ROOM, state)).toBe(caster);
  });

  it('gives a holder its own ballot and one per proxy held; an absent holder only the proxies', () => {
    expect(statesCastBy(ROOM, 'EGY')).toEqual([
      { state: 'EGY', asProxy: false },
      { state: 'MAR', asProxy: true },
    ]);
    expect(statesCastBy(ROOM, 'TUN')).toEqual([{ state: 'TUN', asProxy: false }]);
    expect(statesCastBy(ROOM, 'DZA')).toEqual([]);
    expect(statesCastBy({ present: [], proxies: { MAR: 'EGY' } }, 'EGY')).toEqual([{ state: 'MAR', asProxy: true }]);
  });
});

describe('voteRecordOf', () => {
  const base: ClosedVoteFacts = {
    kind: 'question',
    method: 'secret',
    electorate: ['EGY', 'TUN', 'FRA', 'MAR', 'BEL', 'DZA'],
    ...ROOM,
    rules: { ...DEFAULT_VOTING_RULES },
    seats: 0,
    candidates: [],
    ballots: [{ choice: 'yes' }, { choice: 'yes' }, { choice: 'no' }, { choice: 'abstain' }, { choice: 'yes' }],
    counts: null,
  };

  it('writes a secret question as anonymous ballots that tally recounts', () => {
    const record = voteRecordOf(base);
    expect(record).toEqual({
      format: 'tansiq-vote/1',
      kind: 'question',
      method: 'secret',
      electorate: base.electorate,
      present: ['EGY', 'TUN', 'FRA'],
      proxies: { MAR: 'EGY', BEL: 'FRA' },
      rules: DEFAULT_VOTING_RULES,
      ballots: [{ choice: 'yes' }, { choice: 'yes' }, { choice: 'no' }, { choice: 'abstain' }, { choice: 'yes' }],
    });
    expect(recountVote(record)).toMatchObject({ result: 'adopted', votesCast: 4, abstentions: 1 });
  });

  it('drops a state from a secret ballot even if one is given, and keeps it in a roll-call', () => {
    const secret = voteRecordOf({ ...base, ballots: [{ choice: 'yes', state: 'EGY' }] });
    expect(secret.ballots).toEqual([{ choice: 'yes' }]);
    const rollCall = voteRecordOf({ ...base, method: 'roll-call', ballots: [{ choice: 'no', state: 'EGY' }] });
    expect(rollCall.ballots).toEqual([{ choice: 'no', state: 'EGY' }]);
    expect(recountVote(rollCall)).toMatchObject({ result: 'rejected', votesCast: 1 });
  });

  it('writes an election with seats and candidates, and a show of hands with counts only', () => {
    const election = voteRecordOf({
      ...base,
      kind: 'election',
      seats: 1,
      candidates: ['ana', 'ben'],
      ballots: [{ choice: ['ana'] }, { choice: ['ana'] }, { choice: ['ben'] }, { choice: [] }],
    });
    expect(election).toMatchObject({ seats: 1, candidates: ['ana', 'ben'] });
    expect(recountVote(election)).toMatchObject({ result: 'elected', elected: ['ana'] });
    const hands = voteRecordOf({ ...base, method: 'show-of-hands', counts: { yes: 1, no: 3, abstain: 0 } });
    expect(hands.ballots).toBeUndefined();
    expect(hands.counts).toEqual({ yes: 1, no: 3, abstain: 0 });
    expect(recountVote(hands)).toMatchObject({ result: 'rejected' });
  });
});
