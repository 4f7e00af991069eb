import { createHash } from 'node:crypto';
import {
  findDocumentFile,
  findDocumentFileMeta,
  putDocumentFile,
  type DocumentFileRow,
  type DocumentRow,
  type MeetingRow,
} from '@tansiq/db';
import {
  DomainError,
  type DocumentFileType,
  type ErrorCode,
  type Language,
  requireIdentified,
  requireUploadRight,
} from '@tansiq/domain';
import { recordAudit } from '../../audit.ts';
import { personOf } from '../../policy.ts';
import type { ServiceContext } from '../../context.ts';
import { readDocxText } from '../../exchange/docx-text.ts';
import { conflict, notFound } from '../../errors.ts';
import { requireMeeting } from '../../lookups.ts';
import { fileTooLarge } from '../../plugins/file-body.ts';
import { sourceOf } from './document-access.ts';
import { readableDocument } from './contribution.service.ts';
import { withFiles, type DocumentWithFiles } from './document.service.ts';
import { importTranslationDocx, readsAsTranslation } from '../translations/translation.service.ts';

/** A language version as uploaded: the bytes, their media type, and the uploader's name for the file. */
export interface DocumentFileUpload {
  language: Language;
  mediaType: DocumentFileType;
  data: Buffer;
  name?: string | undefined;
}

function refuseFile(code: ErrorCode, message: string): DomainError {
  return new DomainError(code, message, [{ path: ['file'], code, message }]);
}

/** The domain's `requireUploadRight` for the actor on a stored document. */
function requireUploadRightOn(ctx: ServiceContext, document: DocumentRow, language: Language): void {
  requireUploadRight(
    personOf(ctx.actor),
    { source: sourceOf(document), status: document.status, originalLanguage: document.originalLanguage as Language },
    language,
  );
}

/**
 * Checks a file before it is stored: not empty, within `maxBytes`; a `.docx` must pass the guarded reader
 * (corrupt, encrypted, oversized, zip bomb are refused), a PDF must start as one and not be encrypted. Answers a
 * `.docx`'s text (null for a PDF).
 */
export async function checkDocumentFile(
  data: Buffer,
  mediaType: DocumentFileType,
  maxBytes: number,
): Promise<string | null> {
  if (data.length === 0) {
    throw refuseFile('empty_file', 'The file is empty.');
  }
  if (data.length > maxBytes) {
    throw fileTooLarge(maxBytes);
  }
  if (mediaType === 'application/pdf') {
    if (!data.subarray(0, 5).equals(Buffer.from('%PDF-'))) {
      throw refuseFile('corrupt_document', 'The file is not a PDF document.');
    }
    // A PDF's encryption dictionary is named in its trailer: such a file opens for nobody without its password.
    if (data.includes('/Encrypt')) {
      throw refuseFile('encrypted_document', 'The PDF is protected by a password; remove it and try again.');
    }
    return null;
  }
  return readDocxText(data, { maxBytes });
}

/**
 * Stores a language version of a document, replacing the current one of that language, with one audit row
 * (`document.file.upload`) holding the metadata before and after, never the bytes. The file is checked before
 * the transaction opens (PGlite has one connection); a withdrawn document takes no upload. A `.docx` in another
 * language than the original of a submitted contribution is its translation: its proposals are read, checked
 * and published with the file, or the upload is refused whole (docs/translations.md).
 */
export async function uploadDocumentFile(
  ctx: ServiceContext,
  id: string,
  upload: DocumentFileUpload,
  maxBytes: number,
): Promise<DocumentWithFiles> {
  requireIdentified(personOf(ctx.actor));
  requireUploadRightOn(ctx, await readableDocument(ctx, ctx.db, id), upload.language);
  const text = await checkDocumentFile(upload.data, upload.mediaType, maxBytes);
  const sha256 = createHash('sha256').update(upload.data).digest('hex');
  const document = await ctx.db.transaction(async (tx) => {
    // Read again inside the transaction: the document may have moved on while the file was checked.
    const document = await readableDocument(ctx, tx, id);
    requireUploadRightOn(ctx, document, upload.language);
    if (document.status === 'withdrawn') {
      throw conflict('A withdrawn document takes no new language version.', ['status']);
    }
    const translation =
      text !== null && (await readsAsTranslation(tx, document, upload.language))
        ? await importTranslationDocx(ctx, tx, document, upload.language, text)
        : null;
    const before = await findDocumentFileMeta(tx, id, upload.language);
    const after = await putDocumentFile(tx, {
      documentId: id,
      language: upload.language,
      fileName: upload.name ?? `upload-${upload.language}`,
      mediaType: upload.mediaType,
      size: upload.data.length,
      sha256,
      content: upload.data,
      uploadedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      uploadedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'document.file.upload',
      entityType: 'document',
      entityId: id,
      // Metadata only (the repository never returns the bytes here).
      before: before ?? null,
      after: translation === null ? after : { ...after, translation },
    });
    return document;
  });
  return withFiles(ctx.db, document);
}

/** A language version to download, for whoever may read the document; not found when there is none. */
export async function getDocumentFile(
  ctx: ServiceContext,
  id: string,
  language: Language,
): Promise<{ document: DocumentRow; meeting: MeetingRow; file: DocumentFileRow }> {
  const document = await readableDocument(ctx, ctx.db, id);
  const file = await findDocumentFile(ctx.db, id, language);
  if (file === undefined) {
    throw notFound(`${language} version of the document`, id, ['params', 'language']);
  }
  return { document, meeting: await requireMeeting(ctx.db, document.meetingId), file };
}
