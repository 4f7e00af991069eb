import { ApiError, type CreateNominationBody, type Nomination, type SlateBreach, type SlateCheck } from '@tansiq/api';
import type { z } from 'zod';
import { issueMessage, type ScreenIssues } from '../../lib/api-errors.ts';

export { GENDERS, POST_KINDS, type Gender, type PostKind } from '@tansiq/domain';

/** The nomination form's values, as typed. */
export interface NominationFormValues {
  group: string;
  post: string;
  candidateName: string;
  gender: string;
  candidateState: string;
  termsServed: string;
  nominatingState: string;
}

export function emptyNomination(group: string): NominationFormValues {
  return {
    group,
    post: 'vice-chair',
    candidateName: '',
    gender: 'undisclosed',
    candidateState: '',
    termsServed: '0',
    nominatingState: '',
  };
}

/**
 * The body of the POST. The terms are sent as typed (a number when the text is one) so the server names what is
 * wrong; a focal point sends no nominating state (its own is taken).
 */
export function nominationBody(
  values: NominationFormValues,
  asSecretariat: boolean,
): z.input<typeof CreateNominationBody> {
  const terms = values.termsServed.trim();
  return {
    group: values.group,
    post: values.post as CreateNominationBody['post'],
    candidateName: values.candidateName,
    gender: values.gender as CreateNominationBody['gender'],
    candidateState: values.candidateState,
    termsServed: terms !== '' && Number.isFinite(Number(terms)) ? Number(terms) : Number.NaN,
    ...(asSecretariat ? { nominatingState: values.nominatingState } : {}),
  };
}

/** The fields of the nomination form, named as the API's issue paths. */
export const NOMINATION_FIELDS = [
  'group',
  'post',
  'candidateName',
  'gender',
  'candidateState',
  'termsServed',
  'nominatingState',
] as const;

/** The officers' issue codes that are not error codes, explained under `officers.issues.` */
export const OFFICER_ISSUES = {
  prefix: 'officers.issues.',
  codes: [
    'missing',
    'empty_name',
    'too_long',
    'unknown_group',
    'unknown_post',
    'unknown_state',
    'bad_state',
    'negative_terms',
    'bad_value',
  ],
} as const satisfies ScreenIssues<string, string>;
export type NominationField = (typeof NOMINATION_FIELDS)[number];
/** The catalog key of an issue: the table's (`officers.issues.terms_exhausted`), the officers' own, or a shared one. */
export type OfficerIssueKey = ReturnType<
  typeof issueMessage<typeof OFFICER_ISSUES.prefix, (typeof OFFICER_ISSUES.codes)[number]>
>;

/** One problem of the nomination form or of a nomination's action: its field (or none) and its catalog key. */
export interface OfficerIssue {
  field: NominationField | null;
  key: OfficerIssueKey;
}

/**
 * Places an API error on the nomination form: each issue on the field its path names (or on the form), keyed
 * as `issueMessage` says (the table's, the officers' own under `officers.issues.`, the shared). An error with no
 * issue gives nothing (the generic write error tells it).
 */
export function officerIssues(error: unknown): OfficerIssue[] {
  if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401 || error.status === 403) {
    return [];
  }
  return error.issues.map((issue) => {
    const head = issue.path.length > 0 ? String(issue.path[0]) : '';
    const code = issue.code ?? error.code;
    return {
      field: (NOMINATION_FIELDS as readonly string[]).includes(head) ? (head as NominationField) : null,
      key: issueMessage(code, OFFICER_ISSUES),
    };
  });
}

/** The slate findings the catalog translates (`officers.findings.<code>`); another reads as the server's message. */
export const FINDING_CODES = [
  'too_many_appointed',
  'vacant_seats',
  'terms_exhausted',
  'several_posts',
  'nominated_twice',
  'candidate_of_other_state',
  'region_over_cap',
  'region_without_vice_chair',
  'gender_below_target',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/** The finding's code when the catalog translates it, else undefined (the server's message is shown). */
export function findingCode(code: string): FindingCode | undefined {
  return (FINDING_CODES as readonly string[]).includes(code) ? (code as FindingCode) : undefined;
}

/** How the page names the values of a finding: posts, regions, genders and states in the reader's language. */
export interface FindingNames {
  post: (kind: string) => string;
  region: (id: string) => string;
  gender: (gender: string) => string;
  state: (iso3: string) => string;
  share: (share: number) => string;
  /** A list of names in the reader's language (`formatList`). */
  list: (items: readonly string[]) => string;
}

/** The values of a finding's message, named for the reader: `posts` is a list of post kinds joined by commas. */
export function findingParams(
  breach: Pick<SlateBreach, 'params'>,
  names: FindingNames,
): Record<string, string | number> {
  const params: Record<string, string | number> = { ...breach.params };
  for (const [key, value] of Object.entries(breach.params)) {
    if (typeof value !== 'string' && key !== 'minShare') {
      continue;
    }
    if (key === 'post') {
      params.post = names.post(String(value));
    } else if (key === 'posts') {
      params.posts = names.list(
        String(value)
          .split(', ')
          .map((kind) => names.post(kind)),
      );
    } else if (key === 'region') {
      params.region = names.region(String(value));
    } else if (key === 'gender') {
      params.gender = names.gender(String(value));
    } else if (key === 'nominatingState' || key === 'candidateState') {
      params[key] = names.state(String(value));
    } else if (key === 'minShare') {
      params.minShare = names.share(Number(value));
    }
  }
  return params;
}

/** The ids of the nominations some finding holds at fault, with the worst severity that names each. */
export function nominationsAtFault(breaches: readonly SlateBreach[]): Map<string, 'breach' | 'warning'> {
  const fault = new Map<string, 'breach' | 'warning'>();
  for (const breach of breaches) {
    for (const id of breach.nominations) {
      if (fault.get(id) !== 'breach') {
        fault.set(id, breach.severity);
      }
    }
  }
  return fault;
}

/** Seats left in a post: its seats less the nominations appointed to it. */
export function freeSeats(
  seats: number,
  nominations: readonly Pick<Nomination, 'group' | 'post' | 'status'>[],
  group: string,
  post: string,
): number {
  const appointed = nominations.filter(
    (nomination) => nomination.group === group && nomination.post === post && nomination.status === 'appointed',
  ).length;
  return Math.max(0, seats - appointed);
}

/**
 * What the slate check tells first: that every seat is vacant when the slate names nobody (the rules alone would
 * call an empty slate of nominations fine, its vacancies being warnings), else whether it meets the rules.
 */
export function slateVerdict(check: Pick<SlateCheck, 'ok' | 'allSeatsVacant'>): 'vacant' | 'ok' | 'not-ok' {
  if (check.allSeatsVacant) {
    return 'vacant';
  }
  return check.ok ? 'ok' : 'not-ok';
}
