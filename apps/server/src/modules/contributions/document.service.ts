import {
  findMeeting,
  insertDocument,
  lastDocumentNumber,
  lockMeetingForNumbering,
  listDocumentFiles,
  listDocumentTranslations,
  updateDocument,
  type DocumentFileMeta,
  type DocumentRow,
  type DocumentTranslationRow,
  type Executor,
  type MeetingRow,
} from '@tansiq/db';
import { DomainError, assertNoIssues, type LocalizedText, requireDraftRight, requireSecretariat } from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { conflict } from '../../errors.ts';
import { requireDocument, requireMeeting } from '../../lookups.ts';
import { sourceOf } from './document-access.ts';
import { readableDocument } from './contribution.service.ts';

/** A document with its meeting and its language versions' metadata: what its head is presented from. */
export type DocumentWithFiles = DocumentRow & {
  meeting: MeetingRow;
  files: DocumentFileMeta[];
  translations: DocumentTranslationRow[];
};

/** Reads what a document's head shows besides its row: its meeting, its language versions and their status. */
export async function withFiles(db: Executor, row: DocumentRow): Promise<DocumentWithFiles> {
  const meeting = await requireMeeting(db, row.meetingId);
  const files = await listDocumentFiles(db, [row.id]);
  const translations = await listDocumentTranslations(db, [row.id]);
  return { ...row, meeting, files, translations };
}

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
): Promise<DocumentWithFiles> {
  requireSecretariat(personOf(ctx.actor), 'register documents');
  const created = await ctx.db.transaction(async (tx) => {
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
  return withFiles(ctx.db, created);
}

/** Publishes a submitted contribution (secretariat). */
export async function publishDocument(ctx: ServiceContext, id: string): Promise<DocumentWithFiles> {
  requireSecretariat(personOf(ctx.actor), 'publish documents');
  const published = await ctx.db.transaction(async (tx) => {
    const current = await requireDocument(tx, id);
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
  return withFiles(ctx.db, published);
}

/** Withdraws a document: by its authors' side or the secretariat; its numbers stay taken. */
export async function withdrawDocument(ctx: ServiceContext, id: string): Promise<DocumentWithFiles> {
  const withdrawn = await ctx.db.transaction(async (tx) => {
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
  return withFiles(ctx.db, withdrawn);
}
