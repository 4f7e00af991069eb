import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { documentTranslations, proposalTranslations } from '../schema/index.ts';

export type DocumentTranslationRow = typeof documentTranslations.$inferSelect;
export type ProposalTranslationRow = typeof proposalTranslations.$inferSelect;

/** The language versions of the given documents that have a status of their own (awaiting ones have none). */
export function listDocumentTranslations(
  db: Executor,
  documentIds: readonly string[],
): Promise<DocumentTranslationRow[]> {
  if (documentIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select()
    .from(documentTranslations)
    .where(inArray(documentTranslations.documentId, [...documentIds]))
    .orderBy(asc(documentTranslations.documentId), asc(documentTranslations.language));
}

/**
 * One language version's status row, or undefined while it awaits translation; with `lock`, locked for the
 * transaction (a write reads it so).
 */
export async function findDocumentTranslation(
  db: Executor,
  documentId: string,
  language: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<DocumentTranslationRow | undefined> {
  const query = db
    .select()
    .from(documentTranslations)
    .where(and(eq(documentTranslations.documentId, documentId), eq(documentTranslations.language, language)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Creates a language version's status row (its first write); undefined when another write created it first. */
export async function insertDocumentTranslation(
  db: Executor,
  values: typeof documentTranslations.$inferInsert,
): Promise<DocumentTranslationRow | undefined> {
  const [row] = await db.insert(documentTranslations).values(values).onConflictDoNothing().returning();
  return row;
}

/** Moves a language version to its next revision, only from `expected`; undefined when it moved on meanwhile. */
export async function advanceDocumentTranslation(
  db: Executor,
  documentId: string,
  language: string,
  expected: number,
  values: Partial<typeof documentTranslations.$inferInsert>,
): Promise<DocumentTranslationRow | undefined> {
  const [row] = await db
    .update(documentTranslations)
    .set({ ...values, revision: sql`${documentTranslations.revision} + 1` })
    .where(
      and(
        eq(documentTranslations.documentId, documentId),
        eq(documentTranslations.language, language),
        eq(documentTranslations.revision, expected),
      ),
    )
    .returning();
  return row;
}

/** The proposals' texts of one language version of a document (any status). */
export function listProposalTranslations(
  db: Executor,
  documentId: string,
  language: string,
): Promise<ProposalTranslationRow[]> {
  return db
    .select()
    .from(proposalTranslations)
    .where(and(eq(proposalTranslations.documentId, documentId), eq(proposalTranslations.language, language)));
}

/** The proposals' texts of the given documents in every language they are translated in (any status). */
export function listProposalTranslationsOfDocuments(
  db: Executor,
  documentIds: readonly string[],
): Promise<ProposalTranslationRow[]> {
  if (documentIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select()
    .from(proposalTranslations)
    .where(inArray(proposalTranslations.documentId, [...documentIds]));
}

/**
 * The published translations, in `language`, of the given proposals: what readers see (a version still in
 * translation is the translators' own).
 */
export async function listPublishedProposalTranslations(
  db: Executor,
  proposalIds: readonly string[],
  language: string,
): Promise<ProposalTranslationRow[]> {
  if (proposalIds.length === 0) {
    return [];
  }
  const rows = await db
    .select({ translation: proposalTranslations })
    .from(proposalTranslations)
    .innerJoin(
      documentTranslations,
      and(
        eq(documentTranslations.documentId, proposalTranslations.documentId),
        eq(documentTranslations.language, proposalTranslations.language),
      ),
    )
    .where(
      and(
        inArray(proposalTranslations.proposalId, [...proposalIds]),
        eq(proposalTranslations.language, language),
        eq(documentTranslations.status, 'published'),
      ),
    );
  return rows.map((row) => row.translation);
}

/**
 * Saves one proposal's translation based on revision `expected` (0: there is none yet); answers the row saved,
 * or undefined when another save came first (a row made meanwhile, or a revision moved on).
 */
export async function saveProposalTranslation(
  db: Executor,
  expected: number,
  values: Omit<typeof proposalTranslations.$inferInsert, 'revision'>,
): Promise<ProposalTranslationRow | undefined> {
  if (expected === 0) {
    const [row] = await db
      .insert(proposalTranslations)
      .values({ ...values, revision: 1 })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await db
    .update(proposalTranslations)
    .set({
      text: values.text,
      reasons: values.reasons,
      diff: values.diff,
      translatedBy: values.translatedBy,
      translatedAt: values.translatedAt,
      revision: sql`${proposalTranslations.revision} + 1`,
    })
    .where(
      and(
        eq(proposalTranslations.proposalId, values.proposalId),
        eq(proposalTranslations.language, values.language),
        eq(proposalTranslations.revision, expected),
      ),
    )
    .returning();
  return row;
}
