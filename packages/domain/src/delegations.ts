import type { Issue } from './errors.ts';
import { quorumReached, quorumRequired, statesCounted } from './voting/tally.ts';

/** The roles in a delegation, in the order a list of its members shows them. */
export const DELEGATION_ROLES = ['head', 'deputy', 'delegate', 'adviser'] as const;

export type DelegationRole = (typeof DELEGATION_ROLES)[number];

/** How a delegation is present: checked in, absent with its proxy's holder checked in, or absent. */
export const PRESENCES = ['in-person', 'by-proxy', 'absent'] as const;
export type PresenceKind = (typeof PRESENCES)[number];

/** How many other states' proxies one state may hold unless the meeting says otherwise (docs/voting.md). */
export const DEFAULT_MAX_PROXIES = 1;

/** The roles of the accounts that cast a state's ballots, as its voting delegate (docs/voting.md). */
export const BALLOT_CASTING_ROLES: readonly string[] = ['delegate', 'focal-point'];

/** What a delegation's page needs to know of the account a member's e-mail address signs in with. */
export interface MemberAccount {
  role: string;
  memberStateIso3: string | null;
  disabled: boolean;
}

/**
 * Whether a member of `state`'s delegation has an account: one that signs in with the member's e-mail address,
 * is enabled, and acts for that state (an account of another state or of no state is not the member's here).
 */
export function hasAccountFor(account: MemberAccount | undefined, state: string): boolean {
  return account !== undefined && !account.disabled && account.memberStateIso3 === state;
}

/**
 * Whether the voting delegate of `state` can cast its ballots in the web app: it has an account of that state
 * (`hasAccountFor`) as a delegate or the state's focal point, the roles a ballot is taken from.
 */
export function accountCastsBallotsFor(account: MemberAccount | undefined, state: string): boolean {
  return hasAccountFor(account, state) && BALLOT_CASTING_ROLES.includes(account!.role);
}

/** A member of a delegation as registered. */
export interface DelegationMemberInput {
  name: string;
  role: DelegationRole;
}

/**
 * The problems of a delegation's composition, each at its path (`members.<i>.role`, `votingDelegate`): exactly
 * one head, at most one deputy, each name once, and a voting delegate (named, or null for the head) who is a
 * member and not an adviser.
 */
export function delegationIssues(delegation: {
  members: readonly DelegationMemberInput[];
  votingDelegate: string | null;
}): Issue[] {
  const issues: Issue[] = [];
  const { members } = delegation;
  const seen = new Set<string>();
  let heads = 0;
  let deputies = 0;
  members.forEach((member, index) => {
    const key = member.name.trim().toLowerCase();
    if (seen.has(key)) {
      issues.push({
        path: ['members', index, 'name'],
        code: 'duplicate_member',
        message: `${member.name} is listed twice.`,
      });
    }
    seen.add(key);
    if (member.role === 'head' && ++heads > 1) {
      issues.push({
        path: ['members', index, 'role'],
        code: 'second_head',
        message: 'A delegation has one head.',
      });
    }
    if (member.role === 'deputy' && ++deputies > 1) {
      issues.push({
        path: ['members', index, 'role'],
        code: 'second_deputy',
        message: 'A delegation has at most one deputy head.',
      });
    }
  });
  if (heads === 0) {
    issues.push({ path: ['members'], code: 'head_missing', message: 'Name the head of the delegation.' });
  }
  if (delegation.votingDelegate !== null) {
    const key = delegation.votingDelegate.trim().toLowerCase();
    const voter = members.find((member) => member.name.trim().toLowerCase() === key);
    if (voter === undefined) {
      issues.push({
        path: ['votingDelegate'],
        code: 'not_a_member',
        message: `${delegation.votingDelegate} is not a member of the delegation.`,
      });
    } else if (voter.role === 'adviser') {
      issues.push({
        path: ['votingDelegate'],
        code: 'adviser_cannot_vote',
        message: 'An adviser does not cast the vote: name the head, the deputy or a delegate.',
      });
    }
  }
  return issues;
}

/** The index of the member who casts the state's vote: the one named, else the head (-1 for none). */
export function votingDelegateIndex(delegation: {
  members: readonly DelegationMemberInput[];
  votingDelegate: string | null;
}): number {
  const { members, votingDelegate } = delegation;
  if (votingDelegate !== null) {
    const key = votingDelegate.trim().toLowerCase();
    return members.findIndex((member) => member.name.trim().toLowerCase() === key);
  }
  return members.findIndex((member) => member.role === 'head');
}

/** A proxy in force: giver to holder. */
export interface ProxyInForce {
  giver: string;
  holder: string;
}

/** What a meeting holds when a proxy is asked for. */
export interface ProxyFacts {
  /** The states with a delegation at the meeting. */
  delegations: ReadonlySet<string>;
  /** The delegations checked in. */
  checkedIn: ReadonlySet<string>;
  /** The proxies in force (not withdrawn). */
  proxies: readonly ProxyInForce[];
  maxProxies: number;
}

/**
 * Why `giver` may not give its proxy to `holder` at a meeting, as issues at the path of the field at fault
 * (`memberState` for the giver, `holder`): the same rules as a vote record's (docs/voting.md), applied when the
 * proxy is given. A holder need not be checked in yet (a proxy counts only while its holder is present); a
 * giver checked in is refused, and checking in later withdraws its proxy.
 */
export function proxyIssues(giver: string, holder: string, facts: ProxyFacts): Issue[] {
  const issue = (path: string, code: string, message: string): Issue[] => [{ path: [path], code, message }];
  if (giver === holder) {
    return issue('holder', 'proxy_to_self', 'A state cannot hold its own proxy.');
  }
  if (!facts.delegations.has(giver)) {
    return issue('memberState', 'no_delegation', `${giver} has no delegation at this meeting.`);
  }
  if (!facts.delegations.has(holder)) {
    return issue('holder', 'no_delegation', `${holder} has no delegation at this meeting.`);
  }
  if (facts.proxies.some((proxy) => proxy.giver === giver)) {
    return issue('memberState', 'proxy_already_given', `${giver} has already given its proxy: withdraw it first.`);
  }
  if (facts.checkedIn.has(giver)) {
    return issue('memberState', 'giver_present', `${giver} is checked in: check it out before it gives its proxy.`);
  }
  if (facts.proxies.some((proxy) => proxy.holder === giver)) {
    return issue('memberState', 'proxy_chain', `${giver} holds another state's proxy: proxies do not chain.`);
  }
  if (facts.proxies.some((proxy) => proxy.giver === holder)) {
    return issue('holder', 'proxy_chain', `${holder} gave its own proxy: proxies do not chain.`);
  }
  const held = facts.proxies.filter((proxy) => proxy.holder === holder).length;
  if (held >= facts.maxProxies) {
    return issue(
      'holder',
      'too_many_proxies',
      `${holder} already holds ${held} prox${held === 1 ? 'y' : 'ies'}, the most a state may hold here.`,
    );
  }
  return [];
}

/** Who counts at a meeting now, in the shape of a vote record's `present` and `proxies`. */
export interface Presence {
  /** The delegations checked in. */
  present: string[];
  /** The proxies that count: giver not checked in, holder checked in. */
  proxies: Record<string, string>;
  /** The delegations neither checked in nor represented. */
  absent: string[];
  /** Present plus represented by proxy. */
  counted: number;
  /** The number of delegations at the meeting: the electorate of the default quorum rule. */
  electorate: number;
  /** The fewest states counted that make a quorum under the default rule (more than half). */
  quorumRequired: number;
  quorum: boolean;
}

/**
 * The presence at a meeting: a delegation checked in is present; one that gave its proxy is represented while
 * its holder is checked in. The quorum is the default rule's (more than half of the delegations).
 */
export function presenceOf(
  delegations: readonly string[],
  checkedIn: ReadonlySet<string>,
  proxies: readonly ProxyInForce[],
): Presence {
  const present = delegations.filter((state) => checkedIn.has(state));
  const counting: Record<string, string> = {};
  for (const { giver, holder } of proxies) {
    if (!checkedIn.has(giver) && checkedIn.has(holder)) {
      counting[giver] = holder;
    }
  }
  const absent = delegations.filter((state) => !checkedIn.has(state) && counting[state] === undefined);
  const counted = statesCounted({ present, proxies: counting });
  const electorate = delegations.length;
  return {
    present,
    proxies: counting,
    absent,
    counted,
    electorate,
    quorumRequired: quorumRequired(electorate, 'majority'),
    quorum: quorumReached(counted, electorate, 'majority'),
  };
}

/** An agenda item's number: "3", "3.1", "12.4.2". */
export const AGENDA_NUMBER = /^[1-9]\d{0,2}(\.[1-9]\d{0,2}){0,3}$/;

/** Compares agenda numbers as numbers, part by part ("3.2" before "3.10", "3" before "3.1"). */
export function compareAgendaNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}
