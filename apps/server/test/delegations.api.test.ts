import type { Delegation, Presence, Proxy } from '@tansiq/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { checkInAll, delegationBody, makeDelegations, makeProxy } from './delegation-helpers.ts';
import { auditRowsOf, expectApiError, getData, makeMeeting, tableRows, type TestApp, openTestApp } from './helpers.ts';

let t: TestApp;
let secretariat: SignedIn;
let egyptFocalPoint: SignedIn;
let egyptDelegate: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
  egyptFocalPoint = await signedIn(t, 'focal-point');
  egyptDelegate = await signedIn(t, 'delegate');
});

afterAll(async () => {
  await t?.close();
});

async function newMeeting(): Promise<string> {
  return (await makeMeeting(t)).meeting.code;
}

function put(meeting: string, iso3: string, payload: unknown, caller: SignedIn = egyptFocalPoint) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/meetings/${meeting}/delegations/${iso3}`,
    headers: caller.headers,
    payload: payload as object,
  });
}

function post(url: string, payload?: object, caller: SignedIn = secretariat) {
  return t.app.inject({ method: 'POST', url, headers: caller.headers, ...(payload ? { payload } : {}) });
}

const giveUrl = (meeting: string, giver: string) => `/api/v1/meetings/${meeting}/delegations/${giver}/proxy`;

/** Asserts a refusal that wrote nothing. */
async function refusedWithNothingWritten(
  send: () => Promise<Awaited<ReturnType<typeof put>>>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await tableRows(t.db);
  expectApiError(await send(), status, code, expected);
  expect(await tableRows(t.db)).toEqual(before);
}

describe('registering a delegation', () => {
  it("lets a focal point register its state's delegation, then replace it; the list shows members and voter", async () => {
    const meeting = await newMeeting();
    const created = await put(meeting, 'EGY', delegationBody());
    expect(created.statusCode, created.body).toBe(201);
    const delegation = created.json<{ data: Delegation }>().data;
    expect(delegation).toMatchObject({
      memberState: 'EGY',
      votingDelegate: 'Laila Nasser',
      checkedIn: null,
      presence: 'absent',
      proxyGiven: null,
      proxiesHeld: [],
    });
    expect(delegation.members.map((member) => [member.name, member.role, member.votingDelegate])).toEqual([
      ['Amina Haddad', 'head', false],
      ['Karim Saleh', 'deputy', false],
      ['Laila Nasser', 'delegate', true],
      ['Omar Fathy', 'adviser', false],
    ]);
    expect(delegation.members[0]!.email).toBe('amina.haddad@example.test');

    const replaced = await put(meeting, 'EGY', {
      members: [{ name: 'Amina Haddad', role: 'head' }],
      votingDelegate: null,
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json<{ data: Delegation }>().data).toMatchObject({
      id: delegation.id,
      votingDelegate: 'Amina Haddad',
      members: [{ name: 'Amina Haddad', role: 'head', email: null, votingDelegate: true }],
    });
    const audit = await auditRowsOf(t.db, delegation.id);
    expect(audit.map((row) => row.action)).toEqual(['delegation.register', 'delegation.update']);

    const list = await getData<Delegation[]>(t, `/api/v1/meetings/${meeting}/delegations`);
    expect(list.map((entry) => entry.memberState)).toEqual(['EGY']);
  });

  it('lets the secretariat register any state, and hides e-mail addresses from those who do not act for it', async () => {
    const meeting = await newMeeting();
    expect((await put(meeting, 'TUN', delegationBody(), secretariat)).statusCode).toBe(201);
    const [tunisia] = await getData<Delegation[]>(t, `/api/v1/meetings/${meeting}/delegations`);
    expect(tunisia!.members[0]!.email).toBeNull();
    const asFocalPoint = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${meeting}/delegations`,
      headers: egyptFocalPoint.cookieHeaders,
    });
    expect(asFocalPoint.json<{ data: Delegation[] }>().data[0]!.members[0]!.email).toBeNull();
  });

  it('says on the server who has an account and whether the voting delegate can vote, without the addresses', async () => {
    const meeting = await newMeeting();
    const observer = await signedIn(t, 'observer');
    const disabled = await signedIn(t, 'delegate', { memberStateIso3: 'EGY' });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${disabled.user.id}`,
      headers: secretariat.headers,
      payload: { disabled: true },
    });
    const ofTunisia = await signedIn(t, 'delegate', { memberStateIso3: 'TUN' });
    const body = {
      members: [
        // The focal point's address in capitals: addresses compare lower-case.
        { name: 'Amina Haddad', role: 'head', email: egyptFocalPoint.user.email.toUpperCase() },
        { name: 'Karim Saleh', role: 'delegate', email: egyptDelegate.user.email },
        { name: 'Laila Nasser', role: 'delegate', email: disabled.user.email },
        { name: 'Omar Fathy', role: 'delegate', email: ofTunisia.user.email },
        { name: 'Rania Adel', role: 'delegate', email: 'nobody@example.test' },
        // The members' contract is unchanged: a name and a role are enough.
        { name: 'Samir Wahba', role: 'adviser' },
      ],
    };
    const created = await put(meeting, 'EGY', body);
    expect(created.statusCode, created.body).toBe(201);
    const expectedAccounts = [
      ['Amina Haddad', true],
      ['Karim Saleh', true],
      // A disabled account cannot sign in; an account of another state is not Egypt's delegate's.
      ['Laila Nasser', false],
      ['Omar Fathy', false],
      ['Rania Adel', false],
      ['Samir Wahba', false],
    ];
    const accountsOf = (delegation: Delegation) => delegation.members.map((member) => [member.name, member.hasAccount]);
    expect(accountsOf(created.json<{ data: Delegation }>().data)).toEqual(expectedAccounts);
    // The head votes by default, with the focal point's account.
    expect(created.json<{ data: Delegation }>().data).toMatchObject({
      votingDelegate: 'Amina Haddad',
      votingDelegateCanVote: true,
    });

    // Anyone reads the same answer, with no address but to the secretariat and Egypt's focal point.
    for (const [caller, seesEmails] of [
      [undefined, false],
      [observer, false],
      [ofTunisia, false],
      [egyptDelegate, false],
      [egyptFocalPoint, true],
      [secretariat, true],
    ] as const) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/meetings/${meeting}/delegations`,
        headers: caller?.cookieHeaders ?? {},
      });
      const [egypt] = response.json<{ data: Delegation[] }>().data;
      expect(accountsOf(egypt!)).toEqual(expectedAccounts);
      expect(egypt!.votingDelegateCanVote).toBe(true);
      expect(egypt!.members.some((member) => member.email !== null)).toBe(seesEmails);
      expect(response.body.includes(egyptDelegate.user.email)).toBe(seesEmails);
    }

    // Each voting delegate in turn: only an account of Egypt, enabled, as a delegate or focal point, casts ballots.
    const observerOfEgypt = await signedIn(t, 'observer', { memberStateIso3: 'EGY' });
    const withVoter = async (votingDelegate: string, email?: string) => {
      const members = body.members.map((member) =>
        member.name === votingDelegate && email !== undefined ? { ...member, email } : member,
      );
      const response = await put(meeting, 'EGY', { members, votingDelegate });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ data: Delegation }>().data.votingDelegateCanVote;
    };
    expect(await withVoter('Karim Saleh')).toBe(true);
    expect(await withVoter('Laila Nasser')).toBe(false);
    expect(await withVoter('Omar Fathy')).toBe(false);
    expect(await withVoter('Rania Adel')).toBe(false);
    expect(await withVoter('Rania Adel', observerOfEgypt.user.email)).toBe(false);
  });

  it.each([
    ['a focal point for another state', 'TUN', delegationBody(), 403, 'forbidden', undefined],
    [
      'two heads',
      'EGY',
      delegationBody({
        members: [
          { name: 'A', role: 'head', email: null },
          { name: 'B', role: 'head', email: null },
        ],
        votingDelegate: null,
      }),
      400,
      'validation_failed',
      { path: ['members', 1, 'role'], issue: 'second_head' },
    ],
    [
      'no head',
      'EGY',
      delegationBody({ members: [{ name: 'A', role: 'delegate', email: null }], votingDelegate: null }),
      400,
      'validation_failed',
      { path: ['members'], issue: 'head_missing' },
    ],
    [
      'a voting delegate not in the delegation',
      'EGY',
      delegationBody({ votingDelegate: 'Somebody Else' }),
      400,
      'validation_failed',
      { path: ['votingDelegate'], issue: 'not_a_member' },
    ],
    [
      'an adviser as voting delegate',
      'EGY',
      delegationBody({ votingDelegate: 'Omar Fathy' }),
      400,
      'validation_failed',
      { path: ['votingDelegate'], issue: 'adviser_cannot_vote' },
    ],
    [
      'a role that does not exist',
      'EGY',
      { members: [{ name: 'A', role: 'minister' }] },
      400,
      'validation_failed',
      { path: ['members', 0, 'role'] },
    ],
    ['no members', 'EGY', { members: [] }, 400, 'validation_failed', { path: ['members'] }],
    [
      'a bad e-mail',
      'EGY',
      { members: [{ name: 'A', role: 'head', email: 'nope' }] },
      400,
      'validation_failed',
      {
        path: ['members', 0, 'email'],
      },
    ],
  ])('refuses %s, writing nothing', async (_, iso3, body, status, code, expected) => {
    const meeting = await newMeeting();
    await refusedWithNothingWritten(() => put(meeting, iso3, body), status, code, expected);
  });

  it('refuses a delegate of the state (403), an unknown meeting or state (404), a malformed code (400)', async () => {
    const meeting = await newMeeting();
    await refusedWithNothingWritten(() => put(meeting, 'EGY', delegationBody(), egyptDelegate), 403, 'forbidden');
    await refusedWithNothingWritten(() => put('no-such-meeting', 'EGY', delegationBody()), 404, 'not_found', {
      path: ['params', 'meeting'],
    });
    await refusedWithNothingWritten(() => put(meeting, 'XXX', delegationBody(), secretariat), 404, 'not_found', {
      path: ['params', 'memberState'],
    });
    await refusedWithNothingWritten(() => put(meeting, 'egy', delegationBody()), 400, 'validation_failed');
    expectApiError(
      await t.app.inject({ method: 'GET', url: '/api/v1/meetings/no-such-meeting/delegations' }),
      404,
      'not_found',
    );
  });
});

describe('presence and proxies', () => {
  it('counts states in person and by proxy, with the quorum under the default rule', async () => {
    const meeting = await newMeeting();
    await makeDelegations(t, meeting, ['DZA', 'EGY', 'JOR', 'MAR', 'TUN']);
    const checkedIn = await post(`/api/v1/meetings/${meeting}/delegations/EGY/check-in`);
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(checkedIn.json<{ data: Delegation }>().data).toMatchObject({ presence: 'in-person' });
    await checkInAll(t, meeting, ['MAR']);

    const given = await post(giveUrl(meeting, 'TUN'), { holder: 'EGY' });
    expect(given.statusCode, given.body).toBe(201);
    const proxy = given.json<{ data: Proxy }>().data;
    expect(proxy).toMatchObject({ giver: 'TUN', holder: 'EGY', withdrawnAt: null });
    expect(await auditRowsOf(t.db, proxy.id, 'proxy.give')).toHaveLength(1);
    // A proxy to a delegation not yet checked in is given, and counts once its holder arrives.
    expect((await post(giveUrl(meeting, 'JOR'), { holder: 'DZA' }, secretariat)).statusCode).toBe(201);

    const presence = await getData<Presence>(t, `/api/v1/meetings/${meeting}/presence`);
    expect(presence).toMatchObject({
      delegations: 5,
      inPerson: ['EGY', 'MAR'],
      byProxy: [{ giver: 'TUN', holder: 'EGY' }],
      absent: ['DZA', 'JOR'],
      total: 3,
      maxProxies: 1,
      quorum: { rule: 'majority', required: 3, reached: true },
    });
    const list = await getData<Delegation[]>(t, `/api/v1/meetings/${meeting}/delegations`);
    const byState = Object.fromEntries(list.map((entry) => [entry.memberState, entry]));
    expect(byState.TUN).toMatchObject({ presence: 'by-proxy', proxyGiven: { holder: 'EGY' } });
    expect(byState.EGY!.proxiesHeld.map((held) => held.giver)).toEqual(['TUN']);
    expect(byState.JOR).toMatchObject({ presence: 'absent', proxyGiven: { holder: 'DZA' } });

    // The holder checked out: its proxy stays given but no longer counts.
    expect((await post(`/api/v1/meetings/${meeting}/delegations/EGY/check-out`)).statusCode).toBe(200);
    expect(await getData<Presence>(t, `/api/v1/meetings/${meeting}/presence`)).toMatchObject({
      inPerson: ['MAR'],
      byProxy: [],
      total: 1,
      quorum: { reached: false },
    });
  });

  it('lets the focal point withdraw its proxy; a giver that arrives has its proxy withdrawn', async () => {
    const meeting = await newMeeting();
    await makeDelegations(t, meeting, ['EGY', 'TUN', 'MAR']);
    const first = await makeProxy(t, meeting, 'EGY', 'TUN');
    const withdrawn = await t.app.inject({
      method: 'DELETE',
      url: giveUrl(meeting, 'EGY'),
      headers: egyptFocalPoint.headers,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect(await auditRowsOf(t.db, first, 'proxy.withdraw')).toHaveLength(1);
    await refusedWithNothingWritten(
      () => t.app.inject({ method: 'DELETE', url: giveUrl(meeting, 'EGY'), headers: egyptFocalPoint.headers }),
      409,
      'no_proxy',
    );

    const given = await post(giveUrl(meeting, 'EGY'), { holder: 'MAR' }, egyptFocalPoint);
    expect(given.statusCode, given.body).toBe(201);
    const arrived = await post(`/api/v1/meetings/${meeting}/delegations/EGY/check-in`);
    expect(arrived.json<{ data: Delegation }>().data).toMatchObject({ presence: 'in-person', proxyGiven: null });
    const [checkInRow] = await auditRowsOf(t.db, arrived.json<{ data: Delegation }>().data.id, 'delegation.check-in');
    expect(checkInRow!.changes).toEqual({
      checkedIn: { before: false, after: true },
      proxyHolder: { before: 'MAR', after: null },
    });
    await refusedWithNothingWritten(
      () => post(`/api/v1/meetings/${meeting}/delegations/EGY/check-in`),
      409,
      'conflict',
      { path: ['checkedIn'] },
    );
    await refusedWithNothingWritten(
      () => post(`/api/v1/meetings/${meeting}/delegations/TUN/check-out`),
      409,
      'conflict',
      { path: ['checkedIn'] },
    );
  });

  it.each([
    ['to itself', [], 'EGY', 'EGY', 'proxy_to_self', ['holder']],
    ['a chain: to a holder that gave its own', [['TUN', 'MAR']], 'EGY', 'TUN', 'proxy_chain', ['holder']],
    ['a chain: by a holder', [['TUN', 'EGY']], 'EGY', 'MAR', 'proxy_chain', ['memberState']],
    ['a second proxy to one holder', [['TUN', 'MAR']], 'EGY', 'MAR', 'too_many_proxies', ['holder']],
    ['a second proxy by one giver', [['EGY', 'MAR']], 'EGY', 'TUN', 'proxy_already_given', ['memberState']],
    ['to a state without a delegation', [], 'EGY', 'JOR', 'no_delegation', ['holder']],
    ['by a state without a delegation', [], 'DZA', 'EGY', 'no_delegation', ['memberState']],
  ] as const)(
    'refuses a proxy %s (409 proxy_refused), writing nothing',
    async (_, before, giver, holder, issue, path) => {
      const meeting = await newMeeting();
      await makeDelegations(t, meeting, ['EGY', 'TUN', 'MAR']);
      for (const [from, to] of before) {
        await makeProxy(t, meeting, from, to);
      }
      await refusedWithNothingWritten(() => post(giveUrl(meeting, giver), { holder }), 409, 'proxy_refused', {
        path: [...path],
        issue,
      });
    },
  );

  it('refuses a proxy by a state checked in, by another state’s focal point, to an unknown meeting', async () => {
    const meeting = await newMeeting();
    await makeDelegations(t, meeting, ['EGY', 'TUN']);
    await checkInAll(t, meeting, ['EGY']);
    await refusedWithNothingWritten(() => post(giveUrl(meeting, 'EGY'), { holder: 'TUN' }), 409, 'proxy_refused', {
      path: ['memberState'],
      issue: 'giver_present',
    });
    await refusedWithNothingWritten(
      () => post(giveUrl(meeting, 'TUN'), { holder: 'EGY' }, egyptFocalPoint),
      403,
      'forbidden',
    );
    await refusedWithNothingWritten(() => post(giveUrl('no-such-meeting', 'EGY'), { holder: 'TUN' }), 404, 'not_found');
    await refusedWithNothingWritten(() => post(giveUrl(meeting, 'TUN'), { holder: 'tun' }), 400, 'validation_failed', {
      path: ['holder'],
    });
  });

  it('refuses check-in to a focal point and for a state without a delegation', async () => {
    const meeting = await newMeeting();
    await makeDelegations(t, meeting, ['EGY']);
    await refusedWithNothingWritten(
      () => post(`/api/v1/meetings/${meeting}/delegations/EGY/check-in`, undefined, egyptFocalPoint),
      403,
      'forbidden',
    );
    await refusedWithNothingWritten(
      () => post(`/api/v1/meetings/${meeting}/delegations/TUN/check-in`),
      404,
      'not_found',
      { path: ['params', 'memberState'] },
    );
  });
});

describe('the proxies a delegation may hold', () => {
  it('are the meeting’s setting: the secretariat raises it to two, and refuses a value out of range', async () => {
    const meeting = await newMeeting();
    await makeDelegations(t, meeting, ['EGY', 'TUN', 'MAR']);
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/meetings/${meeting}`, headers: secretariat.headers, payload });
    await refusedWithNothingWritten(() => patch({ maxProxies: -1 }), 400, 'validation_failed', {
      path: ['maxProxies'],
    });
    await refusedWithNothingWritten(() => patch({ maxProxies: 11 }), 400, 'validation_failed', {
      path: ['maxProxies'],
    });
    const raised = await patch({ maxProxies: 2 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json<{ data: { maxProxies: number } }>().data.maxProxies).toBe(2);
    await makeProxy(t, meeting, 'TUN', 'EGY');
    await makeProxy(t, meeting, 'MAR', 'EGY');
    const presence = await getData<Presence>(t, `/api/v1/meetings/${meeting}/presence`);
    expect(presence.maxProxies).toBe(2);
  });
});
