import type { Role } from '@tansiq/domain';
import { putDelegation } from '../src/modules/delegations/delegation.service.ts';
import { createVote, openVote } from '../src/modules/votes/vote-lifecycle.service.ts';
import { checkInAll, delegationBody } from './delegation-helpers.ts';
import { makeMeeting, operator, type TestApp } from './helpers.ts';
import type { SignedIn } from './account-helpers.ts';
import type { WriteRoute } from './write-routes.ts';

const createdId = (body: unknown) => (body as { data: { id: string } }).data.id;
const SECRETARIAT: readonly Role[] = ['secretariat'];
const QUESTION = { title: { en: 'Adopt the draft' }, kind: 'question', agendaItem: null, rules: {} } as const;

/**
 * A meeting where Egypt's delegation is checked in, its voting delegate being `caller` (whoever it is: a caller
 * of a role that may not vote is refused all the same), and a vote by `method` of it, opened unless `draft`.
 */
async function egyptVotes(
  t: TestApp,
  caller: SignedIn,
  method: 'secret' | 'roll-call' | 'show-of-hands',
  opened = true,
): Promise<string> {
  const { meeting } = await makeMeeting(t);
  const body = delegationBody();
  body.members = body.members.map((member) =>
    member.name === 'Laila Nasser' ? { ...member, email: caller.user.email } : member,
  );
  await putDelegation(t.as(operator), meeting.code, 'EGY', body);
  await checkInAll(t, meeting.code, ['EGY']);
  const vote = await createVote(t.as(operator), meeting.code, { ...QUESTION, method });
  if (opened) {
    await openVote(t.as(operator), vote.row.id, {});
  }
  return vote.row.id;
}

/** The write routes of votes. */
export const VOTE_WRITE_ROUTES: Record<string, WriteRoute> = {
  'POST /api/v1/meetings/{meeting}/votes': {
    allowed: SECRETARIAT,
    prepare: async (t) => {
      const { meeting } = await makeMeeting(t);
      return {
        method: 'POST',
        url: `/api/v1/meetings/${meeting.code}/votes`,
        payload: { ...QUESTION, method: 'secret' },
        status: 201,
        audit: { action: 'vote.create', entityType: 'vote', entityId: createdId },
      };
    },
  },
  'POST /api/v1/votes/{id}/open': {
    allowed: SECRETARIAT,
    prepare: async (t, caller) => {
      const id = await egyptVotes(t, caller, 'roll-call', false);
      return {
        method: 'POST',
        url: `/api/v1/votes/${id}/open`,
        payload: { drawnLetter: 'E' },
        status: 200,
        audit: { action: 'vote.open', entityType: 'vote', entityId: id },
      };
    },
  },
  'POST /api/v1/votes/{id}/ballots': {
    // A secret ballot: the state's voting delegate (a delegate or its focal point), never the secretariat.
    allowed: ['focal-point', 'delegate'],
    prepare: async (t, caller) => {
      const id = await egyptVotes(t, caller, 'secret');
      return {
        method: 'POST',
        url: `/api/v1/votes/${id}/ballots`,
        payload: { state: 'EGY', choice: 'yes' },
        status: 201,
        audit: { action: 'vote.cast', entityType: 'vote', entityId: id },
      };
    },
  },
  'PUT /api/v1/votes/{id}/counts': {
    allowed: SECRETARIAT,
    prepare: async (t, caller) => {
      const id = await egyptVotes(t, caller, 'show-of-hands');
      return {
        method: 'PUT',
        url: `/api/v1/votes/${id}/counts`,
        payload: { yes: 1, no: 0, abstain: 0 },
        status: 200,
        audit: { action: 'vote.counts', entityType: 'vote', entityId: id },
      };
    },
  },
  'POST /api/v1/votes/{id}/close': {
    allowed: SECRETARIAT,
    prepare: async (t, caller) => {
      const id = await egyptVotes(t, caller, 'secret');
      return {
        method: 'POST',
        url: `/api/v1/votes/${id}/close`,
        status: 200,
        audit: { action: 'vote.close', entityType: 'vote', entityId: id },
      };
    },
  },
};
