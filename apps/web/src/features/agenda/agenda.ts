import { ApiError, type AddStatementBody, type RecordDecisionBody, type Vote } from '@tansiq/api';
import type { z } from 'zod';
import { issueMessage, type ScreenIssues } from '../../lib/api-errors.ts';

/*
 * The agenda's forms and choices in the web app: the votes a decision may follow, the bodies of the writes and
 * their issues. Who may do what is the domain's (`canKeepAgenda`, `statementStates` in `@tansiq/domain`).
 */

/** The votes a decision may follow: closed, on this item or on none, not yet recorded by a decision. */
export function decidableVotes<V extends Pick<Vote, 'id' | 'status' | 'agendaItemId'>>(
  votes: readonly V[],
  agendaItem: string,
  decided: ReadonlySet<string>,
): V[] {
  return votes.filter(
    (vote) =>
      vote.status === 'closed' &&
      (vote.agendaItemId === null || vote.agendaItemId === agendaItem) &&
      !decided.has(vote.id),
  );
}

/** A text typed in English (required by the API) and, when the reader's language is another, in that one. */
export interface TypedText {
  en: string;
  own: string;
}

/** The API's localized text from a typed one: English, plus the reader's language when it is given. */
export function localizedBody(text: TypedText, language: string): { en: string } & Record<string, string> {
  const own = text.own.trim();
  return language === 'en' || own === '' ? { en: text.en } : { en: text.en, [language]: own };
}

/** The decision form's values. */
export interface DecisionFormValues {
  method: 'consensus' | 'vote';
  outcome: 'adopted' | 'rejected' | 'postponed' | 'noted';
  vote: string;
  summary: TypedText;
}

/** The body of the POST: by consensus with its outcome, or by the chosen vote. */
export function recordDecisionBody(values: DecisionFormValues, language: string): z.input<typeof RecordDecisionBody> {
  const summary = localizedBody(values.summary, language);
  return values.method === 'vote'
    ? { method: 'vote', vote: values.vote, summary }
    : { method: 'consensus', outcome: values.outcome, summary };
}

/** The body of a statement. */
export function addStatementBody(values: {
  memberState: string;
  kind: 'reservation' | 'declaration';
  text: string;
}): z.input<typeof AddStatementBody> {
  return { memberState: values.memberState, kind: values.kind, text: values.text };
}

/** Issue codes of the decisions log that are not error codes, explained under `agenda.issues.` */
const AGENDA_ISSUES = {
  prefix: 'agenda.issues.',
  codes: ['vote_of_another_meeting', 'vote_of_another_item', 'nothing_decided', 'draft_of_another_meeting'],
} as const satisfies ScreenIssues<string, string>;

/** One issue of a write on the agenda, placed on a field of the form (or on the form) with its catalog key. */
export interface AgendaIssue {
  field: string | null;
  key: ReturnType<typeof issueMessage<typeof AGENDA_ISSUES.prefix, (typeof AGENDA_ISSUES.codes)[number]>>;
}

/**
 * Places an API error's issues on a form's fields (the first part of the path, or two parts such as `title.en`);
 * the codes read as `issueMessage` says (the table's, the decisions log's own under `agenda.issues.`, the shared).
 */
export function agendaIssues(error: unknown, fields: readonly string[]): AgendaIssue[] {
  if (!(error instanceof ApiError) || error.status >= 500 || error.status === 401 || error.status === 403) {
    return [];
  }
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const field =
      fields.find((candidate) => candidate === path.slice(0, candidate.split('.').length).join('.')) ?? null;
    const code = issue.code ?? '';
    return { field, key: issueMessage(code === '' && error.code === 'conflict' ? 'conflict' : code, AGENDA_ISSUES) };
  });
}
