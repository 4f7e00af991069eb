import { and, desc, eq, lte, ne } from 'drizzle-orm';
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
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  return row;
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
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row;
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
