import { DomainError, type Issue } from '../errors.ts';

/**
 * Where one language version of a document stands (docs/translations.md): awaiting translation, in translation,
 * or published. The original language's version is not translated and has no such status.
 */
export const TRANSLATION_STATUSES = ['awaiting', 'in-translation', 'published'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export function isTranslationStatus(value: string): value is TranslationStatus {
  return (TRANSLATION_STATUSES as readonly string[]).includes(value);
}

/**
 * How a proposal's text is shown to the readers of one language: as written (its document's language), as its
 * published translation into that language, or as written in another language while it awaits translation.
 */
export const SHOWN_AS = ['original', 'translation', 'awaiting-translation'] as const;
export type ShownAs = (typeof SHOWN_AS)[number];

/**
 * The moves a language version may make: awaiting -> in translation -> published, and published back to in
 * translation when a correction is needed (it is published again once corrected). Nothing skips a step, so a
 * version is never published without having been worked on, and nothing goes back to awaiting.
 */
export const TRANSLATION_TRANSITIONS: Readonly<Record<TranslationStatus, readonly TranslationStatus[]>> = {
  awaiting: ['in-translation'],
  'in-translation': ['published'],
  published: ['in-translation'],
};

/** True when a language version may go from `from` to `to`. */
export function canMoveTranslation(from: TranslationStatus, to: TranslationStatus): boolean {
  return TRANSLATION_TRANSITIONS[from].includes(to);
}

/**
 * Why a language version may not go from `from` to `to`: an unknown status, the same status again, or a move the
 * transitions do not allow. Empty when the move is allowed.
 */
export function translationTransitionIssues(from: string, to: string): Issue[] {
  const issues: Issue[] = [];
  if (!isTranslationStatus(from)) {
    issues.push({ path: ['from'], code: 'unknown_status', message: `Unknown translation status "${from}".` });
  }
  if (!isTranslationStatus(to)) {
    issues.push({ path: ['status'], code: 'unknown_status', message: `Unknown translation status "${to}".` });
  }
  if (issues.length > 0) {
    return issues;
  }
  if (from === to) {
    issues.push({ path: ['status'], code: 'unchanged', message: `The language version is ${to} already.` });
  } else if (!canMoveTranslation(from as TranslationStatus, to as TranslationStatus)) {
    issues.push({
      path: ['status'],
      code: 'invalid_transition',
      message: `A language version cannot go from ${from} to ${to}.`,
    });
  }
  return issues;
}

/**
 * Throws unless a language version may go from `from` to `to`: `validation_failed` for a status that does not
 * exist, `conflict` for a move the stored status does not allow (it is a state of what is stored).
 */
export function requireTranslationTransition(from: string, to: string): void {
  const issues = translationTransitionIssues(from, to);
  if (issues.length === 0) {
    return;
  }
  const unknown = issues.some((issue) => issue.code === 'unknown_status');
  throw new DomainError(
    unknown ? 'validation_failed' : 'conflict',
    unknown ? 'Not a translation status.' : `A language version cannot go from ${from} to ${to}.`,
    issues,
  );
}

/**
 * How a proposal is shown to the readers of one language: as written in it (`original`), through its published
 * translation into it (`translation`), or in its original language while no translation is published
 * (`awaiting-translation`).
 */
export const PROPOSAL_SHOWN_AS = ['original', 'translation', 'awaiting-translation'] as const;
export type ProposalShownAs = (typeof PROPOSAL_SHOWN_AS)[number];

/**
 * Why a provision of an adopted text cannot be drafted in another language from the translations of what was
 * merged: the chair edited it or settled its brackets, a proposal it was merged from awaits translation or was
 * withdrawn since, or the translations collide where the originals merged (docs/consolidation.md).
 */
export const UNTRANSLATED_REASONS = ['edited', 'awaiting-translation', 'brackets', 'withdrawn'] as const;
export type UntranslatedReason = (typeof UNTRANSLATED_REASONS)[number];
