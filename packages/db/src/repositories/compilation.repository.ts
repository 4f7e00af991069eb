import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import { documents, instrumentVersions, instruments, proposals, versionTexts } from '../schema/index.ts';
import type { DocumentRow, ProposalRow } from './contribution.repository.ts';
import type { VersionTextRow } from './library.repository.ts';

/** One proposal of a meeting's register, with its document and, when it aims at a stored version, that version. */
export interface RegisterProposalRow {
  proposal: Omit<ProposalRow, 'diff' | 'createdAt' | 'updatedAt'>;
  document: DocumentRow;
  version: { id: string; label: string } | null;
  instrument: { id: string; kind: string; number: string } | null;
}

/**
 * Every proposal of a meeting's submitted and published contributions (series Doc), whatever it aims at (a
 * provision, a whole text, a draft new text, a general matter), in one query, by document number, addendum and
 * position. Reading rights are the caller's.
 */
export function listRegisterProposalsOfMeeting(db: Executor, meetingId: string): Promise<RegisterProposalRow[]> {
  return db
    .select({
      proposal: {
        id: proposals.id,
        documentId: proposals.documentId,
        position: proposals.position,
        mark: proposals.mark,
        targetKind: proposals.targetKind,
        versionId: proposals.versionId,
        provisionId: proposals.provisionId,
        newTextTag: proposals.newTextTag,
        text: proposals.text,
        reasons: proposals.reasons,
        number: proposals.number,
      },
      document: documents,
      version: { id: instrumentVersions.id, label: instrumentVersions.label },
      instrument: { id: instruments.id, kind: instruments.kind, number: instruments.number },
    })
    .from(proposals)
    .innerJoin(documents, eq(documents.id, proposals.documentId))
    .leftJoin(instrumentVersions, eq(instrumentVersions.id, proposals.versionId))
    .leftJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(
      and(
        eq(documents.meetingId, meetingId),
        eq(documents.series, 'Doc'),
        inArray(documents.status, ['submitted', 'published']),
      ),
    )
    .orderBy(asc(documents.number), asc(documents.addendum), asc(proposals.position));
}

/** The title lines of some versions in every stored language (one query). */
export function listTextsOfVersions(db: Executor, versionIds: string[]): Promise<VersionTextRow[]> {
  if (versionIds.length === 0) {
    return Promise.resolve([]);
  }
  return db.select().from(versionTexts).where(inArray(versionTexts.versionId, versionIds));
}
