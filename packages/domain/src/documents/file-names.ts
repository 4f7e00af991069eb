import { LANGUAGE_SYMBOL_LETTER, type Language } from '../languages.ts';

/** The media types of a document's language versions, with the extension each file takes. */
export const DOCUMENT_FILE_TYPES = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/pdf': '.pdf',
} as const;
export type DocumentFileType = keyof typeof DOCUMENT_FILE_TYPES;

/** True for a media type a language version may have (parameters such as `; charset` ignored). */
export function isDocumentFileType(mediaType: string): mediaType is DocumentFileType {
  return Object.hasOwn(DOCUMENT_FILE_TYPES, mediaType);
}

/**
 * The name a language version downloads under: its symbol in that language with the slashes a file name cannot
 * hold made dashes (`WTDC-17/23(Add.4)-A` gives `WTDC-17-23(Add.4)-A.docx`); a draft, which has no symbol yet,
 * `draft-<first 8 characters of its id>-A.docx`.
 */
export function documentFileName(
  symbol: string | null,
  documentId: string,
  language: Language,
  mediaType: DocumentFileType,
): string {
  const stem = symbol ?? `draft-${documentId.slice(0, 8)}-${LANGUAGE_SYMBOL_LETTER[language]}`;
  return `${stem.replaceAll('/', '-')}${DOCUMENT_FILE_TYPES[mediaType]}`;
}
