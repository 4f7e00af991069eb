import type { CreateContributionBody, Meeting, User } from '@tansiq/api';
import type { z } from 'zod';
import type { UiLanguage } from '../../i18n/languages.ts';
import { fixedSource } from './contribution-rights.ts';

/** The languages a title is typed in when drafting (English is required by the API). */
export const TITLE_LANGUAGES = ['en', 'ar', 'fr'] as const;

/** The new-contribution form's values, as typed. */
export interface ContributionFormValues {
  'title.en': string;
  'title.ar': string;
  'title.fr': string;
  originalLanguage: UiLanguage;
  /** The secretariat's choice of source kind; others' is fixed by their role. */
  sourceKind: 'memberState' | 'organization';
  memberState: string;
  organization: string;
}

/** The fields that the server's issues land on (an unknown meeting is told above the form). */
export const CONTRIBUTION_FIELDS = [
  'title.en',
  'title.ar',
  'title.fr',
  'originalLanguage',
  'memberState',
  'organization',
] as const;

/** A blank form: written in the reader's language when the meeting works in it, else English. */
export function blankContribution(user: User, meeting: Pick<Meeting, 'languages'>, language: UiLanguage) {
  const fixed = fixedSource(user);
  return {
    'title.en': '',
    'title.ar': '',
    'title.fr': '',
    originalLanguage: meeting.languages.includes(language) ? language : 'en',
    sourceKind: fixed?.organizationCode ? 'organization' : 'memberState',
    memberState: fixed?.memberStateIso3 ?? '',
    organization: fixed?.organizationCode ?? '',
  } satisfies ContributionFormValues;
}

/** The body of "create a contribution": only the titles typed, and the one source the form names. */
export function createContributionBody(
  meeting: string,
  values: ContributionFormValues,
): z.input<typeof CreateContributionBody> {
  const title: Record<string, string> = {};
  for (const language of TITLE_LANGUAGES) {
    const text = values[`title.${language}`].trim();
    if (text !== '' || language === 'en') {
      title[language] = text;
    }
  }
  const byState = values.sourceKind === 'memberState';
  return {
    meeting,
    title: title as z.input<typeof CreateContributionBody>['title'],
    originalLanguage: values.originalLanguage,
    memberState: byState ? values.memberState || null : null,
    organization: byState
      ? null
      : ((values.organization || null) as z.input<typeof CreateContributionBody>['organization']),
  };
}
