import type { CreateApiTokenBody } from '@tansiq/api';
import { findApiTokenOfUser, insertApiToken, listApiTokensOfUser, updateApiToken, type ApiTokenRow } from '@tansiq/db';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { randomSecret, sha256 } from '../../credentials.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireUser } from '../../policy.ts';

/** Every token starts so, which lets secret scanners recognise a leaked one. */
export const TOKEN_PREFIX = 'tsq_';

/** The signed-in person's own tokens. */
export function listOwnTokens(ctx: ServiceContext): Promise<ApiTokenRow[]> {
  requireUser(ctx.actor);
  return listApiTokensOfUser(ctx.db, ctx.actor.userId);
}

/** Creates a token for the signed-in person; the secret is returned here once and stored only hashed. */
export async function createOwnToken(
  ctx: ServiceContext,
  body: CreateApiTokenBody,
): Promise<{ row: ApiTokenRow; token: string }> {
  requireUser(ctx.actor);
  const actor = ctx.actor;
  const token = `${TOKEN_PREFIX}${randomSecret()}`;
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertApiToken(tx, {
      userId: actor.userId,
      name: body.name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 12),
      createdAt: now,
      expiresAt: body.expiresInDays === null ? null : new Date(now.getTime() + body.expiresInDays * 86_400_000),
    });
    await recordAudit(tx, ctx, {
      action: 'api-token.create',
      entityType: 'api-token',
      entityId: inserted.id,
      before: null,
      after: inserted,
    });
    return inserted;
  });
  return { row, token };
}

/** Revokes one of the signed-in person's tokens (another's is not found, so ids reveal nothing). */
export async function revokeOwnToken(ctx: ServiceContext, id: string): Promise<void> {
  requireUser(ctx.actor);
  const actor = ctx.actor;
  await ctx.db.transaction(async (tx) => {
    const current = await findApiTokenOfUser(tx, actor.userId, id);
    if (current === undefined) {
      throw notFound('API token', id, ['params', 'id']);
    }
    if (current.revokedAt !== null) {
      throw conflict('The token is revoked already.', ['params', 'id']);
    }
    const row = await updateApiToken(tx, id, { revokedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'api-token.revoke',
      entityType: 'api-token',
      entityId: id,
      before: current,
      after: row,
    });
  });
}
