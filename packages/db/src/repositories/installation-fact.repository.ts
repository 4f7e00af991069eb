import { eq } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { installationFacts } from '../schema/index.ts';

/** A recorded fact about this installation, or undefined. */
export async function readInstallationFact(db: Executor, key: string): Promise<unknown> {
  const [row] = await db.select().from(installationFacts).where(eq(installationFacts.key, key));
  return row?.value;
}

/** Records (or overwrites) a fact about this installation. */
export async function recordInstallationFact(db: Executor, key: string, value: unknown): Promise<void> {
  await db
    .insert(installationFacts)
    .values({ key, value })
    .onConflictDoUpdate({ target: installationFacts.key, set: { value, recordedAt: new Date() } });
}

/**
 * Records a fact unless one is recorded under `key` already, and returns the fact that stands: this one, or the
 * one recorded before (by an earlier start, or by another process that got there first).
 */
export async function recordInstallationFactOnce(db: Executor, key: string, value: unknown): Promise<unknown> {
  await db.insert(installationFacts).values({ key, value }).onConflictDoNothing();
  return readInstallationFact(db, key);
}
