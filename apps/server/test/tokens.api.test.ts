import type { ApiToken, Session } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRowsAfter,
  bearer,
  createApiToken,
  jsonRequest,
  lastAuditSequence,
  sha256Hex,
  signedIn,
  type SignedIn,
} from './account-helpers.ts';
import { TEST_NOW, expectApiError, openTestApp, tableRows, type TestApp } from './helpers.ts';

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

const DAY = 86_400_000;

const sessionAs = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/session', headers });
const revoke = (owner: SignedIn, id: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${id}`, headers: owner.headers });

describe('API tokens', () => {
  it('shows a new token once, and stores only its hash', async () => {
    const owner = await signedIn(t, 'delegate');
    const since = await lastAuditSequence(t.db);
    const created = await createApiToken(t, owner, { name: 'nightly export', expiresInDays: 30 });
    expect(created).toMatchObject({
      name: 'nightly export',
      prefix: created.token.slice(0, 12),
      createdAt: TEST_NOW.toISOString(),
      expiresAt: new Date(TEST_NOW.getTime() + 30 * DAY).toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(created.token).toMatch(/^tsq_[\w-]{43}$/);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: owner.cookieHeaders });
    expect(list.statusCode).toBe(200);
    const listed = list.json<{ data: ApiToken[] }>().data;
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('token');
    expect(list.body).not.toContain(created.token);

    const [row] = await t.db.select().from(schema.apiTokens).where(eq(schema.apiTokens.id, created.id));
    expect(row!.tokenHash).toBe(sha256Hex(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const audit = await auditRowsAfter(t.db, since);
    expect(audit).toEqual([expect.objectContaining({ action: 'api-token.create', entityId: created.id })]);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`tokenHash|${row!.tokenHash}|${created.token}`));
  });

  it("authenticates as its owner, and notes the token's last use", async () => {
    const owner = await signedIn(t, 'chair');
    const { id, token } = await createApiToken(t, owner);
    const response = await sessionAs(bearer(token));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ data: Session }>().data.user.id).toBe(owner.user.id);
    const [row] = await t.db.select().from(schema.apiTokens).where(eq(schema.apiTokens.id, id));
    expect(row!.lastUsedAt).toEqual(TEST_NOW);
  });

  it('refuses a revoked token: 401 token_revoked, for reads and writes', async () => {
    const owner = await signedIn(t, 'secretariat');
    const { id, token } = await createApiToken(t, owner);
    expect((await revoke(owner, id)).statusCode).toBe(204);
    expectApiError(await sessionAs(bearer(token)), 401, 'token_revoked');
    const before = await tableRows(t.db);
    const write = jsonRequest('POST', '/api/v1/entities', { category: 'academia', name: 'X', countryIso3: 'FRA' });
    expectApiError(
      await t.app.inject({ ...write, headers: { ...write.headers, ...bearer(token) } }),
      401,
      'token_revoked',
    );
    expect(await tableRows(t.db)).toEqual(before);
  });

  it('refuses a token after its expiry on the server clock: 401 token_expired', async () => {
    const owner = await signedIn(t, 'observer');
    const { token } = await createApiToken(t, owner, { expiresInDays: 1 });
    t.clock.set(new Date(TEST_NOW.getTime() + DAY - 1));
    expect((await sessionAs(bearer(token))).statusCode).toBe(200);
    t.clock.set(new Date(TEST_NOW.getTime() + 2 * DAY));
    expectApiError(await sessionAs(bearer(token)), 401, 'token_expired');
  });

  it('refuses a token it does not know, or a header that is no bearer token: 401 invalid_token', async () => {
    const owner = await signedIn(t, 'delegate');
    const { token } = await createApiToken(t, owner);
    for (const authorization of [
      'Bearer garbage',
      `Bearer tsq_${'A'.repeat(43)}`,
      `Bearer ${token}x`,
      `Basic ${Buffer.from('user:pass').toString('base64')}`,
      'Bearer',
    ]) {
      expectApiError(await sessionAs({ authorization }), 401, 'invalid_token');
    }
    // A bad token is not excused by a good cookie beside it: the request says which credential it means.
    expectApiError(await sessionAs({ authorization: 'Bearer garbage', ...owner.cookieHeaders }), 401, 'invalid_token');
  });

  it("answers 404 to revoking another person's token, and leaves it working", async () => {
    const owner = await signedIn(t, 'focal-point');
    const stranger = await signedIn(t, 'focal-point');
    const { id, token } = await createApiToken(t, owner);
    const before = await tableRows(t.db);
    expectApiError(await revoke(stranger, id), 404, 'not_found', { path: ['params', 'id'] });
    expect(await tableRows(t.db)).toEqual(before);
    expect((await sessionAs(bearer(token))).statusCode).toBe(200);
  });

  it('answers 409 conflict to revoking a token twice, with no second audit row', async () => {
    const owner = await signedIn(t, 'regional-coordinator');
    const { id } = await createApiToken(t, owner);
    expect((await revoke(owner, id)).statusCode).toBe(204);
    const before = await tableRows(t.db);
    expectApiError(await revoke(owner, id), 409, 'conflict', { path: ['params', 'id'] });
    expect(await tableRows(t.db)).toEqual(before);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: owner.cookieHeaders });
    expect(list.json<{ data: ApiToken[] }>().data).toEqual([
      expect.objectContaining({ id, revokedAt: TEST_NOW.toISOString() }),
    ]);
  });

  it('answers 400 to a token id that is not a uuid, and to a token without a name', async () => {
    const owner = await signedIn(t, 'chair');
    expectApiError(await revoke(owner, 'not-a-uuid'), 400, 'validation_failed', { path: ['params', 'id'] });
    const unnamed = jsonRequest('POST', '/api/v1/me/tokens', { name: ' ', expiresInDays: 0 }, owner.headers);
    const error = expectApiError(await t.app.inject(unnamed), 400, 'validation_failed');
    expect(error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining([['name'], ['expiresInDays']]));
  });
});
