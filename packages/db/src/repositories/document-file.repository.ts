import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { documentFiles } from '../schema/index.ts';

export type DocumentFileRow = typeof documentFiles.$inferSelect;
/** A language version without its bytes: what lists and audit rows hold. */
export type DocumentFileMeta = Omit<DocumentFileRow, 'content'>;

const META = {
  documentId: documentFiles.documentId,
  language: documentFiles.language,
  fileName: documentFiles.fileName,
  mediaType: documentFiles.mediaType,
  size: documentFiles.size,
  sha256: documentFiles.sha256,
  uploadedBy: documentFiles.uploadedBy,
  uploadedAt: documentFiles.uploadedAt,
};

/** The language versions of the given documents, without their bytes, by document then language. */
export function listDocumentFiles(db: Executor, documentIds: readonly string[]): Promise<DocumentFileMeta[]> {
  if (documentIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select(META)
    .from(documentFiles)
    .where(inArray(documentFiles.documentId, [...documentIds]))
    .orderBy(asc(documentFiles.documentId), asc(documentFiles.language));
}

/** One language version's metadata, or undefined. */
export async function findDocumentFileMeta(
  db: Executor,
  documentId: string,
  language: string,
): Promise<DocumentFileMeta | undefined> {
  const [row] = await db
    .select(META)
    .from(documentFiles)
    .where(and(eq(documentFiles.documentId, documentId), eq(documentFiles.language, language)));
  return row;
}

/** One language version with its bytes, or undefined. */
export async function findDocumentFile(
  db: Executor,
  documentId: string,
  language: string,
): Promise<DocumentFileRow | undefined> {
  const [row] = await db
    .select()
    .from(documentFiles)
    .where(and(eq(documentFiles.documentId, documentId), eq(documentFiles.language, language)));
  return row;
}

/** Stores a language version, replacing the current one of that language; answers its metadata. */
export async function putDocumentFile(
  db: Executor,
  values: typeof documentFiles.$inferInsert,
): Promise<DocumentFileMeta> {
  const { documentId: _, language: __, ...replacing } = values;
  const [row] = await db
    .insert(documentFiles)
    .values(values)
    .onConflictDoUpdate({ target: [documentFiles.documentId, documentFiles.language], set: replacing })
    .returning(META);
  return row!;
}
