import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_ROLES,
  auditRowsAfter,
  bearer,
  createApiToken,
  jsonRequest,
  lastAuditSequence,
  sessionHeaders,
  signIn,
  signedIn,
  type SignedIn,
} from './account-helpers.ts';
import { expectApiError, openTestApp, tableRows, type TestApp } from './helpers.ts';
import { WRITE_ROUTES as ROUTES, routeCaller, type Write } from './write-routes.ts';

// Tuples, not objects, so that test names show the route and role unquoted.
const routes = Object.entries(ROUTES);
const allowedCases = routes.flatMap(([route, { allowed }]) => allowed.map((role) => [route, role] as const));
const refusedCases = routes.flatMap(([route, { allowed }]) =>
  ALL_ROLES.filter((role) => !allowed.includes(role)).map((role) => [route, role] as const),
);
const refusedScopeCases = routes.flatMap(([route, { refusedScopes }]) =>
  (refusedScopes ?? []).map((refusal) => [route, refusal.label, refusal] as const),
);

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp();
});

afterAll(async () => {
  await t?.close();
});

function send(write: Write, headers: Record<string, string>): Promise<LightMyRequestResponse> {
  if (write.contentType !== undefined) {
    const payload = write.payload as Buffer | string;
    return t.app.inject({
      method: write.method,
      url: write.url,
      headers: { 'content-type': write.contentType, ...headers },
      payload,
    });
  }
  return t.app.inject(jsonRequest(write.method, write.url, write.payload, headers));
}

/** Asserts that `response` succeeded and that exactly one audit row, by `caller`, follows `since`. */
async function expectOneAuditRow(write: Write, response: LightMyRequestResponse, caller: SignedIn, since: number) {
  expect(response.statusCode, response.body).toBe(write.status);
  const entityId =
    typeof write.audit.entityId === 'string' ? write.audit.entityId : write.audit.entityId(response.json());
  const rows = await auditRowsAfter(t.db, since);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    actorKind: 'user',
    actorId: caller.user.id,
    action: write.audit.action,
    entityType: write.audit.entityType,
    entityId,
    requestId: response.headers['x-request-id'],
  });
}

describe('every write route', () => {
  it('covers every write route the API documents (sign-in aside: it is for the anonymous)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const { paths } = response.json<{ paths: Record<string, Record<string, unknown>> }>();
    const writes = Object.entries(paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(writes.sort()).toEqual([...Object.keys(ROUTES), 'POST /api/v1/session'].sort());
    expect(allowedCases.length + refusedCases.length).toBe(routes.length * ALL_ROLES.length);
    // A role a target is hidden from is a refused role, never an allowed one.
    for (const [route, { allowed, hiddenFrom }] of routes) {
      expect(
        (hiddenFrom ?? []).filter((role) => allowed.includes(role)),
        route,
      ).toEqual([]);
    }
  });

  it.each(routes)('%s answers 401 unauthenticated without credentials, even to malformed JSON', async (_, route) => {
    const write = await route.prepare(t, await routeCaller(t, route, route.allowed[0]!));
    const before = await tableRows(t.db);
    expectApiError(await send(write, {}), 401, 'unauthenticated');
    const malformed: InjectOptions = {
      method: write.method,
      url: write.url,
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    };
    expectApiError(await t.app.inject(malformed), 401, 'unauthenticated');
    expect(await tableRows(t.db)).toEqual(before);
  });

  it.each(routes)('%s answers 403 csrf_failed to a session without the right x-csrf-token', async (_, route) => {
    const caller = await routeCaller(t, route, route.allowed[0]!);
    // A second session of the same person: its token must not do for the first.
    const other = await signIn(t, caller.user.email, caller.password);
    const write = await route.prepare(t, caller);
    const before = await tableRows(t.db);
    for (const [label, csrf] of [
      ['no token', undefined],
      ['an empty token', ''],
      ['a forged token', 'x'.repeat(caller.csrfToken.length)],
      ["another session's token", other.csrfToken],
    ] as const) {
      const response = await send(write, sessionHeaders(caller.cookie, csrf));
      expect(response.statusCode, label).toBe(403);
      expectApiError(response, 403, 'csrf_failed');
    }
    expect(await tableRows(t.db)).toEqual(before);
    // The same write with the session's own token goes through: the refusals were the token's doing.
    const since = await lastAuditSequence(t.db);
    await expectOneAuditRow(write, await send(write, caller.headers), caller, since);
  });

  it.each(refusedCases)(
    '%s as %s: 403 forbidden (404 where hidden from the role), nothing written',
    async (route, role) => {
      const caller = await routeCaller(t, ROUTES[route]!, role);
      const write = await ROUTES[route]!.prepare(t, caller);
      const before = await tableRows(t.db);
      const hidden = ROUTES[route]!.hiddenFrom?.includes(role) === true;
      expectApiError(await send(write, caller.headers), hidden ? 404 : 403, hidden ? 'not_found' : 'forbidden');
      expect(await tableRows(t.db)).toEqual(before);
    },
  );

  it.each(refusedScopeCases)('%s as %s: refused for whom it acts for, nothing written', async (route, _, refusal) => {
    const caller = await signedIn(t, refusal.role, refusal.scope);
    const write = await ROUTES[route]!.prepare(t, caller);
    const before = await tableRows(t.db);
    expectApiError(await send(write, caller.headers), refusal.status, refusal.code);
    expect(await tableRows(t.db)).toEqual(before);
  });

  it.each(allowedCases)('%s as %s: succeeds with exactly one audit row naming the user', async (route, role) => {
    const caller = await routeCaller(t, ROUTES[route]!, role);
    const write = await ROUTES[route]!.prepare(t, caller);
    const since = await lastAuditSequence(t.db);
    await expectOneAuditRow(write, await send(write, caller.headers), caller, since);
  });

  it.each(routes.filter(([route]) => route !== 'DELETE /api/v1/session'))(
    '%s succeeds with a bearer API token and no CSRF token, with one audit row',
    async (_, route) => {
      const caller = await routeCaller(t, route, route.allowed[0]!);
      const { token } = await createApiToken(t, caller);
      const write = await route.prepare(t, caller);
      const since = await lastAuditSequence(t.db);
      await expectOneAuditRow(write, await send(write, bearer(token)), caller, since);
    },
  );

  it('DELETE /api/v1/session with a bearer API token answers 400: a token has no session to end', async () => {
    const caller = await signedIn(t, 'observer');
    const { token } = await createApiToken(t, caller);
    const before = await tableRows(t.db);
    expectApiError(
      await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: bearer(token) }),
      400,
      'validation_failed',
    );
    // Only the token's last use was noted: no session ended, no audit row.
    const after = await tableRows(t.db);
    expect({ ...after, apiTokens: [] }).toEqual({ ...before, apiTokens: [] });
  });
});
