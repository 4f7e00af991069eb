import type { Contribution, Proposal } from '@tansiq/api';
import type {
  DocumentFileMeta,
  DocumentRow,
  DocumentTranslationRow,
  MeetingRow,
  ProposalRow,
  SignatureRow,
} from '@tansiq/db';
import {
  LANGUAGES,
  documentFileName,
  formatSymbol,
  type DocumentFileType,
  type Language,
  type TranslationStatus,
} from '@tansiq/domain';
import type { DocumentWithFiles } from './document.service.ts';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/** What a stored proposal aims at, as the API gives it. */
export function proposalTarget(row: ProposalRow): Proposal['target'] {
  switch (row.targetKind) {
    case 'provision':
      return { kind: 'provision', versionId: row.versionId!, provisionId: row.provisionId! };
    case 'text':
      return { kind: 'text', versionId: row.versionId! };
    case 'new-text':
      return { kind: 'new-text', tag: row.newTextTag! };
    default:
      return { kind: 'general' };
  }
}

export function presentProposal(row: ProposalRow, baseText: string | null): Proposal {
  return {
    id: row.id,
    position: row.position,
    mark: row.mark as Proposal['mark'],
    target: proposalTarget(row),
    text: row.text,
    reasons: row.reasons,
    number: row.number,
    baseText,
    diff: row.diff === null ? null : { ...row.diff, ops: row.diff.ops as NonNullable<Proposal['diff']>['ops'] },
  };
}

/** A document's language versions, each with its symbol in that language and the name it downloads under. */
export function presentDocumentFiles(
  row: DocumentRow,
  meeting: Pick<MeetingRow, 'code'>,
  files: readonly DocumentFileMeta[],
): Contribution['files'] {
  return files
    .filter((file) => file.documentId === row.id)
    .map((file) => {
      const language = file.language as Language;
      const symbol = symbolOf(row, meeting.code, language);
      const mediaType = file.mediaType as DocumentFileType;
      return {
        language,
        symbol,
        fileName: documentFileName(symbol, row.id, language, mediaType),
        mediaType,
        size: file.size,
        sha256: file.sha256,
        uploadedAt: file.uploadedAt.toISOString(),
        original: language === row.originalLanguage,
      };
    });
}

/**
 * Every language of a document but its original, in the ITU order, with its translation status: awaiting until
 * someone writes to it (`translations` may hold other documents' rows too).
 */
export function presentLanguageVersions(
  row: DocumentRow,
  translations: readonly DocumentTranslationRow[],
): Contribution['translations'] {
  return LANGUAGES.filter((language) => language !== row.originalLanguage).map((language) => {
    const stored = translations.find(
      (translation) => translation.documentId === row.id && translation.language === language,
    );
    return {
      language,
      status: (stored?.status ?? 'awaiting') as TranslationStatus,
      publishedAt: iso(stored?.publishedAt ?? null),
    };
  });
}

/**
 * The fields every view of a document shares, with its language versions as files and their translation status
 * (`files` and `translations` may hold others' too).
 */
export function presentDocumentHead(
  row: DocumentRow,
  meeting: Pick<MeetingRow, 'code'>,
  files: readonly DocumentFileMeta[],
  translations: readonly DocumentTranslationRow[],
) {
  return {
    id: row.id,
    meetingId: row.meetingId,
    meetingCode: meeting.code,
    series: row.series as Contribution['series'],
    symbol: symbolOf(row, meeting.code, row.originalLanguage as Language),
    status: row.status as Contribution['status'],
    timing: row.timing as Contribution['timing'],
    submittedAt: iso(row.submittedAt),
    title: row.title,
    originalLanguage: row.originalLanguage as Contribution['originalLanguage'],
    targetBody: row.targetBody,
    access: row.access as Contribution['access'],
    authorCode: row.authorCode,
    source: {
      memberStateIso3: row.sourceMemberStateIso3,
      organizationCode: row.sourceOrganizationCode as Contribution['source']['organizationCode'],
    },
    files: presentDocumentFiles(row, meeting, files),
    translations: presentLanguageVersions(row, translations),
  };
}

/** A document as the documents routes answer it: its head with its language versions. */
export function presentDocument(document: DocumentWithFiles) {
  return presentDocumentHead(document, document.meeting, document.files, document.translations);
}

/** The name a language version downloads under: its symbol in that language (WTDC-17-23-A.docx). */
export function downloadName(
  document: DocumentRow,
  meeting: Pick<MeetingRow, 'code'>,
  language: Language,
  mediaType: string,
): string {
  const symbol = symbolOf(document, meeting.code, language);
  return documentFileName(symbol, document.id, language, mediaType as DocumentFileType);
}

export function presentSignature(row: SignatureRow) {
  return {
    memberStateIso3: row.memberStateIso3,
    stance: row.stance as 'support' | 'object',
    signedAt: row.signedAt.toISOString(),
    withdrawnAt: iso(row.withdrawnAt),
  };
}

/** The symbol of a submitted document in a language. */
export function symbolOf(document: DocumentRow, meetingCode: string, language: Language): string | null {
  if (document.number === null) {
    return null;
  }
  return formatSymbol({
    meeting: meetingCode.toUpperCase(),
    series: document.series as 'Doc',
    number: document.number,
    addendum: document.addendum,
    revision: document.revision,
    corrigendum: document.corrigendum,
    language,
  });
}
