import type { Contribution, User } from '@tansiq/api';
import { canDraftFor } from '../contributions/contribution-rights.ts';

/** What a signed-in person may do with a meeting's documents in the web app. The server checks every right again. */

type Person = Pick<User, 'role' | 'memberStateIso3' | 'organizationCode'> | null | undefined;
type Document = Pick<Contribution, 'status' | 'source' | 'originalLanguage'>;
type Language = Contribution['originalLanguage'];

/** The six official languages, in the order a document's versions are listed (their symbols' letters: A C E F R S). */
export const DOCUMENT_LANGUAGES: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/** The secretariat registers INF, DT and DL documents. */
export function canRegisterDocuments(user: Person): boolean {
  return user?.role === 'secretariat';
}

/** The secretariat publishes a submitted document. */
export function canPublish(user: Person, document: Pick<Contribution, 'status'>): boolean {
  return user?.role === 'secretariat' && document.status === 'submitted';
}

/** The authors' side (and the secretariat) withdraw a document that is not withdrawn already. */
export function canWithdraw(user: Person, document: Document): boolean {
  return document.status !== 'withdrawn' && canDraftFor(user, document.source);
}

/**
 * The languages the person may upload a version in: every language for the secretariat; the original language
 * for the authors' side while the document is a draft; none for a withdrawn document.
 */
export function uploadLanguages(user: Person, document: Document): readonly Language[] {
  if (!user || document.status === 'withdrawn') {
    return [];
  }
  if (user.role === 'secretariat') {
    return DOCUMENT_LANGUAGES;
  }
  return document.status === 'draft' && canDraftFor(user, document.source) ? [document.originalLanguage] : [];
}
