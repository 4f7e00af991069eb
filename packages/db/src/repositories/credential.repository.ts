import { and, desc, eq, inArray, lte, ne } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { apiTokens, sessions, users } from '../schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
type UserRow = typeof users.$inferSelect;

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

/** A session and its user by the SHA-256 of the cookie's secret. */
export async function findSessionByTokenHash(
  db: Executor,
  tokenHash: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  return (await findSessionsByTokenHashes(db, [tokenHash])).get(tokenHash);
}

/** `findSessionByTokenHash` of each of `tokenHashes`, in one read, by hash; an unknown hash is absent. */
export async function findSessionsByTokenHashes(
  db: Executor,
  tokenHashes: readonly string[],
): Promise<Map<string, { session: SessionRow; user: UserRow }>> {
  const wanted = [...new Set(tokenHashes)];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(inArray(sessions.tokenHash, wanted));
  return new Map(rows.map((row) => [row.session.tokenHash, row]));
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Removes sessions that ended before `now` (housekeeping: an ended session grants nothing). */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lte(sessions.expiresAt, now));
}

/** Ends every session of a user but `keepId` (after a password change or when the user is disabled). */
export async function deleteSessionsOfUser(db: Executor, userId: string, keepId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keepId === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.id, keepId)),
    );
}

export async function insertApiToken(db: Executor, values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

/** A token and its user by the SHA-256 of the token. */
export async function findApiTokenByHash(
  db: Executor,
  tokenHash: string,
): Promise<{ token: ApiTokenRow; user: UserRow } | undefined> {
  return (await findApiTokensByHashes(db, [tokenHash])).get(tokenHash);
}

/** `findApiTokenByHash` of each of `tokenHashes`, in one read, by hash; an unknown hash is absent. */
export async function findApiTokensByHashes(
  db: Executor,
  tokenHashes: readonly string[],
): Promise<Map<string, { token: ApiTokenRow; user: UserRow }>> {
  const wanted = [...new Set(tokenHashes)];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(inArray(apiTokens.tokenHash, wanted));
  return new Map(rows.map((row) => [row.token.tokenHash, row]));
}

/** Records `at` as the last use of each of the tokens `ids`, in one statement. */
export async function markApiTokensUsed(db: Executor, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length > 0) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: at })
      .where(inArray(apiTokens.id, [...new Set(ids)]));
  }
}

/** A user's tokens, newest first. */
export function listApiTokensOfUser(db: Executor, userId: string): Promise<ApiTokenRow[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

export async function findApiTokenOfUser(db: Executor, userId: string, id: string): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)));
  return row;
}

export async function updateApiToken(
  db: Executor,
  id: string,
  values: Partial<typeof apiTokens.$inferInsert>,
): Promise<ApiTokenRow> {
  const [row] = await db.update(apiTokens).set(values).where(eq(apiTokens.id, id)).returning();
  return row!;
}
