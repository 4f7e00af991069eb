import type { ConsolidationDraft, Decision, DecisionStatement } from '@tansiq/api';
import { schema } from '@tansiq/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from '../src/modules/consolidation/consolidation.service.ts';
import { recordDecision } from '../src/modules/decisions/decision.service.ts';
import { makeUser, signedIn, type SignedIn } from './account-helpers.ts';
import { consolidationApi, makeFixture } from './consolidation-helpers.ts';
import { insertVote, makeAgendaItem } from './decision-write-routes.ts';
import {
  auditRowsOf,
  expectApiError,
  getData,
  makeMeeting,
  openTestApp,
  operator,
  tableRows,
  TEST_NOW,
  type TestApp,
} from './helpers.ts';

let t: TestApp;
let secretariat: SignedIn;
let egyptFocalPoint: SignedIn;
let delegate: SignedIn;

beforeAll(async () => {
  t = await openTestApp();
  secretariat = await signedIn(t, 'secretariat');
  egyptFocalPoint = await signedIn(t, 'focal-point');
  delegate = await signedIn(t, 'delegate');
});

afterAll(async () => {
  await t?.close();
});

function post(url: string, payload: object, caller: SignedIn = secretariat) {
  return t.app.inject({ method: 'POST', url, headers: caller.headers, payload });
}

const decide = (itemId: string, payload: object, caller?: SignedIn) =>
  post(`/api/v1/agenda-items/${itemId}/decisions`, payload, caller);

/** Every row a decision or an adoption may write: the counted tables and those of this work. */
async function everything() {
  return {
    ...(await tableRows(t.db)),
    decisions: await t.db.select().from(schema.decisions),
    decisionStatements: await t.db.select().from(schema.decisionStatements),
    liveEvents: await t.db.select().from(schema.liveEvents),
    consolidationDrafts: await t.db.select().from(schema.consolidationDrafts),
  };
}

async function refusedWithNothingWritten(
  send: () => ReturnType<typeof post>,
  status: number,
  code: string,
  expected?: { path: (string | number)[]; issue?: string },
) {
  const before = await everything();
  expectApiError(await send(), status, code, expected);
  expect(await everything()).toEqual(before);
}

describe('recording a decision', () => {
  it('records a consensus decision with its audit row and live event, and lists it by item and by meeting', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    const response = await decide(itemId, {
      method: 'consensus',
      outcome: 'adopted',
      summary: { en: 'The conference adopted the Resolution.', fr: 'La conférence a adopté la Résolution.' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const decision = response.json<{ data: Decision }>().data;
    expect(decision).toMatchObject({
      meetingId: meeting.id,
      agendaItemId: itemId,
      method: 'consensus',
      outcome: 'adopted',
      voteId: null,
      tally: null,
      consolidationDraftId: null,
      statements: [],
    });
    const [audit] = await auditRowsOf(t.db, decision.id, 'decision.record');
    expect(audit?.changes).toMatchObject({
      method: { before: null, after: 'consensus' },
      outcome: { after: 'adopted' },
    });
    const events = await t.db.select().from(schema.liveEvents).where(eq(schema.liveEvents.meetingId, meeting.id));
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      ['decision.recorded', { decisionId: decision.id, agendaItemId: itemId, outcome: 'adopted', method: 'consensus' }],
    ]);
    expect(await getData<Decision[]>(t, `/api/v1/agenda-items/${itemId}/decisions`)).toEqual([decision]);
    expect(await getData<Decision[]>(t, `/api/v1/meetings/${meeting.code}/decisions`)).toEqual([decision]);
  });

  it('lists a meeting’s decisions in agenda order, whatever order they were taken in', async () => {
    const { meeting, itemId: second } = await makeAgendaItem(t, undefined, '4');
    const { itemId: first } = await makeAgendaItem(t, meeting.code, '3');
    await t.db.update(schema.agendaItems).set({ position: 0 }).where(eq(schema.agendaItems.id, first));
    const ctx = t.as(operator);
    // Decisions are taken one after another: each a minute later (the test clock stands still otherwise).
    const at = (minutes: number) => t.clock.set(new Date(TEST_NOW.getTime() + minutes * 60_000));
    try {
      at(1);
      await recordDecision(ctx, second, { method: 'consensus', outcome: 'noted', summary: { en: 'Noted.' } });
      at(2);
      await recordDecision(ctx, first, { method: 'consensus', outcome: 'postponed', summary: { en: 'Later.' } });
      at(3);
      await recordDecision(ctx, first, { method: 'consensus', outcome: 'adopted', summary: { en: 'Adopted.' } });
    } finally {
      t.clock.set(TEST_NOW);
    }
    const log = await getData<Decision[]>(t, `/api/v1/meetings/${meeting.code}/decisions`);
    expect(log.map((decision) => [decision.agendaItemId, decision.outcome])).toEqual([
      [first, 'postponed'],
      [first, 'adopted'],
      [second, 'noted'],
    ]);
  });

  it('wakes the live stream after the commit', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    const woken: string[] = [];
    await recordDecision({ ...t.as(operator), live: { notify: (id) => woken.push(id) } }, itemId, {
      method: 'consensus',
      outcome: 'rejected',
      summary: { en: 'Rejected.' },
    });
    expect(woken).toEqual([meeting.id]);
  });

  it('records a decision by a closed vote: the outcome and tally follow the vote, and its draft', async () => {
    const fixture = await makeFixture(t);
    const { itemId } = await makeAgendaItem(t, fixture.meeting.code);
    const draft = await createDraft(t.as(operator), {
      meeting: fixture.meeting.code,
      version: fixture.versionId,
      language: 'en',
      owner: (await makeUser(t, 'chair')).user.id,
    });
    const vote = await insertVote(t, {
      meetingId: fixture.meeting.id,
      agendaItemId: itemId,
      consolidationDraftId: draft.draft.id,
    });
    const response = await decide(itemId, { method: 'vote', vote, summary: { en: 'Adopted by vote.' } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ data: Decision }>().data).toMatchObject({
      method: 'vote',
      outcome: 'adopted',
      voteId: vote,
      tally: { quorum: true, votesCast: 15, abstentions: 2, result: 'adopted', elected: [], nextRound: [] },
      consolidationDraftId: draft.draft.id,
    });
  });

  it.each(['rejected', 'postponed', 'elected'])(
    'takes the outcome %s from the vote, on no item too',
    async (result) => {
      const { meeting, itemId } = await makeAgendaItem(t);
      const vote = await insertVote(t, {
        meetingId: meeting.id,
        result,
        kind: result === 'elected' ? 'election' : 'question',
      });
      const response = await decide(itemId, { method: 'vote', vote, summary: { en: 'As voted.' } });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<{ data: Decision }>().data.outcome).toBe(result);
    },
  );
});

describe('refusals, with nothing written', () => {
  it('refuses whoever is not the secretariat', async () => {
    const { itemId } = await makeAgendaItem(t);
    const body = { method: 'consensus', outcome: 'adopted', summary: { en: 'Adopted.' } };
    await refusedWithNothingWritten(() => decide(itemId, body, egyptFocalPoint), 403, 'forbidden');
    await refusedWithNothingWritten(() => decide(itemId, body, delegate), 403, 'forbidden');
  });

  it('refuses a bad body on its field', async () => {
    const { itemId } = await makeAgendaItem(t);
    await refusedWithNothingWritten(
      () => decide(itemId, { method: 'consensus', outcome: 'elected', summary: { en: 'No.' } }),
      400,
      'validation_failed',
      { path: ['outcome'] },
    );
    await refusedWithNothingWritten(
      () => decide(itemId, { method: 'vote', summary: { en: 'No vote named.' } }),
      400,
      'validation_failed',
      { path: ['vote'] },
    );
    await refusedWithNothingWritten(
      () => decide(itemId, { method: 'consensus', outcome: 'adopted', summary: { en: ' ' } }),
      400,
      'validation_failed',
      { path: ['summary', 'en'] },
    );
  });

  it('refuses an unknown item, vote or draft, and a draft of another meeting', async () => {
    const { itemId } = await makeAgendaItem(t);
    const body = { method: 'consensus', outcome: 'adopted', summary: { en: 'Adopted.' } };
    await refusedWithNothingWritten(() => decide('00000000-0000-4000-8000-000000000000', body), 404, 'not_found', {
      path: ['params', 'id'],
    });
    await refusedWithNothingWritten(
      () => decide(itemId, { method: 'vote', vote: '00000000-0000-4000-8000-000000000000', summary: { en: 'X' } }),
      404,
      'not_found',
      { path: ['vote'] },
    );
    await refusedWithNothingWritten(
      () => decide(itemId, { ...body, consolidationDraft: '00000000-0000-4000-8000-000000000000' }),
      404,
      'not_found',
      { path: ['consolidationDraft'] },
    );
    const fixture = await makeFixture(t);
    const draft = await createDraft(t.as(operator), {
      meeting: fixture.meeting.code,
      version: fixture.versionId,
      language: 'en',
      owner: (await makeUser(t, 'chair')).user.id,
    });
    await refusedWithNothingWritten(
      () => decide(itemId, { ...body, consolidationDraft: draft.draft.id }),
      400,
      'validation_failed',
      { path: ['consolidationDraft'], issue: 'draft_of_another_meeting' },
    );
  });

  it('refuses a vote of another meeting or item, not closed, that decided nothing, or already decided', async () => {
    const { meeting, itemId } = await makeAgendaItem(t);
    const { itemId: otherItem } = await makeAgendaItem(t, meeting.code, '4');
    const elsewhere = (await makeMeeting(t)).meeting;
    const byVote = (vote: string) => () => decide(itemId, { method: 'vote', vote, summary: { en: 'Voted.' } });
    const cases: [string, Parameters<typeof insertVote>[1]][] = [
      ['vote_of_another_meeting', { meetingId: elsewhere.id }],
      ['vote_of_another_item', { meetingId: meeting.id, agendaItemId: otherItem }],
      ['vote_not_closed', { meetingId: meeting.id, status: 'open', result: null }],
      ['vote_not_closed', { meetingId: meeting.id, status: 'draft', result: null }],
      ['nothing_decided', { meetingId: meeting.id, result: 'inconclusive', kind: 'election' }],
      ['nothing_decided', { meetingId: meeting.id, result: 'no-quorum' }],
    ];
    for (const [issue, values] of cases) {
      await refusedWithNothingWritten(byVote(await insertVote(t, values)), 409, 'vote_refused', {
        path: ['vote'],
        issue,
      });
    }
    const vote = await insertVote(t, { meetingId: meeting.id, agendaItemId: itemId });
    expect((await byVote(vote)()).statusCode).toBe(201);
    await refusedWithNothingWritten(byVote(vote), 409, 'already_decided', { path: ['vote'], issue: 'already_decided' });
  });
});

describe('reservations and declarations', () => {
  it('lets the focal point of a state and the secretariat attach them; the log shows them in order', async () => {
    const { itemId } = await makeAgendaItem(t);
    const view = await recordDecision(t.as(operator), itemId, {
      method: 'consensus',
      outcome: 'adopted',
      summary: { en: 'Adopted.' },
    });
    const url = `/api/v1/decisions/${view.row.id}/statements`;
    const reservation = await post(
      url,
      { memberState: 'EGY', kind: 'reservation', text: 'Egypt reserves its position on resolves 2.' },
      egyptFocalPoint,
    );
    expect(reservation.statusCode, reservation.body).toBe(201);
    const statement = reservation.json<{ data: DecisionStatement }>().data;
    expect(statement).toMatchObject({ memberState: 'EGY', kind: 'reservation' });
    const [audit] = await auditRowsOf(t.db, statement.id, 'decision.statement');
    expect(audit?.changes).toMatchObject({
      decision: { after: view.row.id },
      memberState: { after: 'EGY' },
      kind: { after: 'reservation' },
    });
    // A minute later: the log is in the order statements were made (the test clock stands still otherwise).
    t.clock.set(new Date(TEST_NOW.getTime() + 60_000));
    const declaration = await post(url, { memberState: 'TUN', kind: 'declaration', text: 'Tunisia declares.' });
    t.clock.set(TEST_NOW);
    expect(declaration.statusCode, declaration.body).toBe(201);
    const [decision] = await getData<Decision[]>(t, `/api/v1/agenda-items/${itemId}/decisions`);
    expect(decision?.statements.map((entry) => [entry.memberState, entry.kind])).toEqual([
      ['EGY', 'reservation'],
      ['TUN', 'declaration'],
    ]);
  });

  it('refuses another state’s focal point, a delegate, an unknown decision or state and a bad kind', async () => {
    const { itemId } = await makeAgendaItem(t);
    const view = await recordDecision(t.as(operator), itemId, {
      method: 'consensus',
      outcome: 'adopted',
      summary: { en: 'Adopted.' },
    });
    const url = `/api/v1/decisions/${view.row.id}/statements`;
    const body = { memberState: 'TUN', kind: 'reservation', text: 'A reservation.' };
    await refusedWithNothingWritten(() => post(url, body, egyptFocalPoint), 403, 'forbidden');
    await refusedWithNothingWritten(() => post(url, { ...body, memberState: 'EGY' }, delegate), 403, 'forbidden');
    await refusedWithNothingWritten(
      () => post('/api/v1/decisions/00000000-0000-4000-8000-000000000000/statements', body),
      404,
      'not_found',
      { path: ['params', 'id'] },
    );
    await refusedWithNothingWritten(() => post(url, { ...body, memberState: 'XXX' }), 404, 'not_found', {
      path: ['memberState'],
    });
    await refusedWithNothingWritten(() => post(url, { ...body, kind: 'objection' }), 400, 'validation_failed', {
      path: ['kind'],
    });
    await refusedWithNothingWritten(() => post(url, { ...body, text: '  ' }), 400, 'validation_failed', {
      path: ['text'],
    });
  });
});

describe('adoption of a consolidated text by vote', () => {
  async function openDraft() {
    const fixture = await makeFixture(t);
    const owner = (await makeUser(t, 'chair')).user;
    const view = await createDraft(t.as(operator), {
      meeting: fixture.meeting.code,
      version: fixture.versionId,
      language: 'en',
      owner: owner.id,
    });
    return { fixture, id: view.draft.id };
  }

  it('adopts a draft by the vote that adopted it (adoptedBy vote); without a vote, by consensus', async () => {
    const { fixture, id } = await openDraft();
    const vote = await insertVote(t, { meetingId: fixture.meeting.id, consolidationDraftId: id });
    const api = consolidationApi(t, secretariat.headers);
    const adopted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/consolidation-drafts/${id}/adopt`,
      headers: secretariat.headers,
      payload: { expectedRevision: 0, vote },
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json<{ data: ConsolidationDraft }>().data.adoption?.adoptedBy).toBe('vote');
    const [audit] = await auditRowsOf(t.db, id, 'consolidation.draft.adopt');
    expect(audit?.changes).toMatchObject({ adoptedBy: { after: 'vote' }, vote: { after: vote } });

    const other = await openDraft();
    const byConsensus = await api.adopt(other.id, 0);
    expect(byConsensus.statusCode, byConsensus.body).toBe(200);
    expect(byConsensus.json<{ data: ConsolidationDraft }>().data.adoption?.adoptedBy).toBe('consensus');
  });

  it('refuses a vote that did not adopt this draft, on the field vote, with nothing written', async () => {
    const { fixture, id } = await openDraft();
    const { id: otherDraft } = await openDraft();
    const elsewhere = (await makeMeeting(t)).meeting;
    const adopt = (vote: string) => () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/consolidation-drafts/${id}/adopt`,
        headers: secretariat.headers,
        payload: { expectedRevision: 0, vote },
      });
    const meetingId = fixture.meeting.id;
    const cases: [string, Parameters<typeof insertVote>[1]][] = [
      ['vote_of_another_meeting', { meetingId: elsewhere.id, consolidationDraftId: id }],
      ['vote_of_another_draft', { meetingId, consolidationDraftId: otherDraft }],
      ['vote_of_another_draft', { meetingId }],
      ['vote_not_closed', { meetingId, consolidationDraftId: id, status: 'open', result: null }],
      ['vote_not_adopted', { meetingId, consolidationDraftId: id, result: 'rejected' }],
      ['vote_not_adopted', { meetingId, consolidationDraftId: id, result: 'no-quorum' }],
    ];
    for (const [issue, values] of cases) {
      await refusedWithNothingWritten(adopt(await insertVote(t, values)), 409, 'vote_refused', {
        path: ['vote'],
        issue,
      });
    }
    await refusedWithNothingWritten(adopt('00000000-0000-4000-8000-000000000000'), 404, 'not_found', {
      path: ['vote'],
    });
    await refusedWithNothingWritten(adopt('not-a-uuid'), 400, 'validation_failed', { path: ['vote'] });
  });
});
