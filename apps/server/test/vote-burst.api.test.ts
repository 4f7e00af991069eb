/**
 * Ballots cast at once (docs/voting.md, "Ballots cast at once"): the ballots of one vote that arrive together are
 * committed in one transaction, each answered after that commit with its own receipt or its own refusal. A refused
 * ballot leaves nothing written; a ballot racing the close is either counted or refused `vote_not_open`, never
 * lost after its 201.
 */
import type { CastReceipt, ReceiptCheck } from '@tansiq/api';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { expectApiError, openTestApp, type TestApp } from './helpers.ts';
import { castAs, closeVote, makeVote, openVote, send, votingRoom, type VotingRoom } from './vote-helpers.ts';

const STATES = ['EGY', 'TUN', 'MAR', 'DZA', 'QAT', 'OMN', 'JOR', 'LBN', 'SAU', 'KWT'];

let t: TestApp;
let secretariat: SignedIn;
let room: VotingRoom;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
  // KWT is registered but not checked in: it may not vote. SAU holds no proxy.
  room = await votingRoom(t, STATES, { present: STATES.filter((state) => state !== 'KWT') });
});

afterAll(async () => {
  await t?.close();
});

type Row = Record<string, unknown>;
async function rowsOf(query: ReturnType<typeof sql>): Promise<Row[]> {
  const result: unknown = await t.db.execute(query);
  return (result as { rows: Row[] }).rows;
}

/** Everything a vote's ballots wrote: the box, the has-voted rows, the audit rows and the live events. */
async function written(voteId: string) {
  const [box] = await rowsOf(sql`select ballots from ballot_boxes where vote_id = ${voteId}`);
  const participations = await rowsOf(
    sql`select member_state_iso3 as state, xmin::text as xmin from vote_participations where vote_id = ${voteId}`,
  );
  const audit = await rowsOf(
    sql`select changes from audit_events where action = 'vote.cast' and entity_id = ${voteId} order by sequence`,
  );
  const events = await rowsOf(
    sql`select payload from live_events where type = 'vote.ballot' and payload->>'voteId' = ${voteId} order by id`,
  );
  return {
    receipts: (box!.ballots as { receipt: string }[]).map((ballot) => ballot.receipt).sort(),
    voted: participations.map((row) => row.state as string).sort(),
    transactions: new Set(participations.map((row) => row.xmin)).size,
    audited: audit.map((row) => (row.changes as { state: { after: string } }).state.after).sort(),
    received: events.map((row) => (row.payload as { received: number }).received),
  };
}

async function openQuestion(): Promise<string> {
  const vote = await makeVote(t, secretariat, room.meeting);
  await openVote(t, secretariat, vote.id);
  return vote.id;
}

const receiptOf = (response: LightMyRequestResponse) => response.json<{ data: CastReceipt }>().data.receipt;
const range = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

describe('a burst of ballots cast at once', () => {
  it.each([
    {
      refusal: 'a choice the question does not take',
      ballot: { voter: 'JOR', state: 'JOR', choice: 'maybe' },
      status: 400,
      code: 'validation_failed',
      path: ['choice'],
    },
    {
      refusal: 'a state not present',
      ballot: { voter: 'KWT', state: 'KWT', choice: 'yes' },
      status: 409,
      code: 'not_eligible',
      path: ['state'],
    },
    {
      refusal: 'a delegate casting for another state',
      ballot: { voter: 'LBN', state: 'JOR', choice: 'yes' },
      status: 403,
      code: 'not_voting_delegate',
      path: ['state'],
    },
  ])('casts the others in one transaction and refuses $refusal alone, writing nothing of it', async (c) => {
    const voteId = await openQuestion();
    const valid = ['EGY', 'TUN', 'MAR', 'DZA', 'QAT', 'OMN'];
    const responses = await Promise.all([
      ...valid.slice(0, 3).map((state) => castAs(t, room.voters[state]!, voteId, state, 'yes')),
      castAs(t, room.voters[c.ballot.voter]!, voteId, c.ballot.state, c.ballot.choice),
      ...valid.slice(3).map((state) => castAs(t, room.voters[state]!, voteId, state, 'no')),
    ]);
    const invalid = responses.splice(3, 1)[0]!;
    expectApiError(invalid, c.status, c.code, { path: c.path });
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(201);
    }
    expect(new Set(responses.map(receiptOf)).size).toBe(valid.length);
    const after = await written(voteId);
    expect(after).toEqual({
      receipts: responses.map(receiptOf).sort(),
      voted: [...valid].sort(),
      // The burst went in one transaction.
      transactions: 1,
      audited: [...valid].sort(),
      received: range(valid.length),
    });
    const closed = await closeVote(t, secretariat, voteId);
    expect(closed.result).toMatchObject({ votesFor: 3, votesAgainst: 3 });
  });

  it('takes the first of two ballots of one state in a burst and refuses the second already_voted', async () => {
    const voteId = await openQuestion();
    const responses = await Promise.all([
      castAs(t, room.voters.EGY!, voteId, 'EGY', 'yes'),
      castAs(t, room.voters.TUN!, voteId, 'TUN', 'no'),
      castAs(t, room.voters.EGY!, voteId, 'EGY', 'no'),
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([201, 201, 409]);
    expectApiError(responses[2], 409, 'already_voted', { path: ['state'] });
    const after = await written(voteId);
    expect(after).toMatchObject({ voted: ['EGY', 'TUN'], audited: ['EGY', 'TUN'], received: [1, 2] });
    expect(after.receipts).toEqual([receiptOf(responses[0]), receiptOf(responses[1])].sort());
    const closed = await closeVote(t, secretariat, voteId);
    // EGY's first ballot is the one counted.
    expect(closed.result).toMatchObject({ votesFor: 1, votesAgainst: 1 });
    // And a later burst of a state that has voted is refused as well.
    const again = await castAs(t, room.voters.TUN!, voteId, 'TUN', 'yes');
    expectApiError(again, 409, 'vote_not_open');
  });

  it('refuses a burst of states that voted in an earlier group already_voted, one by one', async () => {
    const voteId = await openQuestion();
    const first = await castAs(t, room.voters.EGY!, voteId, 'EGY', 'yes');
    expect(first.statusCode, first.body).toBe(201);
    const responses = await Promise.all([
      castAs(t, room.voters.EGY!, voteId, 'EGY', 'no'),
      castAs(t, room.voters.MAR!, voteId, 'MAR', 'no'),
    ]);
    expectApiError(responses[0], 409, 'already_voted', { path: ['state'] });
    expect(responses[1].statusCode, responses[1].body).toBe(201);
    expect(await written(voteId)).toMatchObject({ voted: ['EGY', 'MAR'], audited: ['EGY', 'MAR'], received: [1, 2] });
  });
});

describe('ballots racing the close', () => {
  /**
   * Casts `STATES` but KWT (9 ballots) with the close sent after `closeAfter` ballots and `pause` later: whatever
   * the order the database takes them in, each ballot answered 201 is counted and the others are refused
   * `vote_not_open`, with nothing of them written.
   */
  async function race(closeAfter: number, pause: (casts: Promise<LightMyRequestResponse>[]) => Promise<unknown>) {
    const voteId = await openQuestion();
    const voters = STATES.filter((state) => state !== 'KWT');
    const casts: Promise<LightMyRequestResponse>[] = [];
    let close: Promise<LightMyRequestResponse> | null = null;
    for (const [index, state] of voters.entries()) {
      if (index === closeAfter) {
        await pause(casts);
        close = send(t, 'POST', `/api/v1/votes/${voteId}/close`, secretariat);
      }
      casts.push(castAs(t, room.voters[state]!, voteId, state, index % 2 === 0 ? 'yes' : 'no'));
    }
    const closed = await close!;
    expect(closed.statusCode, closed.body).toBe(200);
    const responses = await Promise.all(casts);
    const taken = voters.filter((_, index) => responses[index]!.statusCode === 201);
    for (const response of responses.filter((response) => response.statusCode !== 201)) {
      expectApiError(response, 409, 'vote_not_open', { path: ['status'] });
    }
    const vote = closed.json<{
      data: { ballotsReceived: number; result: { votesFor: number; votesAgainst: number } };
    }>().data;
    expect(vote.ballotsReceived).toBe(taken.length);
    expect(vote.result.votesFor + vote.result.votesAgainst).toBe(taken.length);
    const after = await written(voteId);
    expect(after).toMatchObject({
      voted: [...taken].sort(),
      audited: [...taken].sort(),
      received: range(taken.length),
    });
    for (const [index, response] of responses.entries()) {
      if (response.statusCode === 201) {
        const check = await send(t, 'GET', `/api/v1/votes/${voteId}/receipts/${receiptOf(response)}`);
        expect(check.statusCode, check.body).toBe(200);
        expect(check.json<{ data: ReceiptCheck }>().data).toMatchObject({
          counted: true,
          choice: index % 2 === 0 ? 'yes' : 'no',
        });
      }
    }
    return taken.length;
  }

  it('counts every ballot answered 201 and refuses the others vote_not_open, however the close falls', async () => {
    const counts = [
      await race(0, async () => undefined),
      await race(4, async () => undefined),
      await race(4, () => new Promise((resolve) => setImmediate(resolve))),
      await race(4, () => new Promise((resolve) => setTimeout(resolve, 5))),
      await race(8, () => new Promise((resolve) => setTimeout(resolve, 20))),
    ];
    // The close sent before any ballot (the first round) falls before some of them at least.
    expect(counts.some((count) => count < 9)).toBe(true);
    // The close sent once a first ballot was answered, with others still in flight: that one at least is counted.
    expect(await race(4, (casts) => casts[0]!)).toBeGreaterThan(0);
  });
});
