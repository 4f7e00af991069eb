import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  findApiTokensByHashes,
  findSessionsByTokenHashes,
  markApiTokensUsed,
  type ApiTokenRow,
  type Database,
  type SessionRow,
  type UserRow,
} from '@tansiq/db';
import { DomainError } from '@tansiq/domain';
import { userActor, type Actor, type UserActor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { sameSecret, sha256 } from '../credentials.ts';
import { GroupQueue } from '../group-queue.ts';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'tansiq_session';
/** Header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';

/** How the request proved who it is, and what went wrong if the proof failed. */
export interface RequestAuth {
  method: 'session' | 'token' | null;
  sessionId: string | null;
  csrfToken: string | null;
  /** When the session ends (sessions only). */
  expiresAt: Date | null;
  /** A credential was presented but did not hold (expired, revoked, unknown, disabled). */
  problem: DomainError | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth;
  }
}

export const NO_AUTH: RequestAuth = { method: null, sessionId: null, csrfToken: null, expiresAt: null, problem: null };

const disabled = () => new DomainError('account_disabled', 'This account is disabled.');

// A token's last use is bookkeeping, not an act: it is written at most once a minute and not audited.
const LAST_USED_GRANULARITY_MS = 60_000;

/** A database's credential work, grouped (`GroupQueue`): requests that arrive together share its statements. */
interface CredentialWork {
  /** Tokens found by the SHA-256 of their secret: the requests of a burst find theirs in one read. */
  tokens: GroupQueue<'token', string, { token: ApiTokenRow; user: UserRow } | undefined>;
  /** Sessions found by the SHA-256 of their cookie's secret, alike. */
  sessions: GroupQueue<'session', string, { session: SessionRow; user: UserRow } | undefined>;
  /**
   * Tokens' last use: the uses of a burst (ballots cast at once with fresh tokens) are written in one statement, at
   * the latest of their instants.
   */
  lastUses: GroupQueue<'last-use', { id: string; at: Date }, void>;
}

// The most credentials read in one statement.
const MAX_CREDENTIAL_GROUP = 256;

const credentialWork = new WeakMap<Database, CredentialWork>();

function credentialWorkOf(db: Database): CredentialWork {
  let work = credentialWork.get(db);
  if (work === undefined) {
    work = {
      tokens: new GroupQueue(async (_key, hashes) => {
        const found = await findApiTokensByHashes(db, hashes);
        return hashes.map((hash) => ({ ok: true, value: found.get(hash) }));
      }, MAX_CREDENTIAL_GROUP),
      sessions: new GroupQueue(async (_key, hashes) => {
        const found = await findSessionsByTokenHashes(db, hashes);
        return hashes.map((hash) => ({ ok: true, value: found.get(hash) }));
      }, MAX_CREDENTIAL_GROUP),
      lastUses: new GroupQueue(async (_key, uses) => {
        const latest = new Date(Math.max(...uses.map((use) => use.at.getTime())));
        await markApiTokensUsed(
          db,
          uses.map((use) => use.id),
          latest,
        );
        return uses.map(() => ({ ok: true, value: undefined }));
      }, MAX_CREDENTIAL_GROUP),
    };
    credentialWork.set(db, work);
  }
  return work;
}

/**
 * The person an API token acts for; throws `invalid_token`, `token_revoked`, `token_expired` or
 * `account_disabled`. The HTTP layer and the CLI (`--token`) both use it.
 */
export async function actorForToken(db: Database, clock: Clock, token: string): Promise<UserActor> {
  const now = clock.now();
  const found = token === '' ? undefined : await credentialWorkOf(db).tokens.submit('token', sha256(token));
  if (found === undefined) {
    throw new DomainError('invalid_token', 'The API token is not valid.');
  }
  if (found.token.revokedAt !== null) {
    throw new DomainError('token_revoked', 'The API token was revoked.');
  }
  if (found.token.expiresAt !== null && found.token.expiresAt <= now) {
    throw new DomainError('token_expired', 'The API token has expired.');
  }
  if (found.user.disabledAt !== null) {
    throw disabled();
  }
  if (found.token.lastUsedAt === null || now.getTime() - found.token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await credentialWorkOf(db).lastUses.submit('last-use', { id: found.token.id, at: now });
  }
  return userActor(found.user);
}

/**
 * Resolves who the request is from: a bearer API token first (scripts, the CLI), else the session cookie.
 * A credential that does not hold leaves the request anonymous and records why, so that public reads still
 * answer and protected routes can say exactly what is wrong.
 */
export async function resolveActor(
  db: Database,
  clock: Clock,
  request: FastifyRequest,
): Promise<{ actor: Actor; auth: RequestAuth }> {
  const now = clock.now();
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    try {
      const actor = await actorForToken(db, clock, match?.[1] ?? '');
      return { actor, auth: { ...NO_AUTH, method: 'token' } };
    } catch (error) {
      if (error instanceof DomainError) {
        return { actor: { kind: 'anonymous' }, auth: { ...NO_AUTH, problem: error } };
      }
      throw error;
    }
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (cookie === undefined || cookie === '') {
    return { actor: { kind: 'anonymous' }, auth: NO_AUTH };
  }
  const found = await credentialWorkOf(db).sessions.submit('session', sha256(cookie));
  if (found === undefined || found.session.expiresAt <= now) {
    const error = new DomainError('session_expired', 'The session has ended: sign in again.');
    return { actor: { kind: 'anonymous' }, auth: { ...NO_AUTH, problem: error } };
  }
  if (found.user.disabledAt !== null) {
    return { actor: { kind: 'anonymous' }, auth: { ...NO_AUTH, problem: disabled() } };
  }
  return {
    actor: userActor(found.user),
    auth: {
      method: 'session',
      sessionId: found.session.id,
      csrfToken: found.session.csrfToken,
      expiresAt: found.session.expiresAt,
      problem: null,
    },
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Guards every route that needs a signed-in person. It runs on request, before the body is read, so an
 * anonymous write answers 401 whatever its body; a cookie-authenticated write must also carry the session's
 * CSRF token (a bearer token needs none: no browser sends it on its own).
 */
export async function requireActor(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (request.auth.problem !== null) {
    throw request.auth.problem;
  }
  if (request.ctx.actor.kind === 'anonymous') {
    throw new DomainError('unauthenticated', 'Sign in first.');
  }
  if (request.auth.method === 'session' && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || request.auth.csrfToken === null || !sameSecret(sent, request.auth.csrfToken)) {
      throw new DomainError('csrf_failed', `The ${CSRF_HEADER} header is missing or does not match the session.`);
    }
  }
}
