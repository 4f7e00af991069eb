import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The e-mail address of each of the users `ids`, by id; an unknown id is absent. */
export async function emailsOfUsers(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.email]));
}

/** A user by e-mail address (stored lower-case). */
export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

/** What is known of the accounts that sign in with some e-mail addresses (stored lower-case): never a secret. */
export interface AccountOfEmail {
  email: string;
  role: string;
  memberStateIso3: string | null;
  disabled: boolean;
}

/** The accounts of `emails` (compared lower-case), by e-mail address; addresses without an account are absent. */
export async function accountsOfEmails(db: Executor, emails: readonly string[]): Promise<Map<string, AccountOfEmail>> {
  const wanted = [...new Set(emails.map((email) => email.toLowerCase()))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({
      email: users.email,
      role: users.role,
      memberStateIso3: users.memberStateIso3,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(inArray(users.email, wanted));
  return new Map(rows.map(({ disabledAt, ...row }) => [row.email, { ...row, disabled: disabledAt !== null }] as const));
}

export interface UserFilter {
  role?: string;
  memberStateIso3?: string;
  entityId?: string;
  organizationCode?: string;
  /** Part of a name or e-mail address. */
  q?: string;
}

/** Users by name, filtered and paged. */
export async function listUserRows(
  db: Executor,
  filter: UserFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.role !== undefined) conditions.push(eq(users.role, filter.role));
  if (filter.memberStateIso3 !== undefined) conditions.push(eq(users.memberStateIso3, filter.memberStateIso3));
  if (filter.entityId !== undefined) conditions.push(eq(users.entityId, filter.entityId));
  if (filter.organizationCode !== undefined) conditions.push(eq(users.organizationCode, filter.organizationCode));
  if (filter.q !== undefined) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(asc(users.name), asc(users.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function insertUser(db: Executor, values: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUserRow(db: Executor, id: string, values: Partial<NewUser>): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}
