import { iso2Of, listParticipations, readBallotBox, type Executor, type VoteRow } from '@tansiq/db';
import { memberStateNames, rollCallOrder, type VoteTally } from '@tansiq/domain';
import { refused } from '../../errors.ts';
import { fullTally } from './vote-record.service.ts';

/*
 * A vote as its page shows it (`VoteView`), read by every vote use case after its write, and the refusal of a
 * ballot or count when the vote is not open.
 */

/** A vote with what its page shows: the states that voted, the ballots received, the roll-call as recorded. */
export interface VoteView {
  row: VoteRow;
  voted: string[];
  received: number;
  callOrder: string[];
  /** Roll-call ballots in the order of the call; empty for a secret ballot or a show of hands. */
  rollCall: { state: string; choice: string | string[] }[];
  /** The tally with its figures once closed (`fullTally`), else null. */
  result: VoteTally | null;
}

/** `vote_not_open`: the vote is not open yet, or closed already. */
export const notOpen = (row: VoteRow) =>
  refused(
    'vote_not_open',
    row.status === 'draft' ? `Vote ${row.number} is not open yet.` : `Vote ${row.number} is closed.`,
    ['status'],
  );

/** The French order of a roll-call from the letter drawn, over the vote's electorate. */
export async function callOrderOf(db: Executor, row: VoteRow): Promise<string[]> {
  if (row.method !== 'roll-call' || row.drawnLetter === null || row.electorate === null) {
    return [];
  }
  const iso2 = await iso2Of(db, row.electorate);
  return rollCallOrder(row.electorate, (iso3) => memberStateNames(iso2.get(iso3) ?? iso3).fr, row.drawnLetter);
}

/** Reads what a vote's page shows besides its row. */
export async function viewOf(db: Executor, row: VoteRow): Promise<VoteView> {
  const voted = await listParticipations(db, row.id);
  const callOrder = await callOrderOf(db, row);
  let rollCall: VoteView['rollCall'] = [];
  if (row.method === 'roll-call') {
    const byState = new Map((await readBallotBox(db, row.id)).map((ballot) => [ballot.state!, ballot.choice]));
    rollCall = callOrder.filter((state) => byState.has(state)).map((state) => ({ state, choice: byState.get(state)! }));
  }
  return { row, voted, received: voted.length, callOrder, rollCall, result: await fullTally(db, row) };
}
