import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRowsAfter,
  jsonRequest,
  lastAuditSequence,
  sessionHeaders,
  signIn,
  signedIn,
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

const NEW_PASSWORD = 'a brand new pass phrase';

const changePassword = (caller: SignedIn, body: Record<string, unknown>) =>
  t.app.inject(jsonRequest('PUT', '/api/v1/me/password', body, caller.headers));
const sessionWith = (cookieHeaders: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/v1/session', headers: cookieHeaders });
const signInRequest = (email: string, password: string) => jsonRequest('POST', '/api/v1/session', { email, password });

describe('PUT /api/v1/me/password', () => {
  it('answers 400 validation_failed at ["currentPassword"] to a wrong current password, changing nothing', async () => {
    const caller = await signedIn(t, 'delegate');
    const before = await tableRows(t.db);
    const response = await changePassword(caller, { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expectApiError(response, 400, 'validation_failed', { path: ['currentPassword'] });
    expect(await tableRows(t.db)).toEqual(before);
    expect((await t.app.inject(signInRequest(caller.user.email, caller.password))).statusCode).toBe(200);
  });

  it('answers 400 at ["newPassword"] to a new password under 12 characters', async () => {
    const caller = await signedIn(t, 'observer');
    const response = await changePassword(caller, { currentPassword: caller.password, newPassword: 'short' });
    expectApiError(response, 400, 'validation_failed', { path: ['newPassword'] });
  });

  it('changes the password: the new one signs in, the old not; other sessions end, this one stays', async () => {
    const caller = await signedIn(t, 'chair');
    const elsewhere = await signIn(t, caller.user.email, caller.password);
    const elsewhereHeaders = sessionHeaders(elsewhere.cookie);
    expect((await sessionWith(elsewhereHeaders)).json()).toMatchObject({ data: { user: { id: caller.user.id } } });
    const since = await lastAuditSequence(t.db);

    const response = await changePassword(caller, { currentPassword: caller.password, newPassword: NEW_PASSWORD });
    expect(response.statusCode, response.body).toBe(204);
    expect(response.body).toBe('');

    const audit = await auditRowsAfter(t.db, since);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'user.password-change',
        entityType: 'user',
        entityId: caller.user.id,
        actorId: caller.user.id,
      }),
    ]);
    const changes = JSON.stringify(audit[0]!.changes);
    for (const secret of [caller.password, NEW_PASSWORD, 'passwordHash', '$argon2']) {
      expect(changes).not.toContain(secret);
    }

    expect((await sessionWith(caller.cookieHeaders)).statusCode).toBe(200);
    // The other browser is signed out: nobody, for the question of who is signed in; its writes are refused.
    expect((await sessionWith(elsewhereHeaders)).json()).toEqual({ data: null });
    const late = jsonRequest(
      'POST',
      '/api/v1/me/tokens',
      { name: 'late' },
      sessionHeaders(elsewhere.cookie, elsewhere.session.csrfToken),
    );
    expectApiError(await t.app.inject(late), 401, 'session_expired');
    expectApiError(await t.app.inject(signInRequest(caller.user.email, caller.password)), 401, 'invalid_credentials');
    expect((await signIn(t, caller.user.email, NEW_PASSWORD)).session.user.id).toBe(caller.user.id);
  });
});
