import type { CreateAgendaItemBody, UpdateAgendaItemBody } from '@tansiq/api';
import {
  agendaItemDocumentIds,
  agendaItemInUse,
  agendaNumberTaken,
  deleteAgendaItemRow,
  documentMeetings,
  insertAgendaItem,
  listAgendaItemRows,
  nextAgendaPosition,
  replaceAgendaItemDocuments,
  updateAgendaItemRow,
  type AgendaItemRow,
  type Executor,
} from '@tansiq/db';
import { DomainError, assertNoIssues, compareAgendaNumbers, type Issue, requireAgendaKeeper } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { requireAgendaItem, requireMeeting } from '../../lookups.ts';

/** An agenda item with the ids of its documents, in their order. */
export interface AgendaItemWithDocuments {
  row: AgendaItemRow;
  documents: string[];
}

/** A meeting's agenda: by position, then by number. */
export async function listAgendaItems(ctx: ServiceContext, meeting: string): Promise<AgendaItemWithDocuments[]> {
  const found = await requireMeeting(ctx.db, meeting);
  const rows = await listAgendaItemRows(ctx.db, found.id);
  rows.sort((a, b) => a.position - b.position || compareAgendaNumbers(a.number, b.number));
  const links = await agendaItemDocumentIds(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ row, documents: links.get(row.id) ?? [] }));
}

/** Each linked document must exist, belong to the meeting and be submitted (a draft is its authors' only). */
async function documentIssues(db: Executor, meetingId: string, ids: readonly string[]): Promise<Issue[]> {
  const found = await documentMeetings(db, [...ids]);
  const issues: Issue[] = [];
  ids.forEach((id, index) => {
    const document = found.get(id);
    const path = ['documents', index];
    if (document === undefined) {
      issues.push({ path, code: 'unknown_document', message: `No document ${id}.` });
    } else if (document.meetingId !== meetingId) {
      issues.push({ path, code: 'document_of_another_meeting', message: 'The document is not of this meeting.' });
    } else if (document.status === 'draft') {
      issues.push({ path, code: 'document_not_submitted', message: 'A draft is not linked to an agenda item.' });
    }
  });
  return issues;
}

const auditFields = (row: AgendaItemRow, documents: string[]) => ({
  number: row.number,
  title: row.title,
  position: row.position,
  documents,
});

/** Adds an item to a meeting's agenda (secretariat). */
export async function createAgendaItem(
  ctx: ServiceContext,
  meeting: string,
  body: CreateAgendaItemBody,
): Promise<AgendaItemWithDocuments> {
  requireAgendaKeeper(personOf(ctx.actor), 'manage agendas');
  return ctx.db.transaction(async (tx) => {
    const found = await requireMeeting(tx, meeting);
    assertNoIssues(await documentIssues(tx, found.id, body.documents));
    if (await agendaNumberTaken(tx, found.id, body.number)) {
      throw conflict(`The agenda already has an item ${body.number}.`, ['number']);
    }
    const row = await insertAgendaItem(tx, {
      meetingId: found.id,
      number: body.number,
      title: body.title,
      position: body.position ?? (await nextAgendaPosition(tx, found.id)),
    });
    await replaceAgendaItemDocuments(tx, row.id, body.documents);
    await recordAudit(tx, ctx, {
      action: 'agenda.item.create',
      entityType: 'agenda-item',
      entityId: row.id,
      before: null,
      after: { meeting: found.code, ...auditFields(row, body.documents) },
    });
    return { row, documents: body.documents };
  });
}

/** Changes an agenda item: number, title, position, documents (secretariat). */
export async function updateAgendaItem(
  ctx: ServiceContext,
  id: string,
  body: UpdateAgendaItemBody,
): Promise<AgendaItemWithDocuments> {
  requireAgendaKeeper(personOf(ctx.actor), 'manage agendas');
  return ctx.db.transaction(async (tx) => {
    const before = await requireAgendaItem(tx, id);
    const beforeDocuments = (await agendaItemDocumentIds(tx, [id])).get(id) ?? [];
    if (body.documents !== undefined) {
      assertNoIssues(await documentIssues(tx, before.meetingId, body.documents));
    }
    if (body.number !== undefined && (await agendaNumberTaken(tx, before.meetingId, body.number, id))) {
      throw conflict(`The agenda already has an item ${body.number}.`, ['number']);
    }
    const row = await updateAgendaItemRow(tx, id, {
      ...(body.number === undefined ? {} : { number: body.number }),
      ...(body.title === undefined ? {} : { title: body.title }),
      ...(body.position === undefined ? {} : { position: body.position }),
      updatedAt: ctx.clock.now(),
    });
    const documents = body.documents ?? beforeDocuments;
    if (body.documents !== undefined) {
      await replaceAgendaItemDocuments(tx, id, body.documents);
    }
    await recordAudit(tx, ctx, {
      action: 'agenda.item.update',
      entityType: 'agenda-item',
      entityId: id,
      before: auditFields(before, beforeDocuments),
      after: auditFields(row, documents),
    });
    return { row, documents };
  });
}

/** Removes an agenda item and its document links (secretariat). */
export async function deleteAgendaItem(ctx: ServiceContext, id: string): Promise<void> {
  requireAgendaKeeper(personOf(ctx.actor), 'manage agendas');
  await ctx.db.transaction(async (tx) => {
    const before = await requireAgendaItem(tx, id);
    const inUse = await agendaItemInUse(tx, id);
    if (inUse.decisions > 0 || inUse.votes > 0) {
      const message = `Agenda item ${before.number} has ${inUse.decisions} decision(s) and ${inUse.votes} vote(s): it stays on the record.`;
      throw new DomainError('agenda_item_in_use', message, [
        { path: ['params', 'id'], code: 'agenda_item_in_use', message },
      ]);
    }
    const documents = (await agendaItemDocumentIds(tx, [id])).get(id) ?? [];
    await deleteAgendaItemRow(tx, id);
    await recordAudit(tx, ctx, {
      action: 'agenda.item.delete',
      entityType: 'agenda-item',
      entityId: id,
      before: auditFields(before, documents),
      after: null,
    });
  });
}
