import { createHash, randomUUID } from 'node:crypto';
import type { CreateApiTokenBody, CreateUserBody, CreatedApiToken, Session } from '@tansiq/api';
import { schema, type Database, type UserRow } from '@tansiq/db';
import { ROLES, type Role } from '@tansiq/domain';
import { asc, gt, max } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { createUser } from '../src/index.ts';
import { operator, type TestApp } from './helpers.ts';

/** Every role, in the order the product lists them. */
export const ALL_ROLES: readonly Role[] = ROLES;

export const SESSION_COOKIE = 'tansiq_session';

/** The administration or organization a person of `role` needs: Egypt for focal points and delegates. */
export function scopeFor(role: Role): Pick<CreateUserBody, 'memberStateIso3' | 'entityId' | 'organizationCode'> {
  return {
    memberStateIso3: role === 'focal-point' || role === 'delegate' ? 'EGY' : null,
    entityId: null,
    organizationCode: role === 'regional-coordinator' ? 'ARAB' : null,
  };
}

/** An address no other test uses. */
export function uniqueEmail(label = 'person'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** SHA-256 in hex, as the server stores secrets. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A stored user of `role` (created by the operator through the service) and the password it was given. */
export async function makeUser(
  t: TestApp,
  role: Role,
  overrides: Partial<CreateUserBody> = {},
): Promise<{ user: UserRow; password: string }> {
  const password = overrides.password ?? `pass phrase ${randomUUID()}`;
  const { user } = await createUser(t.as(operator), {
    email: uniqueEmail(role),
    name: `A ${role} ${randomUUID().slice(0, 4)}`,
    role,
    ...scopeFor(role),
    ...overrides,
    password,
  });
  return { user, password };
}

/** A sign-in answer: the session cookie's secret (from set-cookie), the CSRF token and the whole response. */
export interface SignInResult {
  response: LightMyRequestResponse;
  cookie: string;
  csrfToken: string;
  session: Session;
}

/** Signs in through `POST /api/v1/session`, which must answer 200. */
export async function signIn(t: TestApp, email: string, password: string): Promise<SignInResult> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((candidate) => candidate.name === SESSION_COOKIE);
  expect(cookie?.value).toEqual(expect.any(String));
  const session = response.json<{ data: Session }>().data;
  return { response, cookie: cookie!.value, csrfToken: session.csrfToken, session };
}

/** A stored, signed-in person: who, their password, and the headers of a cookie-authenticated request. */
export interface SignedIn {
  user: UserRow;
  password: string;
  cookie: string;
  csrfToken: string;
  /** The session cookie alone (reads, or writes without the CSRF token). */
  cookieHeaders: { cookie: string };
  /** The session cookie and the CSRF token (writes). */
  headers: { cookie: string; 'x-csrf-token': string };
}

/** The headers of a request in session `cookie`, with the CSRF token if given. */
export function sessionHeaders(cookie: string, csrfToken?: string): Record<string, string> {
  return { cookie: `${SESSION_COOKIE}=${cookie}`, ...(csrfToken === undefined ? {} : { 'x-csrf-token': csrfToken }) };
}

/** A new user of `role`, signed in. */
export async function signedIn(t: TestApp, role: Role, overrides: Partial<CreateUserBody> = {}): Promise<SignedIn> {
  const { user, password } = await makeUser(t, role, overrides);
  const { cookie, csrfToken } = await signIn(t, user.email, password);
  const cookieHeaders = { cookie: `${SESSION_COOKIE}=${cookie}` };
  return { user, password, cookie, csrfToken, cookieHeaders, headers: { ...cookieHeaders, 'x-csrf-token': csrfToken } };
}

/** Creates an API token for `owner` through `POST /api/v1/me/tokens`, which must answer 201. */
export async function createApiToken(
  t: TestApp,
  owner: SignedIn,
  body: Partial<CreateApiTokenBody> = {},
): Promise<CreatedApiToken> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/tokens',
    headers: owner.headers,
    payload: { name: `script ${randomUUID().slice(0, 4)}`, ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: CreatedApiToken }>().data;
}

/** The headers of a request authenticated by an API token. */
export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** A request with a JSON body (or none), so tests state only what differs. */
export function jsonRequest(
  method: InjectOptions['method'],
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): InjectOptions {
  return payload === undefined
    ? { method, url, headers }
    : { method, url, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(payload) };
}

/** The sequence of the newest audit row (0 with none): rows after it are those a test's write appended. */
export async function lastAuditSequence(db: Database): Promise<number> {
  const [row] = await db.select({ last: max(schema.auditEvents.sequence) }).from(schema.auditEvents);
  return Number(row?.last ?? 0);
}

/** The audit rows appended after `sequence`, in order. */
export function auditRowsAfter(db: Database, sequence: number) {
  return db
    .select()
    .from(schema.auditEvents)
    .where(gt(schema.auditEvents.sequence, sequence))
    .orderBy(asc(schema.auditEvents.sequence));
}
