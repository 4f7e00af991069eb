import type { CreateContributionBody, Meeting, User } from '@tansiq/api';
import { fixedSource } from '@tansiq/domain';
import type { z } from 'zod';
import { UI_LANGUAGES, type UiLanguage } from '../../i18n/languages.ts';

/** The languages a title is offered in besides the original language: the ITU's working languages here. */
export const TITLE_LANGUAGES = ['en', 'ar', 'fr'] as const;

/**
 * The title fields of the form, in order: the original language's first (the one title required), then the
 * others offered.
 */
export function titleLanguages(originalLanguage: UiLanguage): UiLanguage[] {
  return [originalLanguage, ...TITLE_LANGUAGES.filter((language) => language !== originalLanguage)];
}

/** The new-contribution form's values, as typed. */
export interface ContributionFormValues {
  /** The title per language, as typed (a language never typed in is absent). */
  title: Partial<Record<UiLanguage, string>>;
  originalLanguage: UiLanguage;
  /** The secretariat's choice of source kind; others' is fixed by their role. */
  sourceKind: 'memberState' | 'organization';
  memberState: string;
  organization: string;
}

/** The fields that the server's issues land on (an unknown meeting is told above the form). */
export const CONTRIBUTION_FIELDS = [
  ...UI_LANGUAGES.map((language) => `title.${language}` as const),
  'originalLanguage',
  'memberState',
  'organization',
] as const;

/** A blank form: written in the reader's language when the meeting works in it, else English. */
export function blankContribution(
  user: User,
  meeting: Pick<Meeting, 'languages'>,
  language: UiLanguage,
): ContributionFormValues {
  const fixed = fixedSource(user);
  return {
    title: {},
    originalLanguage: meeting.languages.includes(language) ? language : 'en',
    sourceKind: fixed?.organizationCode ? 'organization' : 'memberState',
    memberState: fixed?.memberStateIso3 ?? '',
    organization: fixed?.organizationCode ?? '',
  };
}

/**
 * The body of "create a contribution": the title in the original language, always (empty, the server answers
 * that it is required), and in the other languages typed; and the one source the form names.
 */
export function createContributionBody(
  meeting: string,
  values: ContributionFormValues,
): z.input<typeof CreateContributionBody> {
  const title: Partial<Record<UiLanguage, string>> = {};
  for (const language of titleLanguages(values.originalLanguage)) {
    const text = (values.title[language] ?? '').trim();
    if (text !== '' || language === values.originalLanguage) {
      title[language] = text;
    }
  }
  const byState = values.sourceKind === 'memberState';
  return {
    meeting,
    title,
    originalLanguage: values.originalLanguage,
    memberState: byState ? values.memberState || null : null,
    organization: byState
      ? null
      : ((values.organization || null) as z.input<typeof CreateContributionBody>['organization']),
  };
}
