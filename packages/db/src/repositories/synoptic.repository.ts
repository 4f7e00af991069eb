import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../connection.ts';
import {
  documents,
  instrumentVersions,
  instruments,
  memberStates,
  organizations,
  proposals,
  provisionTexts,
  provisions,
} from '../schema/index.ts';
import type { DocumentRow } from './contribution.repository.ts';
import { correctedProvisionText } from './corrigendum.repository.ts';
import type { InstrumentRow, VersionRow } from './library.repository.ts';

/** A proposal on a stored version, with the document that brings it. */
export interface VersionProposalRow {
  proposal: {
    id: string;
    position: number;
    mark: string;
    targetKind: string;
    versionId: string;
    provisionId: string | null;
    text: string | null;
    number: string | null;
  };
  document: DocumentRow;
}

/**
 * Every proposal of a meeting's submitted and published contributions that aims at a stored version (a provision
 * or the whole text), in one query, by document number, addendum and position. Reading rights are the caller's.
 */
export async function listVersionProposalsOfMeeting(
  db: Executor,
  meetingId: string,
  versionId?: string,
): Promise<VersionProposalRow[]> {
  const rows = await db
    .select({
      proposal: {
        id: proposals.id,
        position: proposals.position,
        mark: proposals.mark,
        targetKind: proposals.targetKind,
        versionId: proposals.versionId,
        provisionId: proposals.provisionId,
        text: proposals.text,
        number: proposals.number,
      },
      document: documents,
    })
    .from(proposals)
    .innerJoin(documents, eq(documents.id, proposals.documentId))
    .where(
      and(
        eq(documents.meetingId, meetingId),
        eq(documents.series, 'Doc'),
        inArray(documents.status, ['submitted', 'published']),
        versionId === undefined ? isNotNull(proposals.versionId) : eq(proposals.versionId, versionId),
      ),
    )
    .orderBy(asc(documents.number), asc(documents.addendum), asc(proposals.position));
  return rows.map((row) => ({ ...row, proposal: { ...row.proposal, versionId: row.proposal.versionId! } }));
}

/** A version's provision in one language, with its language-neutral frame. */
export interface VersionProvisionRow {
  versionId: string;
  provisionId: string;
  position: number;
  section: string;
  headingKey: string;
  key: string;
  parent: string | null;
  language: string;
  heading: string;
  num: string;
  text: string;
}

/** The provisions of some versions in every stored language, corrigenda applied, in document order (one query). */
export function listProvisionsOfVersions(db: Executor, versionIds: string[]): Promise<VersionProvisionRow[]> {
  if (versionIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select({
      versionId: provisions.versionId,
      provisionId: provisions.provisionId,
      position: provisions.position,
      section: provisions.section,
      headingKey: provisions.headingKey,
      key: provisions.key,
      parent: provisions.parent,
      language: provisionTexts.language,
      heading: provisionTexts.heading,
      num: provisionTexts.num,
      text: correctedProvisionText,
    })
    .from(provisions)
    .innerJoin(
      provisionTexts,
      and(eq(provisionTexts.versionId, provisions.versionId), eq(provisionTexts.provisionId, provisions.provisionId)),
    )
    .where(inArray(provisions.versionId, versionIds))
    .orderBy(asc(provisions.versionId), asc(provisions.position));
}

/** Some versions with their instruments (one query). */
export async function listVersionsWithInstruments(
  db: Executor,
  versionIds: string[],
): Promise<{ version: VersionRow; instrument: InstrumentRow }[]> {
  if (versionIds.length === 0) {
    return [];
  }
  return db
    .select({ version: instrumentVersions, instrument: instruments })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(inArray(instrumentVersions.id, versionIds));
}

/** The region of each Member State and each organization (reference data, two small queries). */
export async function listRegionsOfSources(db: Executor): Promise<{
  memberStates: { iso3: string; regionId: string }[];
  organizations: { code: string; regionId: string }[];
}> {
  const [states, rtos] = await Promise.all([
    db.select({ iso3: memberStates.iso3, regionId: memberStates.regionId }).from(memberStates),
    db.select({ code: organizations.code, regionId: organizations.regionId }).from(organizations),
  ]);
  return { memberStates: states, organizations: rtos };
}
