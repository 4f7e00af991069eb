/**
 * The shared lookups of the services: each reads one record through its repository and throws `not_found`
 * (`No <entity> "<key>".`) at `path` when there is none, so every module answers a missing record the same way.
 * `path` defaults to where the key usually comes from (`params.meeting` for a meeting, `params.id` otherwise).
 */
import {
  findAgendaItem,
  findConsolidationDraft,
  findCycle,
  findDecision,
  findDocument,
  findInstrumentById,
  findMeeting,
  findNomination,
  findVersionById,
  findVote,
  findVoteSummary,
  lockVote,
  type AgendaItemRow,
  type ConsolidationDraftRow,
  type CycleRow,
  type DecisionRow,
  type DocumentRow,
  type Executor,
  type InstrumentRow,
  type MeetingRow,
  type NominationRow,
  type VersionRow,
  type VoteRow,
  type VoteSummary,
} from '@tansiq/db';
import type { Issue } from '@tansiq/domain';
import { notFound } from './errors.ts';

type Path = Issue['path'];

async function required<Row>(found: Promise<Row | undefined>, entity: string, key: string, path: Path) {
  const row = await found;
  if (row === undefined) {
    throw notFound(entity, key, path);
  }
  return row;
}

/** A meeting by id or code. */
export function requireMeeting(
  db: Executor,
  idOrCode: string,
  path: Path = ['params', 'meeting'],
): Promise<MeetingRow> {
  return required(findMeeting(db, idOrCode), 'meeting', idOrCode, path);
}

/** A cycle by id or code. */
export function requireCycle(db: Executor, idOrCode: string, path: Path = ['params', 'id']): Promise<CycleRow> {
  return required(findCycle(db, idOrCode), 'cycle', idOrCode, path);
}

/** An agenda item by id. */
export function requireAgendaItem(db: Executor, id: string, path: Path = ['params', 'id']): Promise<AgendaItemRow> {
  return required(findAgendaItem(db, id), 'agenda item', id, path);
}

/** A vote by id. */
export function requireVote(db: Executor, id: string, path: Path = ['params', 'id']): Promise<VoteRow> {
  return required(findVote(db, id), 'vote', id, path);
}

/** A vote by id, locked for update until the transaction ends (`db` is a transaction). */
export function requireLockedVote(db: Executor, id: string, path: Path = ['params', 'id']): Promise<VoteRow> {
  return required(lockVote(db, id), 'vote', id, path);
}

/** A vote's summary (meeting, subject, status, result) by id, as another module refers to it (`vote`). */
export function requireVoteSummary(db: Executor, id: string, path: Path = ['vote']): Promise<VoteSummary> {
  return required(findVoteSummary(db, id), 'vote', id, path);
}

/** A document by id, whoever may read it (a service that hides others' drafts checks that itself). */
export function requireDocument(db: Executor, id: string, path: Path = ['params', 'id']): Promise<DocumentRow> {
  return required(findDocument(db, id), 'document', id, path);
}

/** An instrument by id. */
export function requireInstrument(db: Executor, id: string, path: Path = ['params', 'id']): Promise<InstrumentRow> {
  return required(findInstrumentById(db, id), 'instrument', id, path);
}

/** An instrument version by id. */
export function requireVersion(db: Executor, id: string, path: Path = ['params', 'id']): Promise<VersionRow> {
  return required(findVersionById(db, id), 'instrument version', id, path);
}

/** A decision by id. */
export function requireDecision(db: Executor, id: string, path: Path = ['params', 'id']): Promise<DecisionRow> {
  return required(findDecision(db, id), 'decision', id, path);
}

/** A nomination by id. */
export function requireNomination(db: Executor, id: string, path: Path = ['params', 'id']): Promise<NominationRow> {
  return required(findNomination(db, id), 'nomination', id, path);
}

/** A consolidation draft by id. */
export function requireConsolidationDraft(
  db: Executor,
  id: string,
  path: Path = ['params', 'id'],
): Promise<ConsolidationDraftRow> {
  return required(findConsolidationDraft(db, id), 'consolidation draft', id, path);
}
