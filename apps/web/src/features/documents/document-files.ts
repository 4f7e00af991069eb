import { DOCX_MEDIA_TYPE, PDF_MEDIA_TYPE, type DocumentFile, type TEXT_FILE_MEDIA_TYPES } from '@tansiq/api';
import { LANGUAGES } from '@tansiq/domain';
import { formatNumber } from '../../lib/format.ts';

/** The media type a document's language version is sent with, from its file name; null when not .docx or .pdf. */
export function documentMediaType(fileName: string): DocumentFile['mediaType'] | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.docx')) {
    return DOCX_MEDIA_TYPE;
  }
  return name.endsWith('.pdf') ? PDF_MEDIA_TYPE : null;
}

/** The media type a text to import is sent with, from its file name (as the CLI reads by extension); null otherwise. */
export function textFileMediaType(fileName: string): (typeof TEXT_FILE_MEDIA_TYPES)[number] | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.docx')) {
    return DOCX_MEDIA_TYPE;
  }
  return name.endsWith('.txt') ? 'text/plain' : null;
}

/** A file size for people: bytes below a kilobyte, else kB or MB with one decimal, in the reader's locale. */
export function formatFileSize(locale: string, bytes: number): string {
  const units = [
    ['megabyte', 1024 * 1024],
    ['kilobyte', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) {
      return formatNumber(locale, bytes / size, { style: 'unit', unit, maximumFractionDigits: 1 });
    }
  }
  return formatNumber(locale, bytes, { style: 'unit', unit: 'byte' });
}

/** A document's versions, the original first, then by the official order of languages. */
export function sortVersions<T extends Pick<DocumentFile, 'language' | 'original'>>(files: readonly T[]): T[] {
  const order: readonly string[] = LANGUAGES;
  return [...files].sort(
    (a, b) => Number(b.original) - Number(a.original) || order.indexOf(a.language) - order.indexOf(b.language),
  );
}
