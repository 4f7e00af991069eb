import type { Delegation, Presence, Proxy } from '@tansiq/api';
import type { AccountOfEmail, DelegationMemberRow, DelegationRow, ProxyRow } from '@tansiq/db';
import {
  accountCastsBallotsFor,
  hasAccountFor,
  type DelegationRole,
  type Presence as DomainPresence,
} from '@tansiq/domain';

/**
 * A delegation with its members, its presence and the proxies it gave or holds (those in force). Whether a member
 * has an account, and whether the voting delegate can cast the state's ballots, are decided here from the
 * accounts of the members' addresses; the addresses themselves only go to those who may see them (`showEmails`).
 */
export function presentDelegation(
  row: DelegationRow,
  members: readonly DelegationMemberRow[],
  proxiesInForce: readonly ProxyRow[],
  presence: DomainPresence,
  accounts: ReadonlyMap<string, AccountOfEmail>,
  showEmails: boolean,
): Delegation {
  const iso3 = row.memberStateIso3;
  const voter = members.find((member) => member.votingDelegate) ?? members.find((member) => member.role === 'head');
  const given = proxiesInForce.find((proxy) => proxy.giverIso3 === iso3);
  const accountOf = (member: DelegationMemberRow | undefined) =>
    member === undefined || member.email === null ? undefined : accounts.get(member.email.toLowerCase());
  return {
    id: row.id,
    meetingId: row.meetingId,
    memberState: iso3,
    members: members.map((member) => ({
      id: member.id,
      name: member.name,
      role: member.role as DelegationRole,
      email: showEmails ? member.email : null,
      votingDelegate: member.id === voter?.id,
      hasAccount: hasAccountFor(accountOf(member), iso3),
    })),
    votingDelegate: voter?.name ?? null,
    votingDelegateCanVote: accountCastsBallotsFor(accountOf(voter), iso3),
    checkedIn: row.checkedInAt === null ? null : { at: row.checkedInAt.toISOString(), by: row.checkedInBy ?? '' },
    presence: presence.present.includes(iso3)
      ? 'in-person'
      : presence.proxies[iso3] === undefined
        ? 'absent'
        : 'by-proxy',
    proxyGiven: given === undefined ? null : { holder: given.holderIso3, givenAt: given.givenAt.toISOString() },
    proxiesHeld: proxiesInForce
      .filter((proxy) => proxy.holderIso3 === iso3)
      .map((proxy) => ({ giver: proxy.giverIso3, givenAt: proxy.givenAt.toISOString() })),
  };
}

export function presentProxy(row: ProxyRow): Proxy {
  return {
    id: row.id,
    meetingId: row.meetingId,
    giver: row.giverIso3,
    holder: row.holderIso3,
    givenAt: row.givenAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

export function presentPresence(meetingId: string, presence: DomainPresence, maxProxies: number): Presence {
  return {
    meetingId,
    delegations: presence.electorate,
    inPerson: presence.present,
    byProxy: Object.entries(presence.proxies).map(([giver, holder]) => ({ giver, holder })),
    absent: presence.absent,
    total: presence.counted,
    maxProxies,
    quorum: { rule: 'majority', required: presence.quorumRequired, reached: presence.quorum },
  };
}
