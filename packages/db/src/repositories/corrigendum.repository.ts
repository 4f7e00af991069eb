import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { corrigenda, corrigendumChanges, instrumentVersions } from '../schema/index.ts';
import type { VersionRow } from './library.repository.ts';

export type CorrigendumRow = typeof corrigenda.$inferSelect;
export type CorrigendumChangeRow = typeof corrigendumChanges.$inferSelect;

/**
 * The text of the `provision_texts` row in scope with its corrigenda applied: the latest correction of that
 * provision in that language, else the adopted text. Every reader of base provisions (the library, a proposal's
 * base text, the synoptic compilation, consolidation) selects it, so the text in force is the corrected one.
 */
export const correctedProvisionText: SQL<string> = sql<string>`coalesce((
  select cc."after" from "corrigendum_changes" cc
  inner join "corrigenda" c on c."id" = cc."corrigendum_id"
  where c."version_id" = "provision_texts"."version_id"
    and c."language" = "provision_texts"."language"
    and cc."provision_id" = "provision_texts"."provision_id"
  order by c."number" desc limit 1
), "provision_texts"."text")`;
// Names written out: Drizzle leaves columns unqualified in a one-table select, which the subquery makes ambiguous.

/** A version locked for the rest of the transaction, so that two corrigenda of it take their numbers in turn. */
export async function lockVersion(db: Executor, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(instrumentVersions).where(eq(instrumentVersions.id, id)).for('update');
  return row;
}

/** The number the next corrigendum of a version takes (1 for the first). */
export async function nextCorrigendumNumber(db: Executor, versionId: string): Promise<number> {
  const [last] = await db
    .select({ number: corrigenda.number })
    .from(corrigenda)
    .where(eq(corrigenda.versionId, versionId))
    .orderBy(desc(corrigenda.number))
    .limit(1);
  return (last?.number ?? 0) + 1;
}

/** Stores a corrigendum with its changes. */
export async function insertCorrigendum(
  db: Executor,
  values: typeof corrigenda.$inferInsert,
  changes: Omit<typeof corrigendumChanges.$inferInsert, 'corrigendumId'>[],
): Promise<CorrigendumRow> {
  const [row] = await db.insert(corrigenda).values(values).returning();
  // One query after the other: the executor is a transaction, which is one connection.
  if (changes.length > 0) {
    await db.insert(corrigendumChanges).values(changes.map((change) => ({ ...change, corrigendumId: row!.id })));
  }
  return row!;
}

/** A version's corrigenda in number order, each with its changes. */
export async function listCorrigenda(
  db: Executor,
  versionId: string,
): Promise<(CorrigendumRow & { changes: CorrigendumChangeRow[] })[]> {
  const rows = await db
    .select()
    .from(corrigenda)
    .where(eq(corrigenda.versionId, versionId))
    .orderBy(asc(corrigenda.number));
  const changes = await db
    .select()
    .from(corrigendumChanges)
    .where(eq(corrigendumChanges.versionId, versionId))
    .orderBy(asc(corrigendumChanges.provisionId));
  return rows.map((row) => ({ ...row, changes: changes.filter((change) => change.corrigendumId === row.id) }));
}
