import type { Delegation, Presence, Proxy } from '@tansiq/api';
import type { DelegationMemberRow, DelegationRow, ProxyRow } from '@tansiq/db';
import type { DelegationRole, Presence as DomainPresence } from '@tansiq/domain';

/** A delegation with its members, its presence and the proxies it gave or holds (those in force). */
export function presentDelegation(
  row: DelegationRow,
  members: readonly DelegationMemberRow[],
  proxiesInForce: readonly ProxyRow[],
  presence: DomainPresence,
  showEmails: boolean,
): Delegation {
  const iso3 = row.memberStateIso3;
  const voter = members.find((member) => member.votingDelegate) ?? members.find((member) => member.role === 'head');
  const given = proxiesInForce.find((proxy) => proxy.giverIso3 === iso3);
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
    })),
    votingDelegate: voter?.name ?? null,
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
