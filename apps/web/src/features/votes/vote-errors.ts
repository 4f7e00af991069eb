import { ApiError } from '@tansiq/api';
import { issueMessage, type ScreenIssues } from '../../lib/api-errors.ts';

/** The votes API's issue codes that are not error codes, explained by the catalogs under `votes.issues.`. */
export const VOTE_ISSUES = {
  prefix: 'votes.issues.',
  codes: [
    'too_many_ballots',
    'not_an_election',
    'not_a_question',
    'missing',
    'bad_value',
    'duplicate_candidate',
    'too_many_candidates',
    'unknown_candidate',
    'bad_choice',
    'unknown_agenda_item',
    'agenda_item_of_another_meeting',
    'unknown_post',
    'no_candidates',
  ],
} as const satisfies ScreenIssues<string, string>;

/** One problem of a vote write, on a field of the form (`null`: the form as a whole), with its catalog key. */
export interface VoteProblem {
  field: string | null;
  key: ReturnType<typeof issueMessage<typeof VOTE_ISSUES.prefix, (typeof VOTE_ISSUES.codes)[number]>>;
}

/**
 * The problems of a failed vote write, each on the first of `fields` its path starts with. Every issue is listed
 * (not only the first); an error without issues gives none, and the caller shows it as a write error. An issue
 * whose code is an error code (`vote_not_open`) reads as the table of codes says.
 */
export function voteProblems(error: unknown, fields: readonly string[]): VoteProblem[] {
  if (!(error instanceof ApiError) || error.status >= 500) {
    return [];
  }
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    // A localized text's issue names its language (`title.ar`); any other lands on its first segment.
    const name = path[0] === 'title' ? path.slice(0, 2).join('.') : (path[0] ?? '');
    const field = fields.includes(name) ? name : null;
    return { field, key: issueMessage(issue.code, VOTE_ISSUES) };
  });
}
