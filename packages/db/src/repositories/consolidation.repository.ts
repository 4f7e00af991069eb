import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import {
  consolidationDraftProvisions,
  consolidationDrafts,
  documents,
  instrumentVersions,
  proposals,
} from '../schema/index.ts';
import type { DocumentRow, ProposalRow } from './contribution.repository.ts';

export type ConsolidationDraftRow = typeof consolidationDrafts.$inferSelect;
export type DraftProvisionRow = typeof consolidationDraftProvisions.$inferSelect;

export async function insertConsolidationDraft(
  db: Executor,
  values: typeof consolidationDrafts.$inferInsert,
): Promise<ConsolidationDraftRow> {
  const [row] = await db.insert(consolidationDrafts).values(values).returning();
  return row!;
}

export async function findConsolidationDraft(db: Executor, id: string): Promise<ConsolidationDraftRow | undefined> {
  const [row] = await db.select().from(consolidationDrafts).where(eq(consolidationDrafts.id, id));
  return row;
}

/** The open draft of a version at a meeting, if any (there is at most one). */
export async function findOpenConsolidationDraft(
  db: Executor,
  meetingId: string,
  versionId: string,
): Promise<ConsolidationDraftRow | undefined> {
  const [row] = await db
    .select()
    .from(consolidationDrafts)
    .where(
      and(
        eq(consolidationDrafts.meetingId, meetingId),
        eq(consolidationDrafts.versionId, versionId),
        eq(consolidationDrafts.status, 'open'),
      ),
    );
  return row;
}

/** A meeting's drafts, oldest first. */
export function listConsolidationDraftsOfMeeting(db: Executor, meetingId: string): Promise<ConsolidationDraftRow[]> {
  return db
    .select()
    .from(consolidationDrafts)
    .where(eq(consolidationDrafts.meetingId, meetingId))
    .orderBy(asc(consolidationDrafts.createdAt), asc(consolidationDrafts.id));
}

/**
 * Moves a draft to the next revision with `values`, only if it is still at `expected`: the one place where a
 * write is checked against a concurrent one. Undefined when another write came first (or no such draft).
 */
export async function advanceConsolidationDraft(
  db: Executor,
  id: string,
  expected: number,
  values: Partial<typeof consolidationDrafts.$inferInsert>,
): Promise<ConsolidationDraftRow | undefined> {
  const [row] = await db
    .update(consolidationDrafts)
    .set({ ...values, revision: sql`${consolidationDrafts.revision} + 1` })
    .where(and(eq(consolidationDrafts.id, id), eq(consolidationDrafts.revision, expected)))
    .returning();
  return row;
}

/** The provisions of a draft that have a working text of their own. */
export function listDraftProvisions(db: Executor, draftId: string): Promise<DraftProvisionRow[]> {
  return db
    .select()
    .from(consolidationDraftProvisions)
    .where(eq(consolidationDraftProvisions.draftId, draftId))
    .orderBy(asc(consolidationDraftProvisions.provisionId));
}

/** Stores a provision's working text, replacing the one stored. */
export async function saveDraftProvision(
  db: Executor,
  values: typeof consolidationDraftProvisions.$inferInsert,
): Promise<void> {
  await db
    .insert(consolidationDraftProvisions)
    .values(values)
    .onConflictDoUpdate({
      target: [consolidationDraftProvisions.draftId, consolidationDraftProvisions.provisionId],
      set: { picks: values.picks, draft: values.draft, edited: values.edited, updatedAt: values.updatedAt },
    });
}

/** Some proposals with the documents that bring them (whatever their status), in one query. */
export async function findProposalsWithDocuments(
  db: Executor,
  ids: string[],
): Promise<{ proposal: ProposalRow; document: DocumentRow }[]> {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select({ proposal: proposals, document: documents })
    .from(proposals)
    .innerJoin(documents, eq(documents.id, proposals.documentId))
    .where(inArray(proposals.id, ids));
}

/**
 * Retires a version in force (superseded by a revision, or abrogated): false when it is no longer in force,
 * which a concurrent adoption may have done first.
 */
export async function retireVersion(db: Executor, versionId: string, status: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(instrumentVersions)
    .set({ status, updatedAt: at })
    .where(and(eq(instrumentVersions.id, versionId), eq(instrumentVersions.status, 'in-force')))
    .returning({ id: instrumentVersions.id });
  return rows.length > 0;
}

/** Names the version an adoption made (after the version is stored, in the same transaction). */
export async function recordAdoptedVersion(db: Executor, draftId: string, versionId: string): Promise<void> {
  await db.update(consolidationDrafts).set({ adoptedVersionId: versionId }).where(eq(consolidationDrafts.id, draftId));
}
