import { asc, count, desc, eq, or } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { cycles } from '../schema/index.ts';

export type CycleRow = typeof cycles.$inferSelect;
export type NewCycle = typeof cycles.$inferInsert;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` has the shape of a UUID (ids) rather than a code. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A cycle by id or code. */
export async function findCycle(db: Executor, idOrCode: string): Promise<CycleRow | undefined> {
  const [row] = await db
    .select()
    .from(cycles)
    .where(isUuid(idOrCode) ? or(eq(cycles.id, idOrCode), eq(cycles.code, idOrCode)) : eq(cycles.code, idOrCode));
  return row;
}

/** Cycles, newest first. */
export async function listCycleRows(
  db: Executor,
  page: { limit: number; offset: number },
): Promise<{ rows: CycleRow[]; total: number }> {
  // One query after the other: the executor may be a transaction, which is one connection.
  const rows = await db
    .select()
    .from(cycles)
    .orderBy(desc(cycles.year), asc(cycles.code))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(cycles);
  return { rows, total: total?.n ?? 0 };
}

export async function insertCycle(db: Executor, values: NewCycle): Promise<CycleRow> {
  const [row] = await db.insert(cycles).values(values).returning();
  return row!;
}
