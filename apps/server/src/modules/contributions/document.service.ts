import {
  findDocument,
  findMeeting,
  insertDocument,
  lastDocumentNumber,
  lockMeetingForNumbering,
  updateDocument,
  type DocumentRow,
} from '@tansiq/db';
import { DomainError, assertNoIssues, type LocalizedText, requireDraftRight, requireSecretariat } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict, notFound } from '../../errors.ts';
import { personOf } from '../../policy.ts';
import { sourceOf } from './document-access.ts';
import { readableDocument } from './contribution.service.ts';

/** A secretariat document of a series other than contributions: information (INF), temporary (DT), DL. */
export interface SecretariatDocumentInput {
  meeting: string;
  series: 'INF' | 'DT' | 'DL';
  title: LocalizedText;
  originalLanguage: string;
  targetBody: string;
  access: 'public' | 'members' | 'authors';
}

/** Registers an INF, DT or DL document (secretariat): it is numbered in its series at once. */
export async function createSecretariatDocument(
  ctx: ServiceContext,
  input: SecretariatDocumentInput,
): Promise<DocumentRow> {
  requireSecretariat(personOf(ctx.actor), 'register documents');
  return ctx.db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, input.meeting);
    if (meeting === undefined) {
      assertNoIssues([{ path: ['meeting'], code: 'unknown_meeting', message: `No meeting "${input.meeting}".` }]);
    }
    // One number per document even when several are registered at once (PostgreSQL).
    await lockMeetingForNumbering(tx, meeting!.id);
    const now = ctx.clock.now();
    const row = await insertDocument(tx, {
      meetingId: meeting!.id,
      series: input.series,
      number: (await lastDocumentNumber(tx, meeting!.id, input.series)) + 1,
      originalLanguage: input.originalLanguage,
      title: input.title,
      targetBody: input.targetBody,
      access: input.access,
      status: 'published',
      authorCode: 'BDT',
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, ctx, {
      action: 'document.create',
      entityType: 'document',
      entityId: row.id,
      before: null,
      after: row,
    });
    return row;
  });
}

/** Publishes a submitted contribution (secretariat). */
export async function publishDocument(ctx: ServiceContext, id: string): Promise<DocumentRow> {
  requireSecretariat(personOf(ctx.actor), 'publish documents');
  return ctx.db.transaction(async (tx) => {
    const current = await findDocument(tx, id);
    if (current === undefined) {
      throw notFound('document', id, ['params', 'id']);
    }
    if (current.status !== 'submitted') {
      throw conflict(`A ${current.status} document cannot be published.`, ['status']);
    }
    const row = await updateDocument(tx, id, { status: 'published', updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'document.publish',
      entityType: 'document',
      entityId: id,
      before: current,
      after: row,
    });
    return row;
  });
}

/** Withdraws a document: by its authors' side or the secretariat; its numbers stay taken. */
export async function withdrawDocument(ctx: ServiceContext, id: string): Promise<DocumentRow> {
  return ctx.db.transaction(async (tx) => {
    const current = await readableDocument(ctx, tx, id);
    requireDraftRight(personOf(ctx.actor), sourceOf(current));
    if (current.status === 'withdrawn') {
      throw new DomainError('conflict', 'The document is withdrawn already.', [
        { path: ['status'], code: 'conflict', message: 'Withdrawn already.' },
      ]);
    }
    const row = await updateDocument(tx, id, { status: 'withdrawn', updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: 'document.withdraw',
      entityType: 'document',
      entityId: id,
      before: current,
      after: row,
    });
    return row;
  });
}
