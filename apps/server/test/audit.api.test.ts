import type { AuditEvent, CreatedApiToken, CreatedUser, Meeting } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { asc, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_ROLES,
  bearer,
  jsonRequest,
  sessionHeaders,
  sha256Hex,
  signIn,
  signedIn,
  uniqueEmail,
  type SignedIn,
} from './account-helpers.ts';
import { TEST_NOW, cycleBody, expectApiError, meetingBody, openTestApp, type TestApp } from './helpers.ts';

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

type AuditPage = { data: AuditEvent[]; page: { total: number; limit: number; offset: number } };

async function audit(caller: SignedIn, query: string): Promise<AuditPage> {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/audit${query}`, headers: caller.cookieHeaders });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AuditPage>();
}

/** Sends a write as `caller` at `instant` on the server clock; it must answer `status`. */
async function writeAt(instant: Date, caller: SignedIn, method: 'POST' | 'PATCH', url: string, body: unknown) {
  t.clock.set(instant);
  const response = await t.app.inject(jsonRequest(method, url, body, caller.headers));
  expect(response.statusCode, response.body).toBe(method === 'POST' ? 201 : 200);
  return response;
}

const hoursAfterStart = (hours: number) => new Date(TEST_NOW.getTime() + hours * 3_600_000);

describe('GET /api/v1/audit', () => {
  it('is for the secretariat: 401 to the anonymous, 403 to every other role', async () => {
    expectApiError(await t.app.inject({ method: 'GET', url: '/api/v1/audit' }), 401, 'unauthenticated');
    for (const role of ALL_ROLES.filter((candidate) => candidate !== 'secretariat')) {
      const caller = await signedIn(t, role);
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: caller.cookieHeaders });
      expect(response.statusCode, role).toBe(403);
      expectApiError(response, 403, 'forbidden');
    }
  });

  it('lists newest first, names the acting user, pages with a total, and filters', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const cycle = await writeAt(hoursAfterStart(1), secretariat, 'POST', '/api/v1/cycles', cycleBody());
    const cycleId = cycle.json<{ data: { id: string } }>().data.id;
    const created = await writeAt(hoursAfterStart(2), secretariat, 'POST', '/api/v1/meetings', meetingBody(cycleId));
    const meeting = created.json<{ data: Meeting }>().data;
    const change = { city: { en: 'Geneva' } };
    await writeAt(hoursAfterStart(3), secretariat, 'PATCH', `/api/v1/meetings/${meeting.id}`, change);

    const mine = await audit(secretariat, `?actorId=${secretariat.user.id}`);
    expect(mine.data.map((event) => event.action)).toEqual([
      'meeting.update',
      'meeting.create',
      'cycle.create',
      'session.create',
    ]);
    const sequences = mine.data.map((event) => event.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
    expect(mine.page).toEqual({ total: 4, limit: 100, offset: 0 });
    const { id: _id, sequence: _sequence, requestId, ...newest } = mine.data[0]!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(newest).toEqual({
      occurredAt: hoursAfterStart(3).toISOString(),
      actorKind: 'user',
      actorId: secretariat.user.id,
      actorName: secretariat.user.name,
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: meeting.id,
      changes: { city: { before: meeting.city, after: change.city } },
    });

    const paged = await audit(secretariat, `?actorId=${secretariat.user.id}&limit=2&offset=1`);
    expect(paged.page).toEqual({ total: 4, limit: 2, offset: 1 });
    expect(paged.data.map((event) => event.id)).toEqual(mine.data.slice(1, 3).map((event) => event.id));

    const actions = async (query: string) => (await audit(secretariat, query)).data.map((event) => event.action);
    expect(await actions(`?entityId=${meeting.id}`)).toEqual(['meeting.update', 'meeting.create']);
    expect(await actions(`?entityType=cycle&entityId=${cycleId}`)).toEqual(['cycle.create']);
    expect(await actions(`?action=meeting.create&entityId=${meeting.id}`)).toEqual(['meeting.create']);
    // `from` is inclusive, `to` exclusive.
    const window = `?from=${hoursAfterStart(1).toISOString()}&to=${hoursAfterStart(3).toISOString()}`;
    expect(await actions(`${window}&actorId=${secretariat.user.id}`)).toEqual(['meeting.create', 'cycle.create']);
    expect((await audit(secretariat, `?entityType=nothing-such`)).page.total).toBe(0);
  });

  it('names the operator of console writes by its command', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const [row] = (await audit(secretariat, '?actorId=test%20operator&action=user.create&limit=1')).data;
    expect(row).toMatchObject({ actorKind: 'system', actorId: 'test operator', actorName: 'test operator' });
  });

  it('answers 400 at ["query", "from"] to a date that is not an instant', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?from=yesterday',
      headers: secretariat.cookieHeaders,
    });
    expectApiError(response, 400, 'validation_failed', { path: ['query', 'from'] });
  });
});

describe('the audit trail', () => {
  it('holds no secret, nor any hash of one, after a run of account writes', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    const secrets = [secretariat.password, secretariat.cookie, secretariat.csrfToken];
    const password = 'a first pass phrase';
    const email = uniqueEmail('audited');
    const created = await t.app.inject(
      jsonRequest('POST', '/api/v1/users', { email, name: 'Audited', role: 'observer', password }, secretariat.headers),
    );
    expect(created.statusCode).toBe(201);
    const generated = await t.app.inject(
      jsonRequest('POST', '/api/v1/users', { email: uniqueEmail(), name: 'G', role: 'chair' }, secretariat.headers),
    );
    secrets.push(password, generated.json<{ data: CreatedUser }>().data.generatedPassword!);

    const session = await signIn(t, email, password);
    const headers = sessionHeaders(session.cookie, session.csrfToken);
    const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, extra = headers) =>
      t.app.inject(jsonRequest(method, url, body, extra));
    const first = await send('POST', '/api/v1/me/tokens', { name: 'first' });
    const { id, token } = first.json<{ data: CreatedApiToken }>().data;
    // A token makes a token: both secrets are shown once, to their owner, and never to the trail.
    const second = await send('POST', '/api/v1/me/tokens', { name: 'second' }, bearer(token));
    expect(second.statusCode).toBe(201);
    expect((await send('DELETE', `/api/v1/me/tokens/${id}`)).statusCode).toBe(204);
    const newPassword = 'a second pass phrase';
    const change = { currentPassword: password, newPassword };
    expect((await send('PUT', '/api/v1/me/password', change)).statusCode).toBe(204);
    expect((await send('DELETE', '/api/v1/session')).statusCode).toBe(204);
    secrets.push(session.cookie, session.csrfToken, token, second.json<{ data: CreatedApiToken }>().data.token);
    secrets.push(newPassword);

    const rows = JSON.stringify(await t.db.select().from(schema.auditEvents));
    const api = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=500', headers: secretariat.cookieHeaders })
    ).body;
    for (const text of [rows, api]) {
      for (const forbidden of [
        'passwordHash',
        'tokenHash',
        'csrfToken',
        '$argon2',
        ...secrets,
        ...secrets.map(sha256Hex),
      ]) {
        expect(text).not.toContain(forbidden);
      }
    }
    expect(rows).toContain('api-token.revoke');
    expect(rows).toContain('user.password-change');
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE through the database fail and change nothing', async () => {
    await signedIn(t, 'observer');
    const all = () => t.db.select().from(schema.auditEvents).orderBy(asc(schema.auditEvents.sequence));
    const before = await all();
    expect(before.length).toBeGreaterThan(0);
    for (const statement of [
      sql`UPDATE audit_events SET action = 'x'`,
      sql`DELETE FROM audit_events`,
      sql`TRUNCATE audit_events`,
    ]) {
      const error: unknown = await t.db.execute(statement).then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(Error);
      const cause = (error as Error & { cause?: Error }).cause ?? (error as Error);
      expect(cause.message).toMatch(/audit_events is append-only/);
    }
    expect(await all()).toEqual(before);
  });

  it('has no route that changes it', async () => {
    const secretariat = await signedIn(t, 'secretariat');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await t.app.inject({ method, url: '/api/v1/audit', headers: secretariat.headers });
      expectApiError(response, 404, 'route_not_found');
    }
  });
});
