import { ApiError, type DocumentTranslation, type SaveTranslationBody, type TranslationQueue } from '@tansiq/api';
import { TRANSLATION_TRANSITIONS, type Language, type TranslationStatus } from '@tansiq/domain';
import { issueMessage, type ScreenIssues } from '../../lib/api-errors.ts';

/** The path of a meeting's translation queue, with one language picked (or every language). */
export function translationQueuePath(meetingCode: string, language?: Language | null): string {
  const path = `/meetings/${encodeURIComponent(meetingCode)}/translations`;
  return language === undefined || language === null ? path : `${path}?language=${language}`;
}

/** The path of a document's version in one language: read it (published), or translate it. */
export const translationPath = (documentId: string, language: Language) =>
  `/documents/${encodeURIComponent(documentId)}/translations/${encodeURIComponent(language)}`;

type QueueItem = TranslationQueue['items'][number];

/**
 * The queue's rows as the page lists them: one language (or all), late ones first, then by symbol in number
 * order, then by language in the ITU order the server gives.
 */
export function queueRows(queue: TranslationQueue, language: Language | null): QueueItem[] {
  const collator = new Intl.Collator('en', { numeric: true });
  const order = new Map(queue.items.map((item, index) => [item, index]));
  return queue.items
    .filter((item) => language === null || item.language === language)
    .sort(
      (a, b) =>
        Number(b.late) - Number(a.late) ||
        collator.compare(a.symbol ?? '', b.symbol ?? '') ||
        order.get(a)! - order.get(b)!,
    );
}

/** A status move offered on the screen, named by what it does. */
export type TranslationMove = 'start' | 'publish' | 'reopen';

/** The moves a version in `status` may make (the domain's transitions), each with the status it goes to. */
export function translationMoves(status: TranslationStatus): { move: TranslationMove; to: TranslationStatus }[] {
  return TRANSLATION_TRANSITIONS[status].map((to) => ({
    move: to === 'published' ? 'publish' : status === 'published' ? 'reopen' : 'start',
    to,
  }));
}

/** Whether the texts of a version in `status` may be written (a published one is reopened first). */
export const editableStatus = (status: TranslationStatus) => status !== 'published';

/** Issue codes of translations that are not error codes, explained under `translations.issues.` */
export const TRANSLATION_ISSUES = {
  prefix: 'translations.issues.',
  codes: [
    'translation_missing_proposal',
    'translation_extra_proposal',
    'translation_duplicate_proposal',
    'translation_mark_changed',
    'translation_target_changed',
    'translation_empty_mod',
    'translation_text_required',
    'translation_base_missing',
    'translation_reasons_required',
    'translation_text_not_allowed',
    'invalid_transition',
    'unchanged',
    'original_language',
    'conflict',
  ],
} as const satisfies ScreenIssues<string, string>;

/** A field of the translation screen: a proposal's text or reasons (by proposal id), or the title. */
export type TranslationField = `${string}.text` | `${string}.reasons` | 'title';

/** One issue of a refused write, on a proposal's field or the title (or on no field), with its catalog key. */
export interface TranslationIssue {
  field: TranslationField | null;
  /** The proposal it is on (by id), also when it names no part of it. */
  proposalId: string | null;
  key:
    | ReturnType<typeof issueMessage<typeof TRANSLATION_ISSUES.prefix, (typeof TRANSLATION_ISSUES.codes)[number]>>
    | 'errors.stale_translation';
}

/** True when a write was refused because the translation changed meanwhile. */
export const isStale = (error: unknown) => error instanceof ApiError && error.code === 'stale_translation';

/**
 * Places a refused write's issues on the screen: the API names a proposal by its number
 * (`['proposals', number, 'text']`); the screen's fields are named by proposal id. A proposal named without a part
 * (not translated yet) lands on its text. `stale_translation` reads as such wherever it is; an error with no
 * issue is left to the form's write error.
 */
export function translationIssues(
  error: unknown,
  proposals: readonly Pick<DocumentTranslation['proposals'][number], 'proposalId' | 'number'>[],
): TranslationIssue[] {
  if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401 || error.status === 403) {
    return [];
  }
  const byNumber = new Map(proposals.map((proposal) => [proposal.number, proposal.proposalId]));
  const stale = error.code === 'stale_translation';
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const key = stale ? ('errors.stale_translation' as const) : issueMessage(issue.code, TRANSLATION_ISSUES);
    if (path[0] === 'title') {
      return { field: 'title', proposalId: null, key };
    }
    const proposalId = path[0] === 'proposals' ? (byNumber.get(path[1] ?? '') ?? null) : null;
    if (proposalId === null) {
      return { field: null, proposalId: null, key };
    }
    return { field: path[2] === 'reasons' ? `${proposalId}.reasons` : `${proposalId}.text`, proposalId, key };
  });
}

/** The whole version as stored, with `title`: what "save the title" sends (the proposals as last saved). */
export function wholeTranslationBody(translation: DocumentTranslation, title: string): SaveTranslationBody {
  return {
    title: title.trim() === '' ? null : title.trim(),
    proposals: translation.proposals.map(({ number, mark, target, text, reasons }) => ({
      number,
      mark,
      target,
      text,
      reasons,
    })),
    expectedRevision: translation.revision,
  };
}

/** Proposals of a version that hold a translation (text or reasons saved). */
export const translatedCount = (translation: DocumentTranslation) =>
  translation.proposals.filter((proposal) => proposal.revision > 0).length;
