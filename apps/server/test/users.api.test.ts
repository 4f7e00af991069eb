import type { CreatedUser, User } from '@tansiq/api';
import type { Role } from '@tansiq/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_ROLES,
  bearer,
  createApiToken,
  jsonRequest,
  makeUser,
  scopeFor,
  signIn,
  signedIn,
  uniqueEmail,
  type SignedIn,
} from './account-helpers.ts';
import { expectApiError, openTestApp, tableRows, type TestApp } from './helpers.ts';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
});

afterAll(async () => {
  await t?.close();
});

const createUserAs = (caller: SignedIn, body: Record<string, unknown>) =>
  t.app.inject(jsonRequest('POST', '/api/v1/users', body, caller.headers));
const patchUserAs = (caller: SignedIn, id: string, body: Record<string, unknown>) =>
  t.app.inject(jsonRequest('PATCH', `/api/v1/users/${id}`, body, caller.headers));
const listUsersAs = async (caller: SignedIn, query = '') => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/users${query}`, headers: caller.cookieHeaders });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: User[]; page: { total: number } }>();
};
const delegateOf = (memberStateIso3: string) => ({
  email: uniqueEmail('delegate'),
  name: `Delegate of ${memberStateIso3}`,
  role: 'delegate',
  memberStateIso3,
});

/** Expects `response` to be 403 forbidden, and nothing to have changed since `before`. */
async function expectRefused(response: Parameters<typeof expectApiError>[0], before: unknown) {
  expectApiError(response, 403, 'forbidden');
  expect(await tableRows(t.db)).toEqual(before);
}

describe('POST /api/v1/users', () => {
  it.each(ALL_ROLES)('lets the secretariat create a %s', async (role: Role) => {
    const secretariat = await signedIn(t, 'secretariat');
    const body = {
      email: uniqueEmail(role),
      name: `New ${role}`,
      role,
      ...scopeFor(role),
      password: 'a long pass phrase',
    };
    const response = await createUserAs(secretariat, body);
    expect(response.statusCode, response.body).toBe(201);
    const { user, generatedPassword } = response.json<{ data: CreatedUser }>().data;
    expect(user).toMatchObject({ email: body.email, role, ...scopeFor(role), disabledAt: null });
    expect(generatedPassword).toBeNull();
    expect(response.body).not.toContain(body.password);
    expect((await signIn(t, body.email, body.password)).session.user.id).toBe(user.id);
  });

  it("lets Egypt's focal point create Egypt's delegates, not Tunisia's, nor the secretariat", async () => {
    const focalPoint = await signedIn(t, 'focal-point', { memberStateIso3: 'EGY' });
    const allowed = await createUserAs(focalPoint, delegateOf('EGY'));
    expect(allowed.statusCode, allowed.body).toBe(201);
    expect(allowed.json<{ data: CreatedUser }>().data.user).toMatchObject({ role: 'delegate', memberStateIso3: 'EGY' });

    const before = await tableRows(t.db);
    const otherAdministration = await createUserAs(focalPoint, delegateOf('TUN'));
    await expectRefused(otherAdministration, before);
    expect(otherAdministration.json<{ error: { message: string } }>().error.message).toMatch(/own administration/);
    await expectRefused(
      await createUserAs(focalPoint, { email: uniqueEmail('boss'), name: 'Boss', role: 'secretariat' }),
      before,
    );
    await expectRefused(
      await createUserAs(focalPoint, {
        ...delegateOf('EGY'),
        role: 'regional-coordinator',
        memberStateIso3: null,
        organizationCode: 'ARAB',
      }),
      before,
    );
  });

  it('returns a generated password once, which signs in; no listing shows it', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const email = uniqueEmail('generated');
    const response = await createUserAs(secretariat, { email, name: 'Generated', role: 'chair' });
    expect(response.statusCode, response.body).toBe(201);
    const { user, generatedPassword } = response.json<{ data: CreatedUser }>().data;
    expect(generatedPassword).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect((await signIn(t, email, generatedPassword!)).session.user.id).toBe(user.id);
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: secretariat.cookieHeaders });
    expect(listed.body).toContain(user.id);
    expect(listed.body).not.toContain(generatedPassword);
    expect(listed.body).not.toMatch(/password/i);
  });

  it('answers 409 at ["email"] to an address in use, whatever its case', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const { user } = await makeUser(t, 'observer');
    const before = await tableRows(t.db);
    for (const email of [user.email, user.email.toUpperCase()]) {
      const response = await createUserAs(secretariat, { email, name: 'Twin', role: 'observer' });
      expectApiError(response, 409, 'conflict', { path: ['email'] });
    }
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('answers 400 at ["role"] to a role that does not exist, and names wrong scopes', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const before = await tableRows(t.db);
    const unknownRole = await createUserAs(secretariat, { email: uniqueEmail(), name: 'King', role: 'king' });
    expectApiError(unknownRole, 400, 'validation_failed', { path: ['role'] });
    const noAdministration = await createUserAs(secretariat, { email: uniqueEmail(), name: 'D', role: 'delegate' });
    expectApiError(noAdministration, 400, 'validation_failed', { path: ['memberStateIso3'], issue: 'required' });
    const unknownState = await createUserAs(secretariat, delegateOf('XYZ'));
    expectApiError(unknownState, 400, 'validation_failed', {
      path: ['memberStateIso3'],
      issue: 'unknown_member_state',
    });
    expect(await tableRows(t.db)).toEqual(before);
  });
});

describe('GET /api/v1/users', () => {
  it("shows a focal point its own administration's people only; the secretariat everyone", async () => {
    const focalPoint = await signedIn(t, 'focal-point', { memberStateIso3: 'EGY' });
    const { user: tunisian } = await makeUser(t, 'delegate', { memberStateIso3: 'TUN' });
    const { user: egyptian } = await makeUser(t, 'delegate', { memberStateIso3: 'EGY' });

    const mine = await listUsersAs(focalPoint, '?limit=500');
    expect(mine.data.length).toBeGreaterThanOrEqual(2);
    expect(mine.data.every((user) => user.memberStateIso3 === 'EGY')).toBe(true);
    expect(mine.data.map((user) => user.id)).toEqual(expect.arrayContaining([focalPoint.user.id, egyptian.id]));
    expect(mine.page.total).toBe(mine.data.length);
    const tunisia = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users?memberState=TUN',
      headers: focalPoint.cookieHeaders,
    });
    expectApiError(tunisia, 403, 'forbidden');

    const all = await listUsersAs(await signedIn(t, 'secretariat'), '?limit=500');
    expect(all.data.map((user) => user.id)).toEqual(expect.arrayContaining([tunisian.id, egyptian.id]));

    const delegate = await signedIn(t, 'delegate');
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: delegate.cookieHeaders });
    expectApiError(refused, 403, 'forbidden');
  });
});

describe('PATCH /api/v1/users/{id}', () => {
  it('disabling an account ends its sessions, stops its tokens and its sign-in; enabling restores sign-in', async () => {
    const focalPoint = await signedIn(t, 'focal-point', { memberStateIso3: 'EGY' });
    const target = await signedIn(t, 'delegate', { memberStateIso3: 'EGY' });
    const { token } = await createApiToken(t, target);

    const response = await patchUserAs(focalPoint, target.user.id, { disabled: true });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ data: User }>().data.disabledAt).toEqual(expect.any(String));

    const session = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: target.cookieHeaders });
    expect(session.json()).toEqual({ data: null });
    expectApiError(
      await t.app.inject(jsonRequest('POST', '/api/v1/me/tokens', { name: 'x' }, target.headers)),
      401,
      'session_expired',
    );
    const byToken = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: bearer(token) });
    expectApiError(byToken, 403, 'account_disabled');
    const signInAgain = jsonRequest('POST', '/api/v1/session', { email: target.user.email, password: target.password });
    expectApiError(await t.app.inject(signInAgain), 403, 'account_disabled');

    expect((await patchUserAs(focalPoint, target.user.id, { disabled: false })).statusCode).toBe(200);
    expect((await t.app.inject(signInAgain)).statusCode).toBe(200);
  });

  it("keeps a focal point from disabling itself (409), from others' people and from promoting (403)", async () => {
    const focalPoint = await signedIn(t, 'focal-point', { memberStateIso3: 'EGY' });
    const { user: tunisian } = await makeUser(t, 'delegate', { memberStateIso3: 'TUN' });
    const { user: egyptian } = await makeUser(t, 'delegate', { memberStateIso3: 'EGY' });
    const before = await tableRows(t.db);
    const self = await patchUserAs(focalPoint, focalPoint.user.id, { disabled: true });
    expectApiError(self, 409, 'conflict', { path: ['disabled'] });
    await expectRefused(await patchUserAs(focalPoint, tunisian.id, { name: 'Renamed' }), before);
    await expectRefused(await patchUserAs(focalPoint, egyptian.id, { role: 'secretariat' }), before);
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('answers 404 to an unknown user and 400 to an empty change', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const unknown = await patchUserAs(secretariat, '00000000-0000-4000-8000-000000000000', { name: 'Nobody' });
    expectApiError(unknown, 404, 'not_found', { path: ['params', 'id'] });
    expectApiError(await patchUserAs(secretariat, secretariat.user.id, {}), 400, 'validation_failed');
  });
});
