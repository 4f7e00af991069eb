import type { SignInBody } from '@tansiq/api';
import {
  deleteExpiredSessions,
  deleteSession,
  findUserByEmail,
  findUserById,
  insertSession,
  type SessionRow,
  type UserRow,
} from '@tansiq/db';
import { DomainError } from '@tansiq/domain';
import { userActor } from '../../actor.ts';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { randomSecret, sha256, verifyPassword } from '../../credentials.ts';
import { notFound } from '../../errors.ts';
import { requireUser } from '../../policy.ts';

/** A new session: the secret goes into the cookie, never into storage. */
export interface SignedIn {
  secret: string;
  session: SessionRow;
  user: UserRow;
}

const invalidCredentials = () => new DomainError('invalid_credentials', 'The e-mail address or the password is wrong.');

/**
 * Signs a person in. A wrong password and an unknown address get the same answer in the same time; a disabled
 * account is named only to someone who knows its password. The password is checked before the transaction
 * (hashing is slow and PGlite has one connection).
 */
export async function signIn(ctx: ServiceContext, body: SignInBody, sessionHours: number): Promise<SignedIn> {
  const user = await findUserByEmail(ctx.db, body.email);
  const valid = await verifyPassword(user?.passwordHash ?? null, body.password);
  if (user === undefined || !valid) {
    throw invalidCredentials();
  }
  if (user.disabledAt !== null) {
    throw new DomainError('account_disabled', 'This account is disabled.');
  }
  const secret = randomSecret();
  const now = ctx.clock.now();
  const session = await ctx.db.transaction(async (tx) => {
    await deleteExpiredSessions(tx, now);
    const row = await insertSession(tx, {
      tokenHash: sha256(secret),
      userId: user.id,
      csrfToken: randomSecret(),
      createdAt: now,
      expiresAt: new Date(now.getTime() + sessionHours * 3_600_000),
    });
    // The act is the person's own: the trail names them, not the anonymous request that carried it.
    await recordAudit(
      tx,
      { ...ctx, actor: userActor(user) },
      {
        action: 'session.create',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: { sessionId: row.id, expiresAt: row.expiresAt },
      },
    );
    return row;
  });
  return { secret, session, user };
}

/** Ends the current session. */
export async function signOut(ctx: ServiceContext, sessionId: string | null): Promise<void> {
  requireUser(ctx.actor);
  if (sessionId === null) {
    throw new DomainError('validation_failed', 'This request is not signed in with a session (an API token has none).');
  }
  const actor = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, ctx, {
      action: 'session.delete',
      entityType: 'user',
      entityId: actor.userId,
      before: { sessionId },
      after: null,
    });
  });
}

/** The signed-in user. */
export async function currentUser(ctx: ServiceContext): Promise<UserRow> {
  requireUser(ctx.actor);
  const user = await findUserById(ctx.db, ctx.actor.userId);
  if (user === undefined) {
    throw notFound('user', ctx.actor.userId);
  }
  return user;
}
