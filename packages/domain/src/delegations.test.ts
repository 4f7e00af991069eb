import { describe, expect, it } from 'vitest';
import {
  compareAgendaNumbers,
  delegationIssues,
  presenceOf,
  proxyIssues,
  votingDelegateIndex,
  AGENDA_NUMBER,
  type DelegationMemberInput,
  type ProxyFacts,
} from './delegations.ts';
import { parseVoteRecord } from './voting/record.ts';
import { statesCounted } from './voting/tally.ts';

const members: DelegationMemberInput[] = [
  { name: 'Amina Haddad', role: 'head' },
  { name: 'Karim Saleh', role: 'deputy' },
  { name: 'Laila Nasser', role: 'delegate' },
  { name: 'Omar Fathy', role: 'adviser' },
];

const codes = (issues: { path: (string | number)[]; code: string }[]) =>
  issues.map(({ path, code }) => ({ path, code }));

describe('delegationIssues', () => {
  it('accepts one head, one deputy, delegates and advisers, with or without a named voting delegate', () => {
    expect(delegationIssues({ members, votingDelegate: null })).toEqual([]);
    expect(delegationIssues({ members, votingDelegate: 'laila nasser' })).toEqual([]);
    expect(delegationIssues({ members: [{ name: 'Solo', role: 'head' }], votingDelegate: 'Solo' })).toEqual([]);
  });

  it.each([
    ['no head', { members: members.slice(1), votingDelegate: null }, [{ path: ['members'], code: 'head_missing' }]],
    [
      'two heads',
      { members: [...members, { name: 'B', role: 'head' as const }], votingDelegate: null },
      [{ path: ['members', 4, 'role'], code: 'second_head' }],
    ],
    [
      'two deputies',
      { members: [...members, { name: 'B', role: 'deputy' as const }], votingDelegate: null },
      [{ path: ['members', 4, 'role'], code: 'second_deputy' }],
    ],
    [
      'a name twice',
      { members: [...members, { name: ' amina haddad', role: 'delegate' as const }], votingDelegate: null },
      [{ path: ['members', 4, 'name'], code: 'duplicate_member' }],
    ],
    [
      'a voting delegate not in the delegation',
      { members, votingDelegate: 'Someone Else' },
      [{ path: ['votingDelegate'], code: 'not_a_member' }],
    ],
    [
      'an adviser as voting delegate',
      { members, votingDelegate: 'Omar Fathy' },
      [{ path: ['votingDelegate'], code: 'adviser_cannot_vote' }],
    ],
  ])('refuses %s', (_, delegation, expected) => {
    expect(codes(delegationIssues(delegation))).toEqual(expected);
  });

  it('lists every issue, not only the first', () => {
    const issues = delegationIssues({
      members: [
        { name: 'A', role: 'deputy' },
        { name: 'B', role: 'deputy' },
      ],
      votingDelegate: 'C',
    });
    expect(issues.map((issue) => issue.code)).toEqual(['second_deputy', 'head_missing', 'not_a_member']);
  });
});

describe('votingDelegateIndex', () => {
  it('is the member named, else the head', () => {
    expect(votingDelegateIndex({ members, votingDelegate: 'Karim Saleh' })).toBe(1);
    expect(votingDelegateIndex({ members: [...members].reverse(), votingDelegate: null })).toBe(3);
  });
});

describe('proxyIssues', () => {
  const facts = (overrides: Partial<ProxyFacts> = {}): ProxyFacts => ({
    delegations: new Set(['EGY', 'TUN', 'MAR', 'DZA', 'JOR']),
    checkedIn: new Set(['EGY', 'MAR']),
    proxies: [],
    maxProxies: 1,
    ...overrides,
  });

  it('lets an absent state give its proxy to another delegation, present or not yet', () => {
    expect(proxyIssues('TUN', 'EGY', facts())).toEqual([]);
    expect(proxyIssues('TUN', 'DZA', facts())).toEqual([]);
  });

  it.each([
    ['to itself', 'TUN', 'TUN', {}, { path: ['holder'], code: 'proxy_to_self' }],
    ['from a state without a delegation', 'LBY', 'EGY', {}, { path: ['memberState'], code: 'no_delegation' }],
    ['to a state without a delegation', 'TUN', 'LBY', {}, { path: ['holder'], code: 'no_delegation' }],
    ['by a state checked in', 'EGY', 'MAR', {}, { path: ['memberState'], code: 'giver_present' }],
    [
      'a second time',
      'TUN',
      'MAR',
      { proxies: [{ giver: 'TUN', holder: 'EGY' }] },
      { path: ['memberState'], code: 'proxy_already_given' },
    ],
    [
      'to a holder that gave its own (a chain)',
      'TUN',
      'DZA',
      { proxies: [{ giver: 'DZA', holder: 'EGY' }] },
      { path: ['holder'], code: 'proxy_chain' },
    ],
    [
      'by a holder of another proxy (a chain)',
      'DZA',
      'EGY',
      { proxies: [{ giver: 'TUN', holder: 'DZA' }] },
      { path: ['memberState'], code: 'proxy_chain' },
    ],
    [
      'to a holder that holds as many as it may',
      'TUN',
      'EGY',
      { proxies: [{ giver: 'JOR', holder: 'EGY' }] },
      { path: ['holder'], code: 'too_many_proxies' },
    ],
  ])('refuses a proxy %s', (_, giver, holder, overrides, expected) => {
    expect(codes(proxyIssues(giver, holder, facts(overrides)))).toEqual([expected]);
  });

  it('takes the most a holder may hold as configuration', () => {
    const two = facts({ maxProxies: 2, proxies: [{ giver: 'JOR', holder: 'EGY' }] });
    expect(proxyIssues('TUN', 'EGY', two)).toEqual([]);
    expect(codes(proxyIssues('TUN', 'EGY', facts({ maxProxies: 0 })))).toEqual([
      { path: ['holder'], code: 'too_many_proxies' },
    ]);
  });
});

describe('presenceOf', () => {
  const delegations = ['DZA', 'EGY', 'JOR', 'MAR', 'TUN'];

  it('counts those checked in and those whose holder is checked in, with the default quorum', () => {
    const presence = presenceOf(delegations, new Set(['EGY', 'MAR']), [
      { giver: 'TUN', holder: 'EGY' },
      { giver: 'JOR', holder: 'DZA' },
    ]);
    expect(presence).toEqual({
      present: ['EGY', 'MAR'],
      proxies: { TUN: 'EGY' },
      absent: ['DZA', 'JOR'],
      counted: 3,
      electorate: 5,
      quorumRequired: 3,
      quorum: true,
    });
  });

  it('has no quorum at half, and none with no delegation', () => {
    expect(presenceOf(['EGY', 'TUN'], new Set(['EGY']), []).quorum).toBe(false);
    expect(presenceOf([], new Set(), [])).toMatchObject({ counted: 0, quorumRequired: 1, quorum: false });
  });

  it('gives a present and proxies that a vote record accepts and counts the same', () => {
    const presence = presenceOf(delegations, new Set(['EGY', 'MAR', 'DZA']), [
      { giver: 'TUN', holder: 'EGY' },
      { giver: 'JOR', holder: 'MAR' },
    ]);
    const record = parseVoteRecord({
      kind: 'question',
      method: 'show-of-hands',
      electorate: delegations,
      present: presence.present,
      proxies: presence.proxies,
      counts: { yes: 5 },
    });
    expect(statesCounted(record)).toBe(presence.counted);
  });
});

describe('agenda numbers', () => {
  it('accepts 3, 3.1, 12.4.2 and refuses others', () => {
    expect(['3', '3.1', '12.4.2'].every((number) => AGENDA_NUMBER.test(number))).toBe(true);
    expect(['0', '3.', '.1', '3.0', 'A', '3 .1', ''].some((number) => AGENDA_NUMBER.test(number))).toBe(false);
  });

  it('orders numbers part by part', () => {
    expect(['3.10', '10', '3', '3.2', '1'].sort(compareAgendaNumbers)).toEqual(['1', '3', '3.2', '3.10', '10']);
  });
});
