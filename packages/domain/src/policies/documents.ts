import { DomainError } from '../errors.ts';
import { LANGUAGES, type Language } from '../languages.ts';
import { canDraftFor, requireDraftRight, type ContributionSource } from './contributions.ts';
import { isSecretariat, isTranslator, requireIdentified, type Someone } from './person.ts';

/** What the rights on a meeting's documents need of one. */
interface DocumentFacts {
  status: string;
  source: ContributionSource;
  originalLanguage: Language;
}

/** The six official languages, in the order a document's versions are listed (their symbols' letters: A C E F R S). */
export const DOCUMENT_LANGUAGES: readonly Language[] = LANGUAGES;

/** The secretariat registers INF, DT and DL documents. */
export function canRegisterDocuments(person: Someone): boolean {
  return isSecretariat(person);
}

/** The secretariat publishes a submitted document. */
export function canPublish(person: Someone, document: { status: string }): boolean {
  return isSecretariat(person) && document.status === 'submitted';
}

/** The authors' side (and the secretariat) withdraw a document that is not withdrawn already. */
export function canWithdrawDocument(person: Someone, document: Pick<DocumentFacts, 'status' | 'source'>): boolean {
  return document.status !== 'withdrawn' && canDraftFor(person, document.source);
}

/**
 * The languages the person may upload a version in: every language for the secretariat; every language but the
 * original for a translator once the document is submitted; the original language for the authors' side while
 * the document is a draft; none for a withdrawn document.
 */
export function uploadLanguages(person: Someone, document: DocumentFacts): readonly Language[] {
  if (!person || document.status === 'withdrawn') {
    return [];
  }
  if (isSecretariat(person)) {
    return DOCUMENT_LANGUAGES;
  }
  if (isTranslator(person)) {
    return document.status === 'draft'
      ? []
      : DOCUMENT_LANGUAGES.filter((language) => language !== document.originalLanguage);
  }
  return document.status === 'draft' && canDraftFor(person, document.source) ? [document.originalLanguage] : [];
}

/**
 * Throws unless the person may upload `language`'s version: the secretariat, of any document (whatever its
 * status: the service refuses a withdrawn one in its own words); a translator, any language but the original of a
 * submitted document; the authors' side, the original language of their own draft only.
 */
export function requireUploadRight(person: Someone, document: DocumentFacts, language: Language): void {
  requireIdentified(person);
  if (isSecretariat(person)) {
    return;
  }
  if (isTranslator(person)) {
    // A withdrawn document passes here: the service refuses it in its own words, as for the secretariat.
    if (document.status === 'draft' || language === document.originalLanguage) {
      throw new DomainError(
        'forbidden',
        'Translators upload the other language versions of a submitted document, never its original.',
      );
    }
    return;
  }
  requireDraftRight(person, document.source);
  if (document.status !== 'draft' || language !== document.originalLanguage) {
    throw new DomainError(
      'forbidden',
      'Authors upload the original language of their draft; the secretariat uploads every other version.',
    );
  }
}
