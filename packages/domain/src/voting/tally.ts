import { parseVoteRecord, type ElectionChoice, type VoteRecord, type VotingRules } from './record.ts';

export const VOTE_RESULTS = ['adopted', 'rejected', 'postponed', 'elected', 'inconclusive', 'no-quorum'] as const;
/** The outcome of one round. */
export type VoteResult = (typeof VOTE_RESULTS)[number];

/** A candidate's votes in one round of an election. */
export interface CandidateVotes {
  id: string;
  votes: number;
}

/**
 * What `tansiq tally --json` prints: every field always present (0 and [] where they do not apply). The first six
 * are the result; the others (issue 13) are the figures it follows from, so a result can be shown and checked in
 * full. Nothing in them ties a state to its choice: they are counts of the whole vote.
 */
export interface VoteTally {
  quorum: boolean;
  /** Valid ballots in an election; yes + no on a question. */
  votesCast: number;
  /** Abstentions, blank ballots included. */
  abstentions: number;
  result: VoteResult;
  elected: string[];
  /** The candidates of the next round of an inconclusive election. */
  nextRound: string[];
  /** A question's votes for (yes); 0 in an election. */
  votesFor: number;
  /** A question's votes against (no); 0 in an election. */
  votesAgainst: number;
  /** Blank ballots, counted among the abstentions (docs/domain.md §8). */
  blankBallots: number;
  /** Spoilt ballots: neither votes cast nor abstentions. */
  invalidBallots: number;
  /** The majority the rules ask of the votes cast: more than half (`simple`) or at least two thirds. */
  majority: VotingRules['majority'];
  /** The fewest votes that carry the question, or elect a candidate: the majority of `votesCast`. */
  majorityRequired: number;
  /** The states present or represented by proxy. */
  statesCounted: number;
  /** The states with the right to vote. */
  electorate: number;
  /** The fewest states counted that make the quorum. */
  quorumRequired: number;
  /** An election's candidates with their votes, most votes first, then as the record lists them; [] for a question. */
  candidates: CandidateVotes[];
}

/** Whether the quorum was reached, and the figures it follows from. */
export interface QuorumFacts {
  reached: boolean;
  statesCounted: number;
  electorate: number;
  required: number;
}

/** A question's ballots by choice. */
export interface QuestionCounts {
  yes: number;
  no: number;
  abstain: number;
  blank: number;
  invalid: number;
}

/** States present or represented by proxy (a proxy giver counts as present through its holder). */
export function statesCounted(record: Pick<VoteRecord, 'present' | 'proxies'>): number {
  return record.present.length + Object.keys(record.proxies).length;
}

/** The fewest states counted that make a quorum of an electorate of `electorateSize`. */
export function quorumRequired(electorateSize: number, quorum: VotingRules['quorum']): number {
  return quorum === 'majority' ? Math.floor(electorateSize / 2) + 1 : quorum;
}

/** Whether `counted` states make a quorum of an electorate of `electorateSize`. */
export function quorumReached(counted: number, electorateSize: number, quorum: VotingRules['quorum']): boolean {
  return quorum === 'majority' ? counted * 2 > electorateSize : counted >= quorum;
}

/** Whether `votes` make the majority of `votesCast`: more than half, or at least two thirds (never of none). */
export function meetsMajority(votes: number, votesCast: number, majority: VotingRules['majority']): boolean {
  if (votesCast === 0) {
    return false;
  }
  return majority === 'simple' ? votes * 2 > votesCast : votes * 3 >= votesCast * 2;
}

/**
 * The fewest votes that make the majority of `votesCast` (`meetsMajority` holds from there on): more than half,
 * or at least two thirds; 1 when no vote was cast, since no vote carries nothing.
 */
export function majorityRequired(votesCast: number, majority: VotingRules['majority']): number {
  return majority === 'simple' ? Math.floor(votesCast / 2) + 1 : Math.max(1, Math.ceil((votesCast * 2) / 3));
}

/** The figures every tally gives beside its result. */
function figures(
  quorum: QuorumFacts,
  rules: VotingRules,
  votesCast: number,
): Pick<VoteTally, 'majority' | 'majorityRequired' | 'statesCounted' | 'electorate' | 'quorumRequired'> {
  return {
    majority: rules.majority,
    majorityRequired: majorityRequired(votesCast, rules.majority),
    statesCounted: quorum.statesCounted,
    electorate: quorum.electorate,
    quorumRequired: quorum.required,
  };
}

/**
 * Decides a question. Order: no quorum; then postponed (abstentions over half of the votes cast, when the rules
 * say so); then adopted with the majority, else rejected (so a tie rejects).
 */
export function decideQuestion(counts: QuestionCounts, quorum: QuorumFacts, rules: VotingRules): VoteTally {
  const votesCast = counts.yes + counts.no;
  const abstentions = counts.abstain + counts.blank;
  const decided = (result: VoteResult): VoteTally => ({
    quorum: quorum.reached,
    votesCast,
    abstentions,
    result,
    elected: [],
    nextRound: [],
    votesFor: counts.yes,
    votesAgainst: counts.no,
    blankBallots: counts.blank,
    invalidBallots: counts.invalid,
    ...figures(quorum, rules, votesCast),
    candidates: [],
  });
  if (!quorum.reached) {
    return decided('no-quorum');
  }
  if (rules.abstentionsPostpone && abstentions * 2 > votesCast) {
    return decided('postponed');
  }
  return decided(meetsMajority(counts.yes, votesCast, rules.majority) ? 'adopted' : 'rejected');
}

/** An election's ballots: votes per candidate, valid ballots, abstentions (blank included), blank and spoilt ballots. */
export interface ElectionCounts {
  votes: ReadonlyMap<string, number>;
  votesCast: number;
  abstentions: number;
  blank: number;
  invalid: number;
}

/** Counts election ballots: `[]` is blank; more names than seats, or a name twice, spoils a ballot. */
export function countElection(choices: readonly ElectionChoice[], seats: number): ElectionCounts {
  const votes = new Map<string, number>();
  let votesCast = 0;
  let abstain = 0;
  let blank = 0;
  let invalid = 0;
  for (const choice of choices) {
    if (typeof choice === 'string') {
      if (choice === 'invalid') {
        invalid += 1;
      } else if (choice === 'blank') {
        blank += 1;
      } else {
        abstain += 1;
      }
    } else if (choice.length === 0) {
      blank += 1;
    } else if (choice.length > seats || new Set(choice).size !== choice.length) {
      invalid += 1;
    } else {
      votesCast += 1;
      for (const id of choice) {
        votes.set(id, (votes.get(id) ?? 0) + 1);
      }
    }
  }
  return { votes, votesCast, abstentions: abstain + blank, blank, invalid };
}

/**
 * Decides one round of an election. Each candidate with the majority of the valid ballots is elected, up to the
 * seats, most votes first; candidates tied for the last seat are none of them elected. With seats left the round
 * is inconclusive and `nextRound` holds, among those not elected, two candidates per seat left (all tied with
 * the last kept), or all of them with `runoff: none`; ordered by votes, then as the record lists them. Every
 * candidate's votes are given in that order, with or without a quorum.
 */
export function decideElection(
  candidates: readonly string[],
  seats: number,
  counts: ElectionCounts,
  quorum: QuorumFacts,
  rules: VotingRules,
): VoteTally {
  const ranked = candidates
    .map((id, index) => ({ id, index, votes: counts.votes.get(id) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index);
  const decided = (result: VoteResult, elected: string[], nextRound: string[]): VoteTally => ({
    quorum: quorum.reached,
    votesCast: counts.votesCast,
    abstentions: counts.abstentions,
    result,
    elected,
    nextRound,
    votesFor: 0,
    votesAgainst: 0,
    blankBallots: counts.blank,
    invalidBallots: counts.invalid,
    ...figures(quorum, rules, counts.votesCast),
    candidates: ranked.map(({ id, votes }) => ({ id, votes })),
  });
  if (!quorum.reached) {
    return decided('no-quorum', [], []);
  }
  const qualified = ranked.filter((candidate) => meetsMajority(candidate.votes, counts.votesCast, rules.majority));
  let elected = qualified.slice(0, seats);
  const last = qualified[seats - 1];
  if (last !== undefined && qualified[seats]?.votes === last.votes) {
    elected = qualified.filter((candidate) => candidate.votes > last.votes);
  }
  const seatsLeft = seats - elected.length;
  const ids = elected.map((candidate) => candidate.id);
  if (seatsLeft === 0) {
    return decided('elected', ids, []);
  }
  const electedIds = new Set(ids);
  const rest = ranked.filter((candidate) => !electedIds.has(candidate.id));
  const cut = rest[seatsLeft * 2 - 1];
  const nextRound =
    rules.runoff === 'none' || cut === undefined ? rest : rest.filter((candidate) => candidate.votes >= cut.votes);
  return decided(
    'inconclusive',
    ids,
    nextRound.map((candidate) => candidate.id),
  );
}

/** Counts a checked record (one round). */
export function tallyVote(record: VoteRecord): VoteTally {
  const counted = statesCounted(record);
  const electorate = record.electorate.length;
  const quorum: QuorumFacts = {
    reached: quorumReached(counted, electorate, record.rules.quorum),
    statesCounted: counted,
    electorate,
    required: quorumRequired(electorate, record.rules.quorum),
  };
  if (record.kind === 'election') {
    const choices = record.ballots.map((ballot) => ballot.choice as ElectionChoice);
    return decideElection(record.candidates, record.seats, countElection(choices, record.seats), quorum, record.rules);
  }
  const counts: QuestionCounts = { yes: 0, no: 0, abstain: 0, blank: 0, invalid: 0, ...record.counts };
  for (const ballot of record.ballots) {
    counts[ballot.choice as keyof QuestionCounts] += 1;
  }
  return decideQuestion(counts, quorum, record.rules);
}

/** Recounts a vote from its record, as anyone may: checks it (`parseVoteRecord`), then counts it. */
export function recountVote(input: unknown): VoteTally {
  return tallyVote(parseVoteRecord(input));
}
