import { eq } from 'drizzle-orm';
import type { AuditEvent, Contribution } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/index.ts';
import {
  arabCommonBody,
  contributionOf,
  contributionsApi,
  demoAccount,
  storedRows,
  tokenCaller,
  version901,
  type Caller,
} from './contribution-helpers.ts';
import { expectApiError, makeMeeting, openTestApp, operator, type TestApp } from './helpers.ts';

let t: TestApp;
let coordinator: Caller;
let secretariat: Caller;
let v901: string;
/** Focal points of members of the Arab group. */
const focal: Record<'EGY' | 'TUN' | 'MAR' | 'SAU', Caller> = {} as never;

beforeAll(async () => {
  t = await openTestApp();
  await loadDemo(t.as(operator));
  coordinator = await demoAccount(t, 'coordinator.arab@example.org');
  expect(coordinator.user).toMatchObject({ role: 'regional-coordinator', organizationCode: 'ARAB' });
  secretariat = await tokenCaller(t, 'secretariat');
  focal.EGY = await demoAccount(t, 'focal.egypt@example.org');
  for (const iso3 of ['TUN', 'MAR', 'SAU'] as const) {
    focal[iso3] = await tokenCaller(t, 'focal-point', { memberStateIso3: iso3 });
  }
  v901 = await version901(t);
});

afterAll(async () => {
  await t?.close();
});

/** A common proposal of the Arab group to `meeting`, drafted by its coordinator, with a draft new resolution. */
async function arabDraft(meeting = 'wtdc-17', by = coordinator) {
  const api = contributionsApi(t, by);
  const draft = contributionOf(await api.create(arabCommonBody(meeting)), 201);
  contributionOf(
    await api.propose(draft.id, {
      mark: 'ADD',
      target: { kind: 'new-text', tag: '[ARB-1]' },
      text: 'مشروع قرار جديد بشأن المراكز المجتمعية',
    }),
    201,
  );
  return draft;
}

/** Sends a sign-on, objection or withdrawal, which must succeed, and returns the common proposal's state. */
async function act(caller: Caller, id: string, what: 'support' | 'object' | 'withdraw') {
  const api = contributionsApi(t, caller);
  const response = what === 'withdraw' ? await api.withdraw(id) : await api.sign(id, what);
  return contributionOf(response).commonProposal!;
}

/** The current (not withdrawn) stances, by administration. */
const current = (common: NonNullable<Contribution['commonProposal']>) =>
  Object.fromEntries(
    common.signatures
      .filter((signature) => signature.withdrawnAt === null)
      .map((signature) => [signature.memberStateIso3, signature.stance]),
  );

describe("the Arab group's common proposal", () => {
  it('is drafted by the coordinator, preliminary until the rule holds, and common while it holds', async () => {
    const draft = await arabDraft();
    expect(draft).toMatchObject({
      originalLanguage: 'ar',
      authorCode: 'ARB',
      source: { memberStateIso3: null, organizationCode: 'ARAB' },
      commonProposal: { status: 'preliminary', rule: { minSupporters: 2, maxObjectionShare: 0.5 }, signatures: [] },
    });

    expect((await act(focal.EGY, draft.id, 'support')).status).toBe('preliminary');
    const two = await act(focal.TUN, draft.id, 'support');
    expect(two.status).toBe('common');
    expect(current(two)).toEqual({ EGY: 'support', TUN: 'support' });
    // One objection is half of two supporters: still common; a second exceeds half.
    expect((await act(focal.MAR, draft.id, 'object')).status).toBe('common');
    expect((await act(focal.SAU, draft.id, 'object')).status).toBe('preliminary');
    expect((await act(focal.SAU, draft.id, 'withdraw')).status).toBe('common');
    const dropped = await act(focal.TUN, draft.id, 'withdraw');
    expect(dropped.status).toBe('preliminary');
    expect(current(dropped)).toEqual({ EGY: 'support', MAR: 'object' });
    const withdrawn = dropped.signatures.find((signature) => signature.memberStateIso3 === 'TUN');
    expect(withdrawn?.stance).toBe('support');
    expect(withdrawn?.withdrawnAt).toEqual(expect.any(String));
    // Signing again renews a withdrawn stance.
    expect(current(await act(focal.TUN, draft.id, 'support'))).toEqual({
      EGY: 'support',
      MAR: 'object',
      TUN: 'support',
    });

    // The audit trail, as the secretariat reads it (newest first), holds each step in order.
    const audit = await t.app.inject({ url: `/api/v1/audit?entityId=${draft.id}`, headers: secretariat.headers });
    expect(audit.statusCode, audit.body).toBe(200);
    const steps = audit
      .json<{ data: AuditEvent[] }>()
      .data.filter((row) => row.action.startsWith('common-proposal.'))
      .reverse()
      .map((row) => [row.action, row.actorId, row.changes as Record<string, { after: unknown; before: unknown }>]);
    expect(steps.map(([action, actorId]) => [action, actorId])).toEqual([
      ['common-proposal.sign', focal.EGY.user.id],
      ['common-proposal.sign', focal.TUN.user.id],
      ['common-proposal.object', focal.MAR.user.id],
      ['common-proposal.object', focal.SAU.user.id],
      ['common-proposal.withdraw', focal.SAU.user.id],
      ['common-proposal.withdraw', focal.TUN.user.id],
      ['common-proposal.sign', focal.TUN.user.id],
    ]);
    expect(steps[0]![2]).toMatchObject({ memberState: { after: 'EGY' }, stance: { after: 'support' } });
    expect(steps[4]![2]).toMatchObject({ memberState: { before: 'SAU', after: null } });
  });

  it('is read, not signed, by a delegate of a member; refused to a state outside the group', async () => {
    const draft = await arabDraft();
    const delegate = await tokenCaller(t, 'delegate', { memberStateIso3: 'EGY' });
    expect(contributionOf(await contributionsApi(t, delegate).get(draft.id)).status).toBe('draft');
    let before = await storedRows(t);
    expectApiError(await contributionsApi(t, delegate).sign(draft.id), 403, 'forbidden');
    expectApiError(await contributionsApi(t, coordinator).sign(draft.id), 403, 'forbidden');
    expect(await storedRows(t)).toEqual(before);

    // France is no member: the draft is not revealed to it; once submitted and public, it reads it but may not sign.
    const france = await tokenCaller(t, 'focal-point', { memberStateIso3: 'FRA' });
    expectApiError(await contributionsApi(t, france).sign(draft.id), 404, 'not_found');
    await act(focal.EGY, draft.id, 'support');
    const submitted = contributionOf(await contributionsApi(t, coordinator).submit(draft.id));
    expect(submitted.symbol).toMatch(/^WTDC-17\/\d+-A$/);
    expect(submitted.proposals[0]!.number).toMatch(/^ARB\/\d+\/1$/);
    expect(contributionOf(await contributionsApi(t, france).get(draft.id)).status).toBe('submitted');
    before = await storedRows(t);
    for (const stance of ['support', 'object'] as const) {
      expectApiError(await contributionsApi(t, france).sign(draft.id, stance), 403, 'forbidden');
    }
    expectApiError(await contributionsApi(t, france).withdraw(draft.id), 403, 'forbidden');
    expect(await storedRows(t)).toEqual(before);
  });

  it('refuses a withdrawal that was never a sign-on: 409 not_signed, nothing stored', async () => {
    const draft = await arabDraft();
    const before = await storedRows(t);
    expectApiError(await contributionsApi(t, focal.MAR).withdraw(draft.id), 409, 'not_signed', {
      path: ['memberState'],
      issue: 'not_signed',
    });
    expect(await storedRows(t)).toEqual(before);
    await act(focal.MAR, draft.id, 'object');
    await act(focal.MAR, draft.id, 'withdraw');
    // Withdrawn already: nothing left to withdraw.
    expectApiError(await contributionsApi(t, focal.MAR).withdraw(draft.id), 409, 'not_signed');
  });

  it("follows the organization's configured rule: the ATU's needs three supporters and no objection", async () => {
    // The rules are seeded with defaults; the secretariat's configuration replaces ATU's.
    await t.db
      .update(schema.supportRules)
      .set({ minSupporters: 3, maxObjectionShare: 0 })
      .where(eq(schema.supportRules.organizationCode, 'ATU'));
    const { meeting } = await makeMeeting(t);
    const atu = await tokenCaller(t, 'regional-coordinator', { organizationCode: 'ATU' });
    const api = contributionsApi(t, atu);
    const draft = contributionOf(
      await api.create(arabCommonBody(meeting.code, { organization: 'ATU', originalLanguage: 'fr' })),
      201,
    );
    contributionOf(
      await api.propose(draft.id, {
        mark: 'NOC',
        target: { kind: 'provision', versionId: v901, provisionId: 'resolves.1' },
        reasons: 'Toujours valable.',
      }),
      201,
    );
    expect(draft.commonProposal!.rule).toEqual({ minSupporters: 3, maxObjectionShare: 0 });
    expect((await act(focal.EGY, draft.id, 'support')).status).toBe('preliminary');
    expect((await act(focal.TUN, draft.id, 'support')).status).toBe('preliminary');
    expect((await act(focal.MAR, draft.id, 'support')).status).toBe('common');
    // Saudi Arabia is no member of the ATU.
    expectApiError(await contributionsApi(t, focal.SAU).sign(draft.id), 404, 'not_found');
    expect((await act(focal.MAR, draft.id, 'object')).status).toBe('preliminary');
    const submitted = contributionOf(await api.submit(draft.id));
    expect(submitted.proposals[0]!.number).toBe('AFCP/1/1');
  });
});
