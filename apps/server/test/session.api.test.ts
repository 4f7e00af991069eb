import type { Session } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  SESSION_COOKIE,
  auditRowsAfter,
  jsonRequest,
  lastAuditSequence,
  makeUser,
  sessionHeaders,
  sha256Hex,
  signIn,
  signedIn,
} from './account-helpers.ts';
import { TEST_NOW, expectApiError, openTestApp, tableRows, type TestApp } from './helpers.ts';

/** The production default the test app keeps. */
const SESSION_HOURS = 12;

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
});

afterAll(async () => {
  await t?.close();
});

afterEach(() => {
  t.clock.set(TEST_NOW);
});

const signInRequest = (email: string, password: string) => jsonRequest('POST', '/api/v1/session', { email, password });

describe('POST /api/v1/session', () => {
  it('signs in with the right password: the user, a CSRF token, and a secure session cookie', async () => {
    const { user, password } = await makeUser(t, 'focal-point');
    const since = await lastAuditSequence(t.db);
    const { response, cookie, session } = await signIn(t, user.email, password);

    expect(Object.keys(session).sort()).toEqual(['csrfToken', 'expiresAt', 'user']);
    expect(session.user).toMatchObject({ id: user.id, email: user.email, role: 'focal-point', memberStateIso3: 'EGY' });
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(session.expiresAt).toBe(new Date(TEST_NOW.getTime() + SESSION_HOURS * 3_600_000).toISOString());
    expect(response.body).not.toMatch(/passwordHash|argon2/);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=${cookie};`));
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/', `Max-Age=${SESSION_HOURS * 3600}`]) {
      expect(setCookie.split('; ')).toContain(attribute);
    }

    // The cookie's secret is stored only as its hash; the one audit row names the person.
    const rows = await t.db.select().from(schema.sessions).where(eq(schema.sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256Hex(cookie));
    expect(JSON.stringify(rows)).not.toContain(cookie);
    const audit = await auditRowsAfter(t.db, since);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'session.create',
        entityType: 'user',
        entityId: user.id,
        actorKind: 'user',
        actorId: user.id,
      }),
    ]);
    expect(JSON.stringify(audit)).not.toContain(cookie);
    expect(JSON.stringify(audit)).not.toContain(session.csrfToken);
  });

  it('answers a wrong password and an unknown address alike: 401 invalid_credentials, nothing written', async () => {
    const { user, password } = await makeUser(t, 'delegate');
    const before = await tableRows(t.db);
    const wrongPassword = expectApiError(
      await t.app.inject(signInRequest(user.email, `${password}!`)),
      401,
      'invalid_credentials',
    );
    const unknownEmail = expectApiError(
      await t.app.inject(signInRequest('nobody-here@example.test', password)),
      401,
      'invalid_credentials',
    );
    const { requestId: _a, ...wrong } = wrongPassword;
    const { requestId: _b, ...unknown } = unknownEmail;
    expect(wrong).toEqual(unknown);
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('names a disabled account (403 account_disabled) only to someone who knows its password', async () => {
    const { user, password } = await makeUser(t, 'chair');
    await t.db.update(schema.users).set({ disabledAt: TEST_NOW }).where(eq(schema.users.id, user.id));
    const before = await tableRows(t.db);
    expectApiError(await t.app.inject(signInRequest(user.email, password)), 403, 'account_disabled');
    expectApiError(await t.app.inject(signInRequest(user.email, 'not the password')), 401, 'invalid_credentials');
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('reads the e-mail address case-insensitively, around spaces', async () => {
    const { user, password } = await makeUser(t, 'observer');
    const { session } = await signIn(t, `  ${user.email.toUpperCase()} `, password);
    expect(session.user.id).toBe(user.id);
  });

  it('answers 400 validation_failed with every issue to a body without its fields', async () => {
    const response = await t.app.inject(jsonRequest('POST', '/api/v1/session', { email: 'not an address' }));
    expectApiError(response, 400, 'validation_failed', { path: ['email'] });
    expectApiError(response, 400, 'validation_failed', { path: ['password'] });
  });
});

describe('GET and DELETE /api/v1/session', () => {
  it('gives the signed-in person and the CSRF token to the cookie', async () => {
    const caller = await signedIn(t, 'regional-coordinator');
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: caller.cookieHeaders });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ data: Session }>().data).toMatchObject({
      user: { id: caller.user.id, role: 'regional-coordinator', organizationCode: 'ARAB' },
      csrfToken: caller.csrfToken,
    });
  });

  it('answers 200 { data: null } to a reader who is not signed in: no error logged on every page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/session' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ data: null });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers { data: null } to a session cookie that does not hold, and clears that cookie', async () => {
    for (const secret of ['forged-session-secret', '']) {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: sessionHeaders(secret) });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ data: null });
    }
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: sessionHeaders('forged-session-secret'),
    });
    expect(String(forged.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
  });

  it('still answers 401 with its reason to a bearer token that does not hold, even beside a good cookie', async () => {
    const caller = await signedIn(t, 'observer');
    for (const authorization of ['Bearer garbage', 'Bearer', 'Basic dXNlcjpwYXNz']) {
      expectApiError(
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/session',
          headers: { authorization, ...caller.cookieHeaders },
        }),
        401,
        'invalid_token',
      );
    }
  });

  it('signs out: the cookie is cleared, and it no longer works for reads or writes', async () => {
    const caller = await signedIn(t, 'delegate');
    const response = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: caller.headers });
    expect(response.statusCode, response.body).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(await t.db.$count(schema.sessions, eq(schema.sessions.userId, caller.user.id))).toBe(0);

    const get = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: caller.cookieHeaders });
    expect([get.statusCode, get.json()]).toEqual([200, { data: null }]);
    const before = await tableRows(t.db);
    const write = await t.app.inject(jsonRequest('POST', '/api/v1/me/tokens', { name: 'late' }, caller.headers));
    expectApiError(write, 401, 'session_expired');
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('ends the session after sessionHours on the server clock: signed out, 401 session_expired on writes', async () => {
    const caller = await signedIn(t, 'secretariat');
    const expiresAt = TEST_NOW.getTime() + SESSION_HOURS * 3_600_000;
    const get = () => t.app.inject({ method: 'GET', url: '/api/v1/session', headers: caller.cookieHeaders });

    t.clock.set(new Date(expiresAt - 1));
    expect((await get()).json()).toMatchObject({ data: { user: { id: caller.user.id } } });

    t.clock.set(new Date(expiresAt));
    expect((await get()).json()).toEqual({ data: null });
    expectApiError(
      await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: caller.cookieHeaders }),
      401,
      'session_expired',
    );
    const before = await tableRows(t.db);
    const write = await t.app.inject(
      jsonRequest(
        'POST',
        '/api/v1/entities',
        { category: 'academia', name: 'Late', countryIso3: 'FRA' },
        caller.headers,
      ),
    );
    expectApiError(write, 401, 'session_expired');
    expect(await tableRows(t.db)).toEqual(before);
  });
});

describe('sign-in rate limit', () => {
  let limited: TestApp;

  beforeAll(async () => {
    limited = await openTestApp({ accounts: { signInMax: 3, signInWindowSeconds: 600 } });
  });

  afterAll(async () => {
    await limited?.close();
  });

  it('answers the 4th attempt within the window with 429 rate_limited, even with the right password', async () => {
    const { user, password } = await makeUser(limited, 'delegate');
    for (let attempt = 1; attempt <= 3; attempt++) {
      const response = await limited.app.inject(signInRequest(user.email, 'a wrong guess'));
      expectApiError(response, 401, 'invalid_credentials');
    }
    const before = await tableRows(limited.db);
    const fourth = await limited.app.inject(signInRequest(user.email, password));
    const error = expectApiError(fourth, 429, 'rate_limited');
    expect(error.message).toMatch(/try again in \d+ s/);
    expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
    expect(fourth.headers['set-cookie']).toBeUndefined();
    expect(await tableRows(limited.db)).toEqual(before);

    // The limit counts per client: another address still signs in.
    const elsewhere = await limited.app.inject({ ...signInRequest(user.email, password), remoteAddress: '192.0.2.7' });
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);
  });
});
