import { and, asc, count, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import {
  commonProposalSignatures,
  documents,
  meetings,
  proposals,
  submissionPolicies,
  supportRules,
} from '../schema/index.ts';

export type DocumentRow = typeof documents.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type SignatureRow = typeof commonProposalSignatures.$inferSelect;

export async function insertDocument(db: Executor, values: typeof documents.$inferInsert): Promise<DocumentRow> {
  const [row] = await db.insert(documents).values(values).returning();
  return row!;
}

export async function findDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row;
}

/**
 * A document with its row locked until the transaction ends: the writes to one draft (adding and removing
 * proposals, submitting it) go one at a time, each seeing what the one before it did.
 */
export async function lockDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(documents).where(eq(documents.id, id)).for('update');
  return row;
}

export async function updateDocument(
  db: Executor,
  id: string,
  values: Partial<typeof documents.$inferInsert>,
): Promise<DocumentRow> {
  const [row] = await db.update(documents).set(values).where(eq(documents.id, id)).returning();
  return row!;
}

/** The documents of a meeting, by series, number and addendum (drafts last). */
export function listDocumentsOfMeeting(db: Executor, meetingId: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(eq(documents.meetingId, meetingId))
    .orderBy(asc(documents.series), asc(documents.number), asc(documents.addendum), asc(documents.createdAt));
}

/**
 * Locks a meeting's row until the transaction ends: submissions to one meeting then take their numbers one at a
 * time, and each sees the documents the one before it submitted (call it before reading what it numbers).
 */
export async function lockMeetingForNumbering(db: Executor, meetingId: string): Promise<void> {
  await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId)).for('update');
}

/** The highest number given in a series at a meeting (0 when none). */
export async function lastDocumentNumber(db: Executor, meetingId: string, series: string): Promise<number> {
  const [row] = await db
    .select({ n: max(documents.number) })
    .from(documents)
    .where(and(eq(documents.meetingId, meetingId), eq(documents.series, series)));
  return row?.n ?? 0;
}

/** The highest addendum given to a document (0 when none). */
export async function lastAddendum(db: Executor, parentId: string): Promise<number> {
  const [row] = await db
    .select({ n: max(documents.addendum) })
    .from(documents)
    .where(eq(documents.parentDocumentId, parentId));
  return row?.n ?? 0;
}

export function listProposals(db: Executor, documentId: string): Promise<ProposalRow[]> {
  return db.select().from(proposals).where(eq(proposals.documentId, documentId)).orderBy(asc(proposals.position));
}

/** The proposals of several documents in one query, in each document's order. */
export function listProposalsOfDocuments(db: Executor, documentIds: string[]): Promise<ProposalRow[]> {
  if (documentIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select()
    .from(proposals)
    .where(inArray(proposals.documentId, documentIds))
    .orderBy(asc(proposals.documentId), asc(proposals.position));
}

/** How many proposals each of `documentIds` holds, in one query (a document without any is absent). */
export async function countProposalsOfDocuments(db: Executor, documentIds: string[]): Promise<Map<string, number>> {
  if (documentIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ documentId: proposals.documentId, n: count() })
    .from(proposals)
    .where(inArray(proposals.documentId, documentIds))
    .groupBy(proposals.documentId);
  return new Map(rows.map((row) => [row.documentId, row.n]));
}

export async function insertProposal(db: Executor, values: typeof proposals.$inferInsert): Promise<ProposalRow> {
  const [row] = await db.insert(proposals).values(values).returning();
  return row!;
}

export async function updateProposal(
  db: Executor,
  id: string,
  values: Partial<typeof proposals.$inferInsert>,
): Promise<ProposalRow> {
  const [row] = await db.update(proposals).set(values).where(eq(proposals.id, id)).returning();
  return row!;
}

export async function deleteProposal(db: Executor, id: string): Promise<void> {
  await db.delete(proposals).where(eq(proposals.id, id));
}

/** The signatures of a common proposal, current and withdrawn. */
export function listSignatures(db: Executor, documentId: string): Promise<SignatureRow[]> {
  return db
    .select()
    .from(commonProposalSignatures)
    .where(eq(commonProposalSignatures.documentId, documentId))
    .orderBy(asc(commonProposalSignatures.signedAt), asc(commonProposalSignatures.memberStateIso3));
}

/** Records or renews a state's stance (a withdrawn one is signed again). */
export async function upsertSignature(
  db: Executor,
  values: typeof commonProposalSignatures.$inferInsert,
): Promise<void> {
  await db
    .insert(commonProposalSignatures)
    .values(values)
    .onConflictDoUpdate({
      target: [commonProposalSignatures.documentId, commonProposalSignatures.memberStateIso3],
      set: { stance: values.stance, signedBy: values.signedBy, signedAt: values.signedAt, withdrawnAt: null },
    });
}

/** Withdraws a current stance; false when there was none. */
export async function withdrawSignature(db: Executor, documentId: string, iso3: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(commonProposalSignatures)
    .set({ withdrawnAt: at })
    .where(
      and(
        eq(commonProposalSignatures.documentId, documentId),
        eq(commonProposalSignatures.memberStateIso3, iso3),
        isNull(commonProposalSignatures.withdrawnAt),
      ),
    )
    .returning();
  return rows.length > 0;
}

export async function findSupportRule(db: Executor, organizationCode: string) {
  const [row] = await db.select().from(supportRules).where(eq(supportRules.organizationCode, organizationCode));
  return row;
}

export async function findLatePolicy(db: Executor, meetingType: string): Promise<string | undefined> {
  const [row] = await db.select().from(submissionPolicies).where(eq(submissionPolicies.meetingType, meetingType));
  return row?.late;
}

/** Sets an organization's support rule. */
export async function upsertSupportRule(db: Executor, values: typeof supportRules.$inferInsert): Promise<void> {
  await db
    .insert(supportRules)
    .values(values)
    .onConflictDoUpdate({
      target: supportRules.organizationCode,
      set: { minSupporters: values.minSupporters, maxObjectionShare: values.maxObjectionShare },
    });
}

/** Sets a meeting type's late policy. */
export async function upsertLatePolicy(db: Executor, meetingType: string, late: string): Promise<void> {
  await db
    .insert(submissionPolicies)
    .values({ meetingType, late })
    .onConflictDoUpdate({ target: submissionPolicies.meetingType, set: { late } });
}
