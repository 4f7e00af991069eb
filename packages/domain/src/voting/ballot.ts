import type { Issue } from '../errors.ts';
import { QUESTION_CHOICES, VOTE_RECORD_FORMAT, type VoteKind, type VotingMethod, type VotingRules } from './record.ts';

/** What a ballot is checked against when it is cast. */
export interface BallotPaper {
  kind: VoteKind;
  seats: number;
  candidates: readonly string[];
}

/**
 * The problems with a choice cast electronically, each at `choice`: a question takes yes, no, abstain, blank or
 * invalid; an election the ids of at most `seats` distinct candidates (`[]` is blank), or abstain, blank or
 * invalid. Unlike a paper ballot counted afterwards, a ballot naming too many or the same candidate twice is
 * refused at the casting, so a voter never spoils one by mistake (a voter may still cast "invalid").
 */
export function ballotChoiceIssues(paper: BallotPaper, choice: unknown): Issue[] {
  const issue = (code: string, message: string, at: (string | number)[] = []): Issue[] => [
    { path: ['choice', ...at], code, message },
  ];
  if (paper.kind === 'question') {
    return typeof choice === 'string' && (QUESTION_CHOICES as readonly string[]).includes(choice)
      ? []
      : issue('bad_choice', `Give one of ${QUESTION_CHOICES.join(', ')}.`);
  }
  if (typeof choice === 'string') {
    return ['abstain', 'blank', 'invalid'].includes(choice)
      ? []
      : issue('bad_choice', 'Give the candidates chosen, or abstain, blank or invalid.');
  }
  if (!Array.isArray(choice)) {
    return issue('bad_choice', 'Give the candidates chosen, or abstain, blank or invalid.');
  }
  const issues: Issue[] = [];
  const seen = new Set<unknown>();
  choice.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || !paper.candidates.includes(id)) {
      issues.push(...issue('unknown_candidate', `Not a candidate: ${JSON.stringify(id)}.`, [index]));
    } else if (seen.has(id)) {
      issues.push(...issue('duplicate_candidate', `${id} is named twice.`, [index]));
    }
    seen.add(id);
  });
  if (choice.length > paper.seats) {
    issues.push(...issue('too_many_candidates', `${choice.length} candidates named for ${paper.seats} seat(s).`));
  }
  return issues;
}

/** Who may cast a state's ballot once the vote is open: the state present itself, or its proxy's holder. */
export function castingStateFor(
  vote: { present: readonly string[]; proxies: Readonly<Record<string, string>> },
  state: string,
): string | null {
  if (vote.present.includes(state)) {
    return state;
  }
  return vote.proxies[state] ?? null;
}

/** The states a delegation casts ballots for in an open vote: its own when present, then the proxies it holds. */
export function statesCastBy(
  vote: { present: readonly string[]; proxies: Readonly<Record<string, string>> },
  caster: string,
): { state: string; asProxy: boolean }[] {
  const own = vote.present.includes(caster) ? [{ state: caster, asProxy: false }] : [];
  const held = Object.entries(vote.proxies)
    .filter(([, holder]) => holder === caster)
    .map(([giver]) => ({ state: giver, asProxy: true }))
    .sort((a, b) => (a.state < b.state ? -1 : 1));
  return [...own, ...held];
}

/** A stored vote, as much of it as its record needs. */
export interface ClosedVoteFacts {
  kind: VoteKind;
  method: VotingMethod;
  electorate: readonly string[];
  present: readonly string[];
  proxies: Readonly<Record<string, string>>;
  rules: VotingRules;
  seats: number;
  candidates: readonly string[];
  /** Roll-call ballots name their state; secret ones do not. */
  ballots: readonly { choice: string | readonly string[]; state?: string }[];
  counts: { yes: number; no: number; abstain: number } | null;
}

/**
 * The `tansiq-vote/1` record of a vote (docs/voting.md): what `tansiq tally` recounts. Secret ballots carry their
 * choice only, in the order given (the caller's, which must say nothing about who voted when); roll-call ones
 * name their state; a show of hands gives its counts.
 */
export function voteRecordOf(vote: ClosedVoteFacts): Record<string, unknown> {
  const record: Record<string, unknown> = {
    format: VOTE_RECORD_FORMAT,
    kind: vote.kind,
    method: vote.method,
    electorate: [...vote.electorate],
    present: [...vote.present],
    proxies: { ...vote.proxies },
    rules: { ...vote.rules },
  };
  if (vote.kind === 'election') {
    record.seats = vote.seats;
    record.candidates = [...vote.candidates];
  }
  if (vote.method === 'show-of-hands') {
    record.counts = { ...(vote.counts ?? { yes: 0, no: 0, abstain: 0 }) };
  } else {
    record.ballots = vote.ballots.map((ballot) => {
      const choice = typeof ballot.choice === 'string' ? ballot.choice : [...ballot.choice];
      return vote.method === 'roll-call' && ballot.state !== undefined ? { choice, state: ballot.state } : { choice };
    });
  }
  return record;
}
