import type { Vote, VoterStanding } from '@tansiq/api';

import { schema } from '@tansiq/db';
import { recountVote } from '@tansiq/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { createAgendaItem } from '../src/modules/agenda/agenda.service.ts';
import { createNomination } from '../src/modules/officers/officer.service.ts';
import { auditRowsOf, expectApiError, operator, tableRows, openTestApp, type TestApp } from './helpers.ts';
import { cast, castAs, closeVote, makeVote, openVote, send, votingRoom } from './vote-helpers.ts';

let t: TestApp;
let secretariat: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
});

afterAll(async () => {
  await t?.close();
});

/** Asserts a refusal that wrote nothing. */
async function refused(
  request: () => ReturnType<typeof send>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await tableRows(t.db);
  expectApiError(await request(), status, code, expected);
  expect(await tableRows(t.db)).toEqual(before);
}

const getVote = async (id: string) => (await send(t, 'GET', `/api/v1/votes/${id}`)).json<{ data: Vote }>().data;

describe('a secret ballot on a question', () => {
  it('takes one ballot per state present and per proxy held, counts it at the close, and exports its record', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN', 'MAR', 'DZA', 'FRA', 'BEL'], {
      proxies: { MAR: 'EGY' },
      present: ['EGY', 'TUN', 'DZA', 'FRA'],
    });
    const vote = await makeVote(t, secretariat, room.meeting);
    expect(vote).toMatchObject({ number: 1, status: 'draft', electorate: [], result: null, ballotsReceived: 0 });

    const opened = await openVote(t, secretariat, vote.id);
    expect(opened).toMatchObject({
      status: 'open',
      electorate: ['BEL', 'DZA', 'EGY', 'FRA', 'MAR', 'TUN'],
      present: ['DZA', 'EGY', 'FRA', 'TUN'],
      proxies: { MAR: 'EGY' },
    });

    const standing = await send(t, 'GET', `/api/v1/votes/${vote.id}/standing`, room.voters.EGY);
    expect(standing.json<{ data: VoterStanding }>().data.states).toEqual([
      { state: 'EGY', asProxy: false, voted: false },
      { state: 'MAR', asProxy: true, voted: false },
    ]);

    const receipts = [
      await cast(t, room.voters.EGY!, vote.id, 'EGY', 'yes'),
      await cast(t, room.voters.EGY!, vote.id, 'MAR', 'yes'),
      await cast(t, room.voters.TUN!, vote.id, 'TUN', 'no'),
      await cast(t, room.voters.DZA!, vote.id, 'DZA', 'abstain'),
    ];
    expect(new Set(receipts).size).toBe(4);
    for (const receipt of receipts) {
      expect(receipt).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    }

    const during = await getVote(vote.id);
    expect(during).toMatchObject({
      ballotsReceived: 4,
      voted: ['DZA', 'EGY', 'MAR', 'TUN'],
      result: null,
      rollCall: [],
    });
    const standingAfter = await send(t, 'GET', `/api/v1/votes/${vote.id}/standing`, room.voters.EGY);
    expect(standingAfter.json<{ data: VoterStanding }>().data.states.every((entry) => entry.voted)).toBe(true);

    const closed = await closeVote(t, secretariat, vote.id);
    // The result with the figures it follows from: 2 for, 1 against, 1 abstention; 2 of 3 votes cast carry it.
    expect(closed.result).toEqual({
      quorum: true,
      votesCast: 3,
      abstentions: 1,
      result: 'adopted',
      elected: [],
      nextRound: [],
      votesFor: 2,
      votesAgainst: 1,
      blankBallots: 0,
      invalidBallots: 0,
      majority: 'simple',
      majorityRequired: 2,
      statesCounted: 5,
      electorate: 6,
      quorumRequired: 4,
      candidates: [],
    });
    expect((await getVote(vote.id)).result).toEqual(closed.result);

    const record = await send(t, 'GET', `/api/v1/votes/${vote.id}/record`);
    expect(record.statusCode).toBe(200);
    const exported = record.json<Record<string, unknown>>();
    expect(exported).toMatchObject({
      format: 'tansiq-vote/1',
      kind: 'question',
      method: 'secret',
      electorate: ['BEL', 'DZA', 'EGY', 'FRA', 'MAR', 'TUN'],
      present: ['DZA', 'EGY', 'FRA', 'TUN'],
      proxies: { MAR: 'EGY' },
    });
    const ballots = exported.ballots as { choice: string; state?: string }[];
    expect(ballots.map((ballot) => ballot.choice).sort()).toEqual(['abstain', 'no', 'yes', 'yes']);
    expect(ballots.every((ballot) => Object.keys(ballot).join() === 'choice')).toBe(true);
    expect(recountVote(exported)).toEqual(closed.result);

    const check = await send(t, 'GET', `/api/v1/votes/${vote.id}/receipts/${receipts[2]}`);
    expect(check.json()).toEqual({ data: { voteId: vote.id, receipt: receipts[2], counted: true, choice: 'no' } });
    expectApiError(await send(t, 'GET', `/api/v1/votes/${vote.id}/receipts/AAAA-BBBB-CCCC-DDDD`), 404, 'not_found');

    const audit = await auditRowsOf(t.db, vote.id, 'vote.cast');
    expect(audit.map((row) => row.changes)).toEqual(
      ['EGY', 'MAR', 'TUN', 'DZA'].map((state) => ({ state: { before: null, after: state } })),
    );
    expect(audit[0]).toMatchObject({ actorKind: 'user', actorId: room.voters.EGY!.user.id });
    expect((await auditRowsOf(t.db, vote.id)).map((row) => row.action)).toEqual([
      'vote.create',
      'vote.open',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.cast',
      'vote.close',
    ]);
  });

  it('appends the opening, each ballot count and the result to the live stream, never a state or a choice', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN']);
    const vote = await makeVote(t, secretariat, room.meeting);
    await openVote(t, secretariat, vote.id);
    await cast(t, room.voters.EGY!, vote.id, 'EGY', 'no');
    await cast(t, room.voters.TUN!, vote.id, 'TUN', 'no');
    await closeVote(t, secretariat, vote.id);
    const events = await t.db
      .select()
      .from(schema.liveEvents)
      .where(eq(schema.liveEvents.meetingId, vote.meetingId))
      .orderBy(asc(schema.liveEvents.id));
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['vote.opened', { voteId: vote.id, number: 1, kind: 'question', method: 'secret', electorate: 2, counted: 2 }],
      ['vote.ballot', { voteId: vote.id, received: 1 }],
      ['vote.ballot', { voteId: vote.id, received: 2 }],
      [
        'vote.closed',
        {
          voteId: vote.id,
          number: 1,
          received: 2,
          result: {
            ...{ quorum: true, votesCast: 2, abstentions: 0, result: 'rejected', elected: [], nextRound: [] },
            ...{ votesFor: 0, votesAgainst: 2, blankBallots: 0, invalidBallots: 0 },
            ...{ majority: 'simple', majorityRequired: 2, statesCounted: 2, electorate: 2, quorumRequired: 2 },
            candidates: [],
          },
        },
      ],
    ]);
  });
});

describe('refused ballots', () => {
  let room: Awaited<ReturnType<typeof votingRoom>>;
  let vote: Vote;
  let otherEgyptian: SignedIn;

  beforeAll(async () => {
    room = await votingRoom(t, ['EGY', 'TUN', 'MAR', 'DZA', 'QAT', 'OMN'], {
      proxies: { MAR: 'EGY', OMN: 'QAT' },
      present: ['EGY', 'TUN', 'QAT'],
    });
    vote = await makeVote(t, secretariat, room.meeting);
    otherEgyptian = await signedIn(t, 'delegate', { memberStateIso3: 'EGY' });
  });

  it('refuses a ballot before the opening', async () => {
    await refused(() => castAs(t, room.voters.EGY!, vote.id, 'EGY', 'yes'), 409, 'vote_not_open', {
      path: ['status'],
    });
  });

  it('refuses a second ballot from one state, and counts the first once', async () => {
    await openVote(t, secretariat, vote.id);
    await cast(t, room.voters.EGY!, vote.id, 'EGY', 'yes');
    await refused(() => castAs(t, room.voters.EGY!, vote.id, 'EGY', 'no'), 409, 'already_voted', {
      path: ['state'],
    });
    expect((await getVote(vote.id)).ballotsReceived).toBe(1);
  });

  it('refuses a ballot from a delegate who is not the voting delegate, and from the secretariat', async () => {
    await refused(() => castAs(t, otherEgyptian, vote.id, 'TUN', 'yes'), 403, 'not_voting_delegate');
    await refused(() => castAs(t, otherEgyptian, vote.id, 'MAR', 'yes'), 403, 'not_voting_delegate');
    await refused(() => castAs(t, room.voters.TUN!, vote.id, 'MAR', 'yes'), 403, 'not_voting_delegate', {
      path: ['state'],
    });
    await refused(() => castAs(t, secretariat, vote.id, 'TUN', 'yes'), 403, 'forbidden');
    const observer = await signedIn(t, 'observer');
    await refused(() => castAs(t, observer, vote.id, 'TUN', 'yes'), 403, 'forbidden');
  });

  it('refuses a ballot for a state neither present nor represented, and by a proxy giver that is absent', async () => {
    await refused(() => castAs(t, room.voters.DZA!, vote.id, 'DZA', 'yes'), 409, 'not_eligible', {
      path: ['state'],
    });
    await refused(() => castAs(t, room.voters.MAR!, vote.id, 'MAR', 'yes'), 403, 'not_voting_delegate');
    await refused(() => castAs(t, room.voters.TUN!, vote.id, 'FRA', 'yes'), 409, 'not_eligible');
  });

  it('refuses a choice a question does not take, and an anonymous ballot', async () => {
    await refused(() => castAs(t, room.voters.TUN!, vote.id, 'TUN', 'maybe'), 400, 'validation_failed', {
      path: ['choice'],
    });
    await refused(() => castAs(t, room.voters.TUN!, vote.id, 'TUN', ['yes']), 400, 'validation_failed', {
      path: ['choice'],
      issue: 'bad_choice',
    });
    await refused(
      () => send(t, 'POST', `/api/v1/votes/${vote.id}/ballots`, undefined, { state: 'TUN', choice: 'yes' }),
      401,
      'unauthenticated',
    );
  });

  it('hides the result and the record until the close, then refuses a ballot after it', async () => {
    expect((await getVote(vote.id)).result).toBeNull();
    expectApiError(await send(t, 'GET', `/api/v1/votes/${vote.id}/record`), 409, 'vote_not_closed');
    expectApiError(await send(t, 'GET', `/api/v1/votes/${vote.id}/receipts/AAAA`), 409, 'vote_not_closed');
    await cast(t, room.voters.QAT!, vote.id, 'OMN', 'no');
    await closeVote(t, secretariat, vote.id);
    await refused(() => castAs(t, room.voters.TUN!, vote.id, 'TUN', 'yes'), 409, 'vote_not_open', {
      path: ['status'],
    });
    await refused(() => send(t, 'POST', `/api/v1/votes/${vote.id}/close`, secretariat), 409, 'vote_not_open');
    await refused(() => send(t, 'POST', `/api/v1/votes/${vote.id}/open`, secretariat, {}), 409, 'vote_not_draft');
    expect((await getVote(vote.id)).result).toMatchObject({ votesCast: 2, result: 'rejected' });
  });

  it('refuses to open, count or close for anyone but the secretariat', async () => {
    const other = await makeVote(t, secretariat, room.meeting);
    await refused(() => send(t, 'POST', `/api/v1/votes/${other.id}/open`, room.voters.EGY, {}), 403, 'forbidden');
    await refused(
      () =>
        send(t, 'POST', `/api/v1/meetings/${room.meeting}/votes`, room.voters.EGY, {
          title: { en: 'x' },
          kind: 'question',
          method: 'secret',
        }),
      403,
      'forbidden',
    );
  });
});

describe('elections', () => {
  it('elects to two seats by secret ballot; a name twice or too many names is refused, not spoilt', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN', 'MAR', 'DZA', 'QAT']);
    const vote = await makeVote(t, secretariat, room.meeting, {
      title: { en: 'Election of two vice-chairs' },
      kind: 'election',
      seats: 2,
      candidates: [
        { id: 'amal', label: 'Amal Idris' },
        { id: 'badr', label: 'Badr Karam' },
        { id: 'chen', label: 'Chen Wei' },
      ],
    });
    await openVote(t, secretariat, vote.id);
    await refused(() => castAs(t, room.voters.EGY!, vote.id, 'EGY', ['amal', 'amal']), 400, 'validation_failed', {
      path: ['choice', 1],
      issue: 'duplicate_candidate',
    });
    await refused(
      () => castAs(t, room.voters.EGY!, vote.id, 'EGY', ['amal', 'badr', 'chen']),
      400,
      'validation_failed',
      { path: ['choice'], issue: 'too_many_candidates' },
    );
    await refused(() => castAs(t, room.voters.EGY!, vote.id, 'EGY', ['zed']), 400, 'validation_failed', {
      path: ['choice', 0],
      issue: 'unknown_candidate',
    });
    await cast(t, room.voters.EGY!, vote.id, 'EGY', ['amal', 'badr']);
    await cast(t, room.voters.TUN!, vote.id, 'TUN', ['amal', 'chen']);
    await cast(t, room.voters.MAR!, vote.id, 'MAR', ['amal']);
    await cast(t, room.voters.DZA!, vote.id, 'DZA', []);
    await cast(t, room.voters.QAT!, vote.id, 'QAT', ['badr', 'chen']);
    const closed = await closeVote(t, secretariat, vote.id);
    // Four valid ballots: Amal 3 of 4 is elected; Badr and Chen 2 of 4 are not; one seat is left for two.
    expect(closed.result).toEqual({
      quorum: true,
      votesCast: 4,
      abstentions: 1,
      result: 'inconclusive',
      elected: ['amal'],
      nextRound: ['badr', 'chen'],
      votesFor: 0,
      votesAgainst: 0,
      blankBallots: 1,
      invalidBallots: 0,
      majority: 'simple',
      majorityRequired: 3,
      statesCounted: 5,
      electorate: 5,
      quorumRequired: 3,
      candidates: [
        { id: 'amal', votes: 3 },
        { id: 'badr', votes: 2 },
        { id: 'chen', votes: 2 },
      ],
    });
    const exported = (await send(t, 'GET', `/api/v1/votes/${vote.id}/record`)).json<Record<string, unknown>>();
    expect(exported).toMatchObject({ seats: 2, candidates: ['amal', 'badr', 'chen'] });
    expect(recountVote(exported)).toEqual(closed.result);
  });

  it('refuses an election without candidates, a question with seats, and an election by show of hands', async () => {
    const room = await votingRoom(t, ['EGY']);
    const url = `/api/v1/meetings/${room.meeting}/votes`;
    const title = { en: 'x' };
    await refused(
      () => send(t, 'POST', url, secretariat, { title, kind: 'election', method: 'secret' }),
      400,
      'validation_failed',
      {
        path: ['candidates'],
        issue: 'missing',
      },
    );
    await refused(
      () => send(t, 'POST', url, secretariat, { title, kind: 'question', method: 'secret', seats: 2 }),
      400,
      'validation_failed',
      { path: ['seats'], issue: 'not_an_election' },
    );
    await refused(
      () =>
        send(t, 'POST', url, secretariat, {
          title,
          kind: 'election',
          method: 'show-of-hands',
          candidates: [{ id: 'a', label: 'A' }],
        }),
      400,
      'validation_failed',
      { path: ['method'] },
    );
    await refused(
      () =>
        send(t, 'POST', url, secretariat, {
          title,
          kind: 'election',
          method: 'secret',
          seats: 3,
          candidates: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
        }),
      400,
      'validation_failed',
      { path: ['candidates', 1, 'id'], issue: 'duplicate_candidate' },
    );
    await refused(
      () =>
        send(t, 'POST', url, secretariat, {
          title,
          kind: 'question',
          method: 'secret',
          agendaItem: '00000000-0000-4000-8000-000000000000',
        }),
      400,
      'validation_failed',
      { path: ['agendaItem'], issue: 'unknown_agenda_item' },
    );
  });
});

describe('roll-call and show of hands', () => {
  it('calls the roll in French order from the letter drawn; the secretariat records each answer, in public', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN', 'MAR', 'DZA', 'FRA']);
    const vote = await makeVote(t, secretariat, room.meeting, { method: 'roll-call' });
    const opened = await openVote(t, secretariat, vote.id, { drawnLetter: 'M' });
    // Algérie, Égypte, France, Maroc, Tunisie: from M, Maroc, Tunisie, then round to Algérie, Égypte, France.
    expect(opened.callOrder).toEqual(['MAR', 'TUN', 'DZA', 'EGY', 'FRA']);
    await cast(t, secretariat, vote.id, 'TUN', 'no');
    await cast(t, room.voters.MAR!, vote.id, 'MAR', 'yes');
    await cast(t, secretariat, vote.id, 'DZA', 'yes');
    expect((await getVote(vote.id)).rollCall).toEqual([
      { state: 'MAR', choice: 'yes' },
      { state: 'TUN', choice: 'no' },
      { state: 'DZA', choice: 'yes' },
    ]);
    const closed = await closeVote(t, secretariat, vote.id);
    expect(closed.result).toMatchObject({ result: 'adopted', votesCast: 3 });
    const exported = (await send(t, 'GET', `/api/v1/votes/${vote.id}/record`)).json<{ ballots: unknown[] }>();
    expect(exported.ballots).toEqual([
      { choice: 'yes', state: 'MAR' },
      { choice: 'no', state: 'TUN' },
      { choice: 'yes', state: 'DZA' },
    ]);
    expect(recountVote(exported)).toEqual(closed.result);
    const audit = await auditRowsOf(t.db, vote.id, 'vote.cast');
    expect(audit[0]!.changes).toEqual({ state: { before: null, after: 'TUN' }, choice: { before: null, after: 'no' } });
  });

  it('draws the letter itself when none is given, and refuses a letter for a secret ballot', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN']);
    const rollCall = await makeVote(t, secretariat, room.meeting, { method: 'roll-call' });
    const opened = await openVote(t, secretariat, rollCall.id);
    expect(opened.drawnLetter).toMatch(/^[A-Z]$/);
    expect(opened.callOrder.sort()).toEqual(['EGY', 'TUN']);
    const secret = await makeVote(t, secretariat, room.meeting);
    await refused(
      () => send(t, 'POST', `/api/v1/votes/${secret.id}/open`, secretariat, { drawnLetter: 'A' }),
      409,
      'not_roll_call',
    );
  });

  it('takes the counts of a show of hands, refuses more hands than voters, and a close without counts', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN', 'MAR', 'DZA'], { proxies: { DZA: 'MAR' } });
    const vote = await makeVote(t, secretariat, room.meeting, { method: 'show-of-hands' });
    await openVote(t, secretariat, vote.id);
    await refused(() => send(t, 'POST', `/api/v1/votes/${vote.id}/close`, secretariat), 409, 'counts_missing');
    await refused(() => castAs(t, room.voters.EGY!, vote.id, 'EGY', 'yes'), 409, 'wrong_method');
    await refused(
      () => send(t, 'PUT', `/api/v1/votes/${vote.id}/counts`, secretariat, { yes: 3, no: 1, abstain: 1 }),
      400,
      'validation_failed',
      { path: [], issue: 'too_many_ballots' },
    );
    const counted = await send(t, 'PUT', `/api/v1/votes/${vote.id}/counts`, secretariat, { yes: 1, no: 2, abstain: 1 });
    expect(counted.statusCode, counted.body).toBe(200);
    const closed = await closeVote(t, secretariat, vote.id);
    expect(closed.result).toEqual({
      quorum: true,
      votesCast: 3,
      abstentions: 1,
      result: 'rejected',
      elected: [],
      nextRound: [],
      votesFor: 1,
      votesAgainst: 2,
      blankBallots: 0,
      invalidBallots: 0,
      majority: 'simple',
      majorityRequired: 2,
      statesCounted: 4,
      electorate: 4,
      quorumRequired: 3,
      candidates: [],
    });
    const exported = (await send(t, 'GET', `/api/v1/votes/${vote.id}/record`)).json<Record<string, unknown>>();
    expect(exported).toMatchObject({ counts: { yes: 1, no: 2, abstain: 1 } });
    expect(recountVote(exported)).toEqual(closed.result);
  });

  it('records no quorum when too few states are present', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN', 'MAR', 'DZA', 'QAT'], { present: ['EGY', 'TUN'] });
    const vote = await makeVote(t, secretariat, room.meeting);
    await openVote(t, secretariat, vote.id);
    await cast(t, room.voters.EGY!, vote.id, 'EGY', 'yes');
    expect((await closeVote(t, secretariat, vote.id)).result).toMatchObject({
      quorum: false,
      result: 'no-quorum',
      statesCounted: 2,
      electorate: 5,
      quorumRequired: 3,
      votesFor: 1,
    });
  });

  it('gives a vote closed before the tally had its figures (issue 13) its figures from the recount of its record', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN', 'MAR']);
    const vote = await makeVote(t, secretariat, room.meeting, { method: 'roll-call' });
    await openVote(t, secretariat, vote.id, { drawnLetter: 'A' });
    await cast(t, room.voters.EGY!, vote.id, 'EGY', 'yes');
    await cast(t, room.voters.TUN!, vote.id, 'TUN', 'blank');
    await cast(t, room.voters.MAR!, vote.id, 'MAR', 'no');
    const closed = await closeVote(t, secretariat, vote.id);
    // As a vote closed before issue 13 stored it: the first six fields only.
    const { quorum, votesCast, abstentions, result, elected, nextRound } = closed.result!;
    const legacy = { quorum, votesCast, abstentions, result, elected, nextRound };
    await t.db.update(schema.votes).set({ result: legacy }).where(eq(schema.votes.id, vote.id));
    const read = await getVote(vote.id);
    expect(read.result).toEqual(closed.result);
    expect(read.result).toMatchObject({ votesFor: 1, votesAgainst: 1, blankBallots: 1, abstentions: 1 });
    const listed = (await send(t, 'GET', `/api/v1/meetings/${room.meeting}/votes`)).json<{ data: Vote[] }>().data;
    expect(listed.find((entry) => entry.id === vote.id)?.result).toEqual(closed.result);
    // A decision taken by that vote gives the same full tally, when recorded and in the log.
    const item = await createAgendaItem(t.as(operator), room.meeting, {
      number: '4',
      title: { en: 'Item' },
      documents: [],
    });
    const decided = await send(t, 'POST', `/api/v1/agenda-items/${item.row.id}/decisions`, secretariat, {
      method: 'vote',
      vote: vote.id,
      summary: { en: 'Rejected by vote.' },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(decided.json<{ data: { tally: unknown } }>().data.tally).toEqual(closed.result);
    const log = await send(t, 'GET', `/api/v1/meetings/${room.meeting}/decisions`);
    expect(log.json<{ data: { tally: unknown }[] }>().data.map((decision) => decision.tally)).toEqual([closed.result]);
    // Reading writes nothing: the stored tally stays as it was.
    const [row] = await t.db.select().from(schema.votes).where(eq(schema.votes.id, vote.id));
    expect(row?.result).toEqual(legacy);
  });
});

describe('votes on agenda items', () => {
  it('hangs a vote on an agenda item of the meeting, which can then no longer be deleted', async () => {
    const room = await votingRoom(t, ['EGY']);
    const item = await createAgendaItem(t.as(operator), room.meeting, {
      number: '7',
      title: { en: 'Elections' },
      documents: [],
    });
    const vote = await makeVote(t, secretariat, room.meeting, { agendaItem: item.row.id });
    expect(vote.agendaItemId).toBe(item.row.id);
    await refused(
      () =>
        t.app.inject({ method: 'DELETE', url: `/api/v1/agenda-items/${item.row.id}`, headers: secretariat.headers }),
      409,
      'agenda_item_in_use',
    );
    const other = await votingRoom(t, ['TUN']);
    await refused(
      () =>
        send(t, 'POST', `/api/v1/meetings/${other.meeting}/votes`, secretariat, {
          title: { en: 'x' },
          kind: 'question',
          method: 'secret',
          agendaItem: item.row.id,
        }),
      400,
      'validation_failed',
      { path: ['agendaItem'], issue: 'agenda_item_of_another_meeting' },
    );
  });
});

describe('elections to officer posts', () => {
  it('takes the standing nominations of the post as candidates, and appoints those elected', async () => {
    const room = await votingRoom(t, ['EGY', 'TUN', 'MAR']);
    const nominate = (candidateName: string, state: string) =>
      createNomination(t.as(operator), room.meeting, {
        group: 'SG1',
        post: 'chair',
        candidateName,
        gender: 'female',
        candidateState: state,
        termsServed: 0,
        nominatingState: state,
      });
    const amal = await nominate('Amal Idris', 'EGY');
    const hind = await nominate('Hind Ben Ali', 'TUN');
    const vote = await makeVote(t, secretariat, room.meeting, {
      title: { en: 'Election of the chair of Study Group 1' },
      kind: 'election',
      officerPost: { group: 'SG1', post: 'chair' },
    });
    expect(vote).toMatchObject({
      seats: 1,
      officerPost: { group: 'SG1', post: 'chair' },
      candidates: [
        { id: amal.id, label: 'Amal Idris (EGY)' },
        { id: hind.id, label: 'Hind Ben Ali (TUN)' },
      ],
    });
    await openVote(t, secretariat, vote.id);
    await cast(t, room.voters.EGY!, vote.id, 'EGY', [amal.id]);
    await cast(t, room.voters.TUN!, vote.id, 'TUN', [hind.id]);
    await cast(t, room.voters.MAR!, vote.id, 'MAR', [amal.id]);
    const closed = await closeVote(t, secretariat, vote.id);
    expect(closed.result).toMatchObject({ result: 'elected', elected: [amal.id] });
    const rows = await t.db.select().from(schema.nominations).where(eq(schema.nominations.meetingId, vote.meetingId));
    expect(rows.map((row) => [row.candidateName, row.status, row.appointedBy, row.voteId]).sort()).toEqual([
      ['Amal Idris', 'appointed', 'election', vote.id],
      ['Hind Ben Ali', 'standing', null, null],
    ]);
    const closeAudit = await auditRowsOf(t.db, vote.id, 'vote.close');
    expect(closeAudit[0]!.changes.appointed).toEqual({ before: null, after: [amal.id] });
    // The seat is filled: a new election to the post has no seat left.
    await refused(
      () =>
        send(t, 'POST', `/api/v1/meetings/${room.meeting}/votes`, secretariat, {
          title: { en: 'Again' },
          kind: 'election',
          method: 'secret',
          officerPost: { group: 'SG1', post: 'chair' },
        }),
      400,
      'validation_failed',
      { path: ['officerPost'], issue: 'seats_full' },
    );
    await refused(
      () =>
        send(t, 'POST', `/api/v1/meetings/${room.meeting}/votes`, secretariat, {
          title: { en: 'None' },
          kind: 'election',
          method: 'secret',
          officerPost: { group: 'TDAG', post: 'vice-chair' },
        }),
      400,
      'validation_failed',
      { path: ['officerPost'], issue: 'no_candidates' },
    );
  });
});
