import { randomUUID } from 'node:crypto';
import { schema } from '@tansiq/db';
import type { Role, VoteResult } from '@tansiq/domain';
import { createAgendaItem } from '../src/modules/agenda/agenda.service.ts';
import { recordDecision } from '../src/modules/decisions/decision.service.ts';
import { makeMeeting, operator, type TestApp } from './helpers.ts';
import type { RefusedScope, WriteRoute } from './write-routes.ts';

const createdId = (body: unknown) => (body as { data: { id: string } }).data.id;
const SECRETARIAT: readonly Role[] = ['secretariat'];
/** Who speaks for a Member State: the secretariat, and that state's focal point (Egypt's, by default). */
const FOR_THE_STATE: readonly Role[] = ['secretariat', 'focal-point'];
const TUNISIAN_FOCAL_POINT: RefusedScope[] = [
  {
    label: 'a focal point of Tunisia',
    role: 'focal-point',
    scope: { memberStateIso3: 'TUN', entityId: null, organizationCode: null },
    status: 403,
    code: 'forbidden',
  },
];

/** An agenda item of a meeting of its own. */
export async function makeAgendaItem(
  t: TestApp,
  meetingCode?: string,
  number = '3',
): Promise<{ meeting: { id: string; code: string }; itemId: string }> {
  const meeting = meetingCode === undefined ? (await makeMeeting(t)).meeting : { code: meetingCode };
  const { row } = await createAgendaItem(t.as(operator), meeting.code, {
    number,
    title: { en: `Item ${number}` },
    documents: [],
  });
  return { meeting: { id: row.meetingId, code: meeting.code }, itemId: row.id };
}

let voteNumber = 0;

/**
 * A vote row written straight into `votes` with drizzle: the votes service is built apart (apps/server/src/modules/
 * votes/), and a decision only reads a vote's meeting, item, status, result and draft, so the tests make the row
 * they need, closed with `result` unless told otherwise.
 */
export async function insertVote(
  t: TestApp,
  values: {
    meetingId: string;
    agendaItemId?: string | null;
    result?: string | null;
    status?: 'draft' | 'open' | 'closed';
    kind?: 'question' | 'election';
    consolidationDraftId?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  const result = values.result === undefined ? 'adopted' : values.result;
  voteNumber += 1;
  await t.db.insert(schema.votes).values({
    id,
    meetingId: values.meetingId,
    number: voteNumber,
    agendaItemId: values.agendaItemId ?? null,
    title: { en: `Vote ${voteNumber}` },
    kind: values.kind ?? 'question',
    method: 'show-of-hands',
    seats: 0,
    candidates: [],
    rules: { quorum: 'majority', majority: 'simple', abstentionsPostpone: true, maxProxies: 1, runoff: 'top-two' },
    consolidationDraftId: values.consolidationDraftId ?? null,
    status: values.status ?? 'closed',
    counts: { yes: 12, no: 3, abstain: 2 },
    result:
      result === null
        ? null
        : {
            quorum: result !== 'no-quorum',
            votesCast: 15,
            abstentions: 2,
            result: result as VoteResult,
            elected: [],
            nextRound: [],
            votesFor: 12,
            votesAgainst: 3,
            blankBallots: 0,
            invalidBallots: 0,
            majority: 'simple',
            majorityRequired: 8,
            statesCounted: 17,
            electorate: 20,
            quorumRequired: 11,
            candidates: [],
          },
    createdBy: 'test operator',
  });
  return id;
}

/** A decision by consensus on an item of a meeting of its own; answers its id. */
async function decision(t: TestApp): Promise<string> {
  const { itemId } = await makeAgendaItem(t);
  const view = await recordDecision(t.as(operator), itemId, {
    method: 'consensus',
    outcome: 'adopted',
    summary: { en: 'Adopted.' },
  });
  return view.row.id;
}

/** The write routes of the decisions log. */
export const DECISION_WRITE_ROUTES: Record<string, WriteRoute> = {
  'POST /api/v1/agenda-items/{id}/decisions': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting, itemId } = await makeAgendaItem(t);
      const vote = await insertVote(t, { meetingId: meeting.id, agendaItemId: itemId });
      return {
        method: 'POST',
        url: `/api/v1/agenda-items/${itemId}/decisions`,
        payload: { method: 'vote', vote, summary: { en: 'Adopted by vote.' } },
        status: 201,
        audit: { action: 'decision.record', entityType: 'decision', entityId: createdId },
      };
    },
  },
  'POST /api/v1/decisions/{id}/statements': {
    allowed: FOR_THE_STATE,
    refusedScopes: TUNISIAN_FOCAL_POINT,
    prepare: async (t) => {
      const id = await decision(t);
      return {
        method: 'POST',
        url: `/api/v1/decisions/${id}/statements`,
        payload: { memberState: 'EGY', kind: 'reservation', text: 'Egypt reserves its position.' },
        status: 201,
        audit: { action: 'decision.statement', entityType: 'decision-statement', entityId: createdId },
      };
    },
  },
};
