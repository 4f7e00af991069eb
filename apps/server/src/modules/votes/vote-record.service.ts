import type { VoteRecordExport } from '@tansiq/api';
import { readBallotBox, type Executor, type StoredBallot, type StoredTally, type VoteRow } from '@tansiq/db';
import {
  recountVote,
  voteRecordOf,
  type VoteKind,
  type VotingMethod,
  type VotingRules,
  type VoteTally,
} from '@tansiq/domain';
import type { ServiceContext } from '../../context.ts';
import { refused } from '../../errors.ts';
import { requireVote } from '../../lookups.ts';

/*
 * A stored vote's record (`tansiq-vote/1`) and its tally: the record the close recounts, the export that
 * `tansiq tally` recounts, and the figures of a tally stored before they were kept.
 */

const rulesOf = (row: VoteRow) => row.rules as VotingRules;
/** The ids of a vote's candidates, in the order of its ballot paper. */
export const candidateIds = (row: VoteRow) => row.candidates.map((candidate) => candidate.id);

/** Whether a stored tally carries the figures: a vote closed before issue 13 holds the first six fields only. */
function hasFigures(tally: StoredTally): tally is VoteTally {
  return tally.candidates !== undefined;
}

/** The record of a vote from its stored row and ballots. */
export function recordOf(vote: VoteRow, ballots: readonly StoredBallot[]) {
  return voteRecordOf({
    kind: vote.kind as VoteKind,
    method: vote.method as VotingMethod,
    electorate: vote.electorate ?? [],
    present: vote.present ?? [],
    proxies: vote.proxies ?? {},
    rules: rulesOf(vote),
    seats: vote.seats,
    candidates: candidateIds(vote),
    ballots,
    counts: vote.counts,
  });
}

/**
 * The tally of a closed vote with its figures: as stored at the close, or, for a vote closed before the tally
 * gave its figures (issue 13), the stored result completed by a recount of the vote's stored record (the count
 * the close made; the stored fields are kept as they were). Null before the close.
 */
export async function fullTally(db: Executor, row: VoteRow): Promise<VoteTally | null> {
  if (row.status !== 'closed' || row.result === null) {
    return null;
  }
  if (hasFigures(row.result)) {
    return row.result;
  }
  return { ...recountVote(recordOf(row, await readBallotBox(db, row.id))), ...row.result };
}

/** A stored tally with its figures (`fullTally`), for a reader that holds the vote's id and tally only. */
export async function completeTally(db: Executor, voteId: string, stored: StoredTally): Promise<VoteTally> {
  if (hasFigures(stored)) {
    return stored;
  }
  return (await fullTally(db, await requireVote(db, voteId)))!;
}

/** A closed vote, or `vote_not_closed`: its ballots are out only after the close. */
export async function closedVote(db: Executor, id: string): Promise<VoteRow> {
  const vote = await requireVote(db, id);
  if (vote.status !== 'closed') {
    throw refused('vote_not_closed', `Vote ${vote.number} is not closed: its ballots are not out yet.`, ['status']);
  }
  return vote;
}

/** The `tansiq-vote/1` record of a closed vote, which `tansiq tally` recounts. */
export async function exportVoteRecord(ctx: ServiceContext, id: string): Promise<VoteRecordExport> {
  const vote = await closedVote(ctx.db, id);
  return recordOf(vote, await readBallotBox(ctx.db, vote.id)) as VoteRecordExport;
}
