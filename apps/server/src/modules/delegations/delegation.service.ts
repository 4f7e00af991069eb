import type { GiveProxyBody, PutDelegationBody } from '@tansiq/api';
import {
  accountsOfEmails,
  findDelegation,
  findMemberState,
  insertDelegation,
  insertProxy,
  listDelegationMembers,
  listDelegationRows,
  listProxiesInForce,
  lockMeetingPresence,
  replaceDelegationMembers,
  setCheckIn,
  touchDelegation,
  withdrawProxyRow,
  type AccountOfEmail,
  type DelegationMemberRow,
  type DelegationRow,
  type Executor,
  type MeetingRow,
  type ProxyRow,
} from '@tansiq/db';
import {
  DomainError,
  assertNoIssues,
  delegationIssues,
  presenceOf,
  proxyIssues,
  votingDelegateIndex,
  type Presence,
  canActForDelegation,
  requireDelegationRight,
  requireSecretariat,
} from '@tansiq/domain';
import { actorId } from '../../actor.ts';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireMeeting } from '../../lookups.ts';

/** A meeting's delegations with everything a list of them shows. */
export interface DelegationsView {
  meeting: MeetingRow;
  rows: DelegationRow[];
  members: Map<string, DelegationMemberRow[]>;
  proxies: ProxyRow[];
  presence: Presence;
  /** The accounts that sign in with the members' e-mail addresses, by address: for "has an account", never shown. */
  accounts: Map<string, AccountOfEmail>;
}

async function requireMemberState(db: Executor, iso3: string): Promise<void> {
  if ((await findMemberState(db, iso3)) === undefined) {
    throw notFound('Member State', iso3, ['params', 'memberState']);
  }
}

async function delegationOf(db: Executor, meeting: MeetingRow, iso3: string): Promise<DelegationRow> {
  await requireMemberState(db, iso3);
  const row = await findDelegation(db, meeting.id, iso3);
  if (row === undefined) {
    throw notFound('delegation', iso3, ['params', 'memberState']);
  }
  return row;
}

/** Everything about a meeting's delegations, ordered by Member State code. */
async function loadView(db: Executor, meeting: MeetingRow): Promise<DelegationsView> {
  const [rows, proxies] = await Promise.all([listDelegationRows(db, meeting.id), listProxiesInForce(db, meeting.id)]);
  rows.sort((a, b) => (a.memberStateIso3 < b.memberStateIso3 ? -1 : 1));
  const members = new Map<string, DelegationMemberRow[]>(rows.map((row) => [row.id, []]));
  for (const member of await listDelegationMembers(
    db,
    rows.map((row) => row.id),
  )) {
    members.get(member.delegationId)?.push(member);
  }
  const checkedIn = new Set(rows.filter((row) => row.checkedInAt !== null).map((row) => row.memberStateIso3));
  const presence = presenceOf(
    rows.map((row) => row.memberStateIso3),
    checkedIn,
    proxies.map((proxy) => ({ giver: proxy.giverIso3, holder: proxy.holderIso3 })),
  );
  const emails = [...members.values()].flat().flatMap((member) => (member.email === null ? [] : [member.email]));
  const accounts = await accountsOfEmails(db, emails);
  return { meeting, rows, members, proxies, presence, accounts };
}

/** A meeting's delegations; e-mail addresses only for those who may act for the delegation. */
export async function listDelegations(ctx: ServiceContext, meeting: string) {
  const view = await loadView(ctx.db, await requireMeeting(ctx.db, meeting));
  return { view, showEmails: (iso3: string) => canActForDelegation(personOf(ctx.actor), iso3) };
}

/** Who counts at the meeting now, and the quorum under the default rule. */
export async function meetingPresence(ctx: ServiceContext, meeting: string) {
  return loadView(ctx.db, await requireMeeting(ctx.db, meeting));
}

const compositionOf = (members: readonly DelegationMemberRow[]) => ({
  members: members.map(({ name, role, email }) => ({ name, role, email })),
  votingDelegate: members.find((member) => member.votingDelegate)?.name ?? null,
});

/**
 * Registers a Member State's delegation to a meeting, or replaces its composition (its focal point or the
 * secretariat). Answers the meeting's view and whether the delegation is new.
 */
export async function putDelegation(ctx: ServiceContext, meeting: string, iso3: string, body: PutDelegationBody) {
  requireDelegationRight(personOf(ctx.actor), iso3);
  assertNoIssues(delegationIssues(body), 'The delegation is not valid.');
  const voter = body.votingDelegate === null ? -1 : votingDelegateIndex(body);
  return ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    await requireMemberState(tx, iso3);
    const existing = await findDelegation(tx, found.id, iso3);
    const row = existing ?? (await insertDelegation(tx, found.id, iso3));
    const before = existing === undefined ? null : compositionOf(await listDelegationMembers(tx, [row.id]));
    const members = await replaceDelegationMembers(
      tx,
      row.id,
      body.members.map((member, position) => ({
        position,
        name: member.name,
        role: member.role,
        email: member.email,
        votingDelegate: position === voter,
      })),
    );
    if (existing !== undefined) {
      await touchDelegation(tx, row.id, ctx.clock.now());
    }
    await recordAudit(tx, ctx, {
      action: existing === undefined ? 'delegation.register' : 'delegation.update',
      entityType: 'delegation',
      entityId: row.id,
      before: before === null ? null : { meeting: found.code, memberState: iso3, ...before },
      after: { meeting: found.code, memberState: iso3, ...compositionOf(members) },
    });
    return { view: await loadView(tx, found), id: row.id, created: existing === undefined };
  });
}

/**
 * Checks a delegation in (secretariat). A state that had given its proxy now votes in person: its proxy is
 * withdrawn in the same write.
 */
export async function checkIn(ctx: ServiceContext, meeting: string, iso3: string) {
  requireSecretariat(personOf(ctx.actor), 'check delegations in and out');
  return ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    await lockMeetingPresence(tx, found.id);
    const row = await delegationOf(tx, found, iso3);
    if (row.checkedInAt !== null) {
      throw conflict(`${iso3} is already checked in.`, ['checkedIn']);
    }
    const now = ctx.clock.now();
    const by = actorId(ctx.actor) ?? '';
    await setCheckIn(tx, row.id, { checkedInAt: now, checkedInBy: by, updatedAt: now });
    const withdrawn = await withdrawProxyRow(tx, found.id, iso3, { withdrawnAt: now, withdrawnBy: by });
    await recordAudit(tx, ctx, {
      action: 'delegation.check-in',
      entityType: 'delegation',
      entityId: row.id,
      before: { checkedIn: false, ...(withdrawn ? { proxyHolder: withdrawn.holderIso3 } : {}) },
      after: { checkedIn: true, ...(withdrawn ? { proxyHolder: null } : {}) },
    });
    return { view: await loadView(tx, found), id: row.id };
  });
}

/** Checks a delegation out (secretariat); the proxies it holds stay given but count only when it is back. */
export async function checkOut(ctx: ServiceContext, meeting: string, iso3: string) {
  requireSecretariat(personOf(ctx.actor), 'check delegations in and out');
  return ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    await lockMeetingPresence(tx, found.id);
    const row = await delegationOf(tx, found, iso3);
    if (row.checkedInAt === null) {
      throw conflict(`${iso3} is not checked in.`, ['checkedIn']);
    }
    await setCheckIn(tx, row.id, { checkedInAt: null, checkedInBy: null, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'delegation.check-out',
      entityType: 'delegation',
      entityId: row.id,
      before: { checkedIn: true },
      after: { checkedIn: false },
    });
    return { view: await loadView(tx, found), id: row.id };
  });
}

/** A Member State gives its proxy to another delegation (its focal point or the secretariat). */
export async function giveProxy(
  ctx: ServiceContext,
  meeting: string,
  giver: string,
  body: GiveProxyBody,
): Promise<ProxyRow> {
  requireDelegationRight(personOf(ctx.actor), giver);
  return ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    await requireMemberState(tx, giver);
    await lockMeetingPresence(tx, found.id);
    const [rows, proxies] = await Promise.all([listDelegationRows(tx, found.id), listProxiesInForce(tx, found.id)]);
    const issues = proxyIssues(giver, body.holder, {
      delegations: new Set(rows.map((row) => row.memberStateIso3)),
      checkedIn: new Set(rows.filter((row) => row.checkedInAt !== null).map((row) => row.memberStateIso3)),
      proxies: proxies.map((proxy) => ({ giver: proxy.giverIso3, holder: proxy.holderIso3 })),
      maxProxies: found.maxProxies,
    });
    if (issues.length > 0) {
      throw new DomainError('proxy_refused', issues[0]!.message, issues);
    }
    const proxy = await insertProxy(tx, {
      meetingId: found.id,
      giverIso3: giver,
      holderIso3: body.holder,
      givenAt: ctx.clock.now(),
      givenBy: actorId(ctx.actor) ?? '',
    });
    await recordAudit(tx, ctx, {
      action: 'proxy.give',
      entityType: 'proxy',
      entityId: proxy.id,
      before: null,
      after: { meeting: found.code, giver, holder: body.holder },
    });
    return proxy;
  });
}

/** A Member State withdraws the proxy it gave (its focal point or the secretariat). */
export async function withdrawProxy(ctx: ServiceContext, meeting: string, giver: string): Promise<void> {
  requireDelegationRight(personOf(ctx.actor), giver);
  await ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    await requireMemberState(tx, giver);
    await lockMeetingPresence(tx, found.id);
    const now = ctx.clock.now();
    const proxy = await withdrawProxyRow(tx, found.id, giver, {
      withdrawnAt: now,
      withdrawnBy: actorId(ctx.actor) ?? '',
    });
    if (proxy === undefined) {
      const message = `${giver} has no proxy in force at this meeting.`;
      throw new DomainError('no_proxy', message, [{ path: ['params', 'memberState'], code: 'no_proxy', message }]);
    }
    await recordAudit(tx, ctx, {
      action: 'proxy.withdraw',
      entityType: 'proxy',
      entityId: proxy.id,
      before: { meeting: found.code, giver, holder: proxy.holderIso3, withdrawn: false },
      after: { meeting: found.code, giver, holder: proxy.holderIso3, withdrawn: true },
    });
  });
}
