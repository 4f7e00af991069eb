import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { DEFAULT_VOTING_RULES, parseVoteRecord } from './record.ts';
import { electionRecord, questionRecord, states } from './testing.ts';

/** The paths and codes of the issues `input` raises. */
function issuesOf(input: unknown): string[] {
  try {
    parseVoteRecord(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_vote_record');
    return (error as DomainError).issues.map((issue) => `${issue.path.join('.')} ${issue.code}`);
  }
  throw new Error('Expected the record to be refused.');
}

const [EGY, FRA, BEL, MAR, SEN, TUN] = ['EGY', 'FRA', 'BEL', 'MAR', 'SEN', 'TUN'];
const SIX = [EGY, FRA, BEL, MAR, SEN, TUN];
const question = (fields: Record<string, unknown>) => ({
  kind: 'question',
  method: 'secret',
  electorate: SIX,
  present: SIX,
  ballots: [],
  ...fields,
});

describe('parseVoteRecord', () => {
  it('applies the default rules and keeps the record', () => {
    const record = parseVoteRecord(questionRecord({ yes: 2 }));
    expect(record.rules).toEqual(DEFAULT_VOTING_RULES);
    expect(DEFAULT_VOTING_RULES).toEqual({
      quorum: 'majority',
      majority: 'simple',
      abstentionsPostpone: true,
      maxProxies: 1,
      runoff: 'top-two',
    });
    expect(record).toMatchObject({ kind: 'question', seats: 0, candidates: [], counts: null });
    expect(record.ballots).toEqual([
      { choice: 'yes', state: null },
      { choice: 'yes', state: null },
    ]);
    expect(parseVoteRecord(electionRecord(['A'], [['A']])).seats).toBe(1);
  });

  it('refuses what is not a record', () => {
    for (const input of [null, 3, 'vote', [], true]) {
      expect(() => parseVoteRecord(input)).toThrow(/Not a vote record/);
    }
    expect(issuesOf({})).toEqual([
      'kind missing',
      'method missing',
      'electorate missing',
      'present missing',
      'ballots missing',
    ]);
    expect(issuesOf({ hello: 1 })).toContain('hello unknown_field');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an unknown format', { format: 'tansiq-vote/2' }, ['format unknown_format']],
    ['an unknown kind', { kind: 'motion' }, ['kind bad_value']],
    ['an unknown method', { method: 'acclamation' }, ['method bad_value']],
    ['an empty electorate', { electorate: [], present: [] }, ['electorate empty']],
    ['a bad code', { electorate: ['EG', ...SIX] }, ['electorate.0 bad_state']],
    ['a state twice in the electorate', { electorate: [...SIX, EGY] }, ['electorate.6 duplicate_state']],
    ['a present state outside the electorate', { present: [EGY, 'USA'] }, ['present.1 outside_electorate']],
    ['a state present twice', { present: [EGY, EGY] }, ['present.1 duplicate_state']],
    [
      'more ballots than voters present',
      { present: [EGY], ballots: [{ choice: 'yes' }, { choice: 'no' }] },
      ['ballots too_many_ballots'],
    ],
    ['an unknown choice', { ballots: [{ choice: 'maybe' }] }, ['ballots.0.choice bad_choice']],
    ['a ballot without choice', { ballots: [{}] }, ['ballots.0.choice missing']],
    ['candidates on a question', { ballots: [{ choice: ['A'] }] }, ['ballots.0.choice bad_choice']],
    ['a state on a secret ballot', { ballots: [{ choice: 'yes', state: EGY }] }, ['ballots.0.state not_roll_call']],
    ['seats on a question', { seats: 1 }, ['seats not_an_election']],
    ['counts on a secret ballot', { counts: { yes: 1 } }, ['counts not_show_of_hands']],
    ['an unknown rule', { rules: { quorom: 3 } }, ['rules.quorom unknown_field']],
    ['a bad quorum', { rules: { quorum: 7 } }, ['rules.quorum bad_value']],
    ['a bad majority', { rules: { majority: 'absolute' } }, ['rules.majority bad_value']],
    ['a bad postponement', { rules: { abstentionsPostpone: 'yes' } }, ['rules.abstentionsPostpone bad_value']],
    ['a bad proxy limit', { rules: { maxProxies: -1 } }, ['rules.maxProxies bad_value']],
    ['a bad runoff', { rules: { runoff: 'instant' } }, ['rules.runoff bad_value']],
  ])('refuses %s', (_name, fields, expected) => {
    expect(issuesOf(question(fields))).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a giver outside the electorate', { proxies: { USA: EGY } }, ['proxies.USA outside_electorate']],
    ['a holder outside the electorate', { proxies: { TUN: 'USA' } }, ['proxies.TUN outside_electorate']],
    ['a giver also listed present', { present: SIX, proxies: { TUN: EGY } }, ['proxies.TUN giver_present']],
    ['a holder not present', { proxies: { TUN: SEN } }, ['proxies.TUN holder_absent']],
    ['a chain', { proxies: { TUN: SEN, SEN: EGY } }, ['proxies.TUN proxy_chain']],
    ['more proxies than allowed', { proxies: { TUN: EGY, SEN: EGY } }, ['proxies.SEN too_many_proxies']],
    [
      'more proxies than a raised limit',
      { present: [EGY, FRA], proxies: { TUN: EGY, SEN: EGY, MAR: EGY }, rules: { maxProxies: 2 } },
      ['proxies.MAR too_many_proxies'],
    ],
    [
      'any proxy when none allowed',
      { proxies: { TUN: EGY }, rules: { maxProxies: 0 } },
      ['proxies.TUN too_many_proxies'],
    ],
  ])('refuses a proxy: %s', (_name, fields, expected) => {
    expect(issuesOf(question({ present: [EGY, FRA, BEL, MAR], ...fields }))).toEqual(expected);
  });

  it('accepts proxies within the limit and counts their ballots', () => {
    const record = parseVoteRecord(
      question({ present: [EGY, FRA], proxies: { TUN: EGY, SEN: FRA }, ballots: Array(4).fill({ choice: 'no' }) }),
    );
    expect(record.proxies).toEqual({ TUN: EGY, SEN: FRA });
    expect(
      issuesOf(question({ present: [EGY, FRA], proxies: { TUN: EGY }, ballots: Array(4).fill({ choice: 'no' }) })),
    ).toEqual(['ballots too_many_ballots']);
  });

  it('checks roll-call ballots state by state', () => {
    const rollCall = (ballots: unknown[]) =>
      question({ method: 'roll-call', present: [EGY, FRA, BEL], proxies: { TUN: EGY }, ballots });
    expect(
      parseVoteRecord(
        rollCall([
          { state: EGY, choice: 'yes' },
          { state: TUN, choice: 'no' },
        ]),
      ).ballots,
    ).toEqual([
      { choice: 'yes', state: EGY },
      { choice: 'no', state: TUN },
    ]);
    expect(issuesOf(rollCall([{ choice: 'yes' }]))).toEqual(['ballots.0.state outside_electorate']);
    expect(issuesOf(rollCall([{ state: 'USA', choice: 'yes' }]))).toEqual(['ballots.0.state outside_electorate']);
    expect(issuesOf(rollCall([{ state: SEN, choice: 'yes' }]))).toEqual(['ballots.0.state not_present']);
    expect(
      issuesOf(
        rollCall([
          { state: EGY, choice: 'yes' },
          { state: EGY, choice: 'no' },
        ]),
      ),
    ).toEqual(['ballots.1.state duplicate_ballot']);
  });

  it('checks a show of hands', () => {
    const hands = (fields: Record<string, unknown>) =>
      question({ method: 'show-of-hands', ballots: undefined, ...fields });
    expect(parseVoteRecord(hands({ counts: { yes: 3, no: 1 } })).counts).toEqual({ yes: 3, no: 1, abstain: 0 });
    expect(issuesOf(hands({}))).toEqual(['counts missing']);
    expect(issuesOf(hands({ counts: { yes: 4, no: 3 } }))).toEqual(['counts too_many_ballots']);
    expect(issuesOf(hands({ counts: { yes: 1.5, maybe: 1 } }))).toEqual([
      'counts.maybe unknown_field',
      'counts.yes bad_value',
    ]);
    expect(issuesOf(hands({ counts: { yes: 1 }, ballots: [] }))).toEqual(['ballots show_of_hands']);
    expect(issuesOf(hands({ kind: 'election', candidates: ['A'], counts: { yes: 1 } }))).toEqual(['method bad_value']);
  });

  it('checks candidates, seats and election ballots', () => {
    const election = (fields: Record<string, unknown>) => ({
      ...electionRecord(['A', 'B'], [['A']], { electorate: 4 }),
      ...fields,
    });
    expect(issuesOf(election({ ballots: [{ choice: ['C'] }] }))).toEqual(['ballots.0.choice.0 unknown_candidate']);
    expect(issuesOf(election({ ballots: [{ choice: 'yes' }] }))).toEqual(['ballots.0.choice bad_choice']);
    expect(issuesOf(election({ candidates: undefined }))).toEqual([
      'candidates missing',
      'ballots.0.choice.0 unknown_candidate',
    ]);
    expect(issuesOf(election({ candidates: [] }))).toEqual([
      'candidates bad_value',
      'ballots.0.choice.0 unknown_candidate',
    ]);
    expect(issuesOf(election({ candidates: ['A', 'A'] }))).toEqual(['candidates.1 duplicate_candidate']);
    expect(issuesOf(election({ seats: 0 }))).toEqual(['seats bad_value']);
    expect(issuesOf(election({ seats: 3 }))).toEqual(['seats bad_value']);
    const spoilt = election({ ballots: [{ choice: ['A', 'A'] }, { choice: [] }, { choice: 'abstain' }] });
    expect(parseVoteRecord(spoilt).ballots.map((ballot) => ballot.choice)).toEqual([['A', 'A'], [], 'abstain']);
  });

  it('lists every issue, not only the first', () => {
    expect(
      issuesOf({
        format: 'x',
        kind: 'question',
        method: 'secret',
        electorate: states(3),
        present: ['ZZZ'],
        ballots: [{ choice: 'nay' }],
      }),
    ).toEqual([
      'format unknown_format',
      'present.0 outside_electorate',
      'ballots too_many_ballots',
      'ballots.0.choice bad_choice',
    ]);
  });
});
