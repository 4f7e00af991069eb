import type { CreateVoteBody, Vote } from '@tansiq/api';
import { LANGUAGES, type Language } from '@tansiq/domain';
import type { z } from 'zod';

/** Pure helpers of the votes screens: candidate ids, the seat limit of a ballot, the form's body, counts. */

const CANDIDATE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The id of a candidate from its label, as the API accepts it (letters, digits, dot, dash, underscore; 64 at
 * most): accents dropped, other runs of characters made one dash, lower case. A label with no Latin letter or
 * digit (an Arabic name) gets `candidate-<position>`.
 */
export function candidateIdOf(label: string, position: number): string {
  const id = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return CANDIDATE_ID.test(id) ? id : `candidate-${position}`;
}

/** The candidates of an election from one label per line (blank lines skipped), each id made unique. */
export function candidatesFromLines(text: string): { id: string; label: string }[] {
  const taken = new Set<string>();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((label, index) => {
      const base = candidateIdOf(label, index + 1);
      let id = base;
      for (let n = 2; taken.has(id); n += 1) {
        id = `${base.slice(0, 60)}-${n}`;
      }
      taken.add(id);
      return { id, label };
    });
}

/**
 * The candidates ticked after ticking or unticking `id` on a ballot of `seats` seats: a tick past the seats is
 * refused (the list stays as it was), so a ballot is never spoilt by the screen.
 */
export function toggleCandidate(selected: readonly string[], id: string, seats: number): string[] {
  if (selected.includes(id)) {
    return selected.filter((candidate) => candidate !== id);
  }
  return selected.length >= seats ? [...selected] : [...selected, id];
}

/** Whether a candidate's checkbox is disabled: the seats are all ticked and it is not one of them. */
export function seatLimitReached(selected: readonly string[], id: string, seats: number): boolean {
  return !selected.includes(id) && selected.length >= seats;
}

/** What the secretariat fills in to prepare a vote. */
export interface VoteFormValues {
  /** The title in each of the six languages as typed; English is required, a blank other is left out. */
  title: Record<Language, string>;
  kind: 'question' | 'election';
  method: 'secret' | 'roll-call' | 'show-of-hands';
  agendaItem: string;
  /** Elections: `candidates` (labels, one a line) or `post` (the standing nominations of an officer post). */
  source: 'candidates' | 'post';
  candidates: string;
  group: string;
  post: 'chair' | 'vice-chair';
  seats: string;
}

/** An empty vote form: a secret question. */
export function emptyVoteForm(group = ''): VoteFormValues {
  return {
    title: { ar: '', zh: '', en: '', fr: '', ru: '', es: '' },
    kind: 'question',
    method: 'secret',
    agendaItem: '',
    source: 'candidates',
    candidates: '',
    group,
    post: 'chair',
    seats: '1',
  };
}

/** The body of POST /meetings/{meeting}/votes from the form; the server checks it and names every bad field. */
export function createVoteBody(values: VoteFormValues): z.input<typeof CreateVoteBody> {
  const title = {
    ...Object.fromEntries(
      LANGUAGES.filter((language) => values.title[language].trim() !== '').map((language) => [
        language,
        values.title[language],
      ]),
    ),
    en: values.title.en,
  };
  const base = { title, kind: values.kind, method: values.method, agendaItem: values.agendaItem || null };
  if (values.kind === 'question') {
    return base;
  }
  const seats = Number(values.seats);
  const withSeats = { ...base, ...(values.seats.trim() === '' ? {} : { seats }) };
  return values.source === 'post'
    ? { ...withSeats, officerPost: { group: values.group, post: values.post } }
    : { ...withSeats, candidates: candidatesFromLines(values.candidates) };
}

/** The number of states that may vote once the vote is open: those present, plus each proxy held. */
export function votersOf(vote: Pick<Vote, 'present' | 'proxies'>): number {
  return vote.present.length + Object.keys(vote.proxies).length;
}

/** The label of a candidate id (the id itself when the vote does not list it). */
export function candidateLabel(vote: Pick<Vote, 'candidates'>, id: string): string {
  return vote.candidates.find((candidate) => candidate.id === id)?.label ?? id;
}

/** A ballot's choice as words' keys and labels, for the receipt check and the roll-call: one entry per part. */
export function choiceParts(vote: Pick<Vote, 'candidates'>, choice: string | readonly string[]): ChoicePart[] {
  if (typeof choice === 'string') {
    return [{ kind: 'word', value: choice as ChoiceWord }];
  }
  if (choice.length === 0) {
    return [{ kind: 'word', value: 'blank' }];
  }
  return choice.map((id) => ({ kind: 'candidate', value: candidateLabel(vote, id) }));
}

/** One part of a choice: a word of the catalogs (`yes`, `blank`...) or a candidate's label. */
export type ChoicePart = { kind: 'word'; value: ChoiceWord } | { kind: 'candidate'; value: string };

/** The choices of a ballot that are words, not candidates. */
export type ChoiceWord = 'yes' | 'no' | 'abstain' | 'blank' | 'invalid';

/** The live events that change what a vote's screens show. */
export const VOTE_EVENTS = ['vote.opened', 'vote.ballot', 'vote.closed'] as const;

/** A figure of a closed vote's tally, as the result screens show them. */
export type FigureId =
  'votesFor' | 'votesAgainst' | 'abstentions' | 'votesCast' | 'majorityRequired' | 'invalidBallots';

type Tally = NonNullable<Vote['result']>;

/**
 * The figures a closed vote's result follows from, in the order the screens show them: for a question the votes
 * for and against, the abstentions (blank ballots among them), the votes cast and the majority required; for an
 * election the votes cast, the abstentions and the majority a candidate needs (each candidate's votes apart);
 * spoilt ballots when there are any. Empty before the close.
 */
export function resultFigures(vote: Pick<Vote, 'kind' | 'result'>): { id: FigureId; value: number }[] {
  const tally = vote.result;
  if (tally === null) {
    return [];
  }
  const ids: FigureId[] =
    vote.kind === 'question'
      ? ['votesFor', 'votesAgainst', 'abstentions', 'votesCast', 'majorityRequired']
      : ['votesCast', 'abstentions', 'majorityRequired'];
  if (tally.invalidBallots > 0) {
    ids.push('invalidBallots');
  }
  return ids.map((id) => ({ id, value: tally[id] }));
}

/** The messages that say how a result follows from its figures (`votes.explain.*`). */
export type ExplanationKey = 'adopted' | 'rejected' | 'tie' | 'postponed' | 'no-quorum' | 'elected' | 'inconclusive';

/**
 * How a closed vote's result follows from its figures, as a message key and its values: no quorum (the states
 * counted and needed), postponed (abstentions over half the votes cast), adopted or rejected against the majority
 * required (a tie said as such), an election's seats filled or left. Null before the close.
 */
export function resultExplanation(
  vote: Pick<Vote, 'kind' | 'seats' | 'result'>,
): { key: ExplanationKey; values: Record<string, number> } | null {
  const tally: Tally | null = vote.result;
  if (tally === null) {
    return null;
  }
  const majority = { required: tally.majorityRequired, votesCast: tally.votesCast };
  switch (tally.result) {
    case 'no-quorum':
      return {
        key: 'no-quorum',
        values: { statesCounted: tally.statesCounted, electorate: tally.electorate, required: tally.quorumRequired },
      };
    case 'postponed':
      return { key: 'postponed', values: { abstentions: tally.abstentions, votesCast: tally.votesCast } };
    case 'adopted':
      return { key: 'adopted', values: { votesFor: tally.votesFor, ...majority } };
    case 'rejected':
      return tally.votesCast > 0 && tally.votesFor === tally.votesAgainst
        ? { key: 'tie', values: { votesFor: tally.votesFor, votesAgainst: tally.votesAgainst, ...majority } }
        : { key: 'rejected', values: { votesFor: tally.votesFor, ...majority } };
    case 'elected':
      return { key: 'elected', values: majority };
    case 'inconclusive':
      return { key: 'inconclusive', values: { seatsLeft: vote.seats - tally.elected.length, ...majority } };
  }
}

/** Where a candidate stands after the round: elected, in the next round, or out. */
export function candidateStanding(vote: Pick<Vote, 'result'>, id: string): 'elected' | 'next-round' | 'out' {
  if (vote.result?.elected.includes(id)) {
    return 'elected';
  }
  return vote.result?.nextRound.includes(id) ? 'next-round' : 'out';
}
