import { ApiError } from '@tansiq/api';
import { issueKey, type TranslatedIssueCode } from '../../lib/api-errors.ts';

/** The votes API's own issue codes, explained by the catalogs under `votes.issues.`. */
export const VOTE_ISSUE_CODES = [
  'vote_not_open',
  'vote_not_draft',
  'vote_not_closed',
  'not_roll_call',
  'no_electorate',
  'wrong_method',
  'not_eligible',
  'not_voting_delegate',
  'already_voted',
  'too_many_ballots',
  'counts_missing',
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
  'seats_full',
] as const;

/** One problem of a vote write, on a field of the form (`null`: the form as a whole), with its catalog key. */
export interface VoteProblem {
  field: string | null;
  key: `votes.issues.${VoteIssueCode}` | `issues.${TranslatedIssueCode | 'generic'}`;
}

/** One of the votes API's own issue codes. */
export type VoteIssueCode = (typeof VOTE_ISSUE_CODES)[number];

/**
 * The problems of a failed vote write, each on the first of `fields` its path starts with. Every issue is listed
 * (not only the first); an error without issues gives none, and the caller shows it as a write error.
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
    const code = issue.code ?? '';
    const key: VoteProblem['key'] = (VOTE_ISSUE_CODES as readonly string[]).includes(code)
      ? `votes.issues.${code as VoteIssueCode}`
      : `issues.${issueKey(code)}`;
    return { field, key };
  });
}
