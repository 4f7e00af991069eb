import { randomUUID } from 'node:crypto';
import type { CastReceipt, CreateVoteBody, Vote } from '@tansiq/api';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { signedIn, type SignedIn } from './account-helpers.ts';
import { checkInAll, delegationBody, makeProxy } from './delegation-helpers.ts';
import { putDelegation } from '../src/modules/delegations/delegation.service.ts';
import { makeMeeting, operator, type TestApp } from './helpers.ts';

/** A meeting with delegations, presence and proxies, and the signed-in voting delegate of each state. */
export interface VotingRoom {
  meeting: string;
  /** The voting delegate of each delegation, signed in (role delegate, e-mail as the delegation names it). */
  voters: Record<string, SignedIn>;
}

/**
 * A meeting of its own where `states` have delegations whose voting delegate is a signed-in delegate; `present`
 * are checked in (all by default) and `proxies` (giver to holder) given before.
 */
export async function votingRoom(
  t: TestApp,
  states: string[],
  options: { present?: string[]; proxies?: Record<string, string> } = {},
): Promise<VotingRoom> {
  const { meeting } = await makeMeeting(t);
  const voters: Record<string, SignedIn> = {};
  for (const state of states) {
    const email = `voter-${state.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`;
    const body = delegationBody();
    body.members = body.members.map((member) => (member.name === 'Laila Nasser' ? { ...member, email } : member));
    await putDelegation(t.as(operator), meeting.code, state, body);
    voters[state] = await signedIn(t, 'delegate', { memberStateIso3: state, email, name: `Voter of ${state}` });
  }
  const present = options.present ?? states.filter((state) => options.proxies?.[state] === undefined);
  for (const [giver, holder] of Object.entries(options.proxies ?? {})) {
    await makeProxy(t, meeting.code, giver, holder);
  }
  await checkInAll(t, meeting.code, present);
  return { meeting: meeting.code, voters };
}

export function send(
  t: TestApp,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  caller?: SignedIn,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: caller?.headers ?? {},
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Creates a vote through the API as `secretariat`; answers it. */
export async function makeVote(
  t: TestApp,
  secretariat: SignedIn,
  meeting: string,
  body: Partial<CreateVoteBody> = {},
): Promise<Vote> {
  const response = await send(t, 'POST', `/api/v1/meetings/${meeting}/votes`, secretariat, {
    title: { en: 'Adopt the revision of Resolution 9', ar: 'اعتماد مراجعة القرار 9' },
    kind: 'question',
    method: 'secret',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: Vote }>().data;
}

export async function openVote(t: TestApp, secretariat: SignedIn, id: string, payload: object = {}): Promise<Vote> {
  const response = await send(t, 'POST', `/api/v1/votes/${id}/open`, secretariat, payload);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Vote }>().data;
}

export async function closeVote(t: TestApp, secretariat: SignedIn, id: string): Promise<Vote> {
  const response = await send(t, 'POST', `/api/v1/votes/${id}/close`, secretariat);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ data: Vote }>().data;
}

export function castAs(t: TestApp, voter: SignedIn, id: string, state: string, choice: unknown) {
  return send(t, 'POST', `/api/v1/votes/${id}/ballots`, voter, { state, choice });
}

/** Casts a ballot that must be taken; answers its receipt. */
export async function cast(t: TestApp, voter: SignedIn, id: string, state: string, choice: unknown): Promise<string> {
  const response = await castAs(t, voter, id, state, choice);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ data: CastReceipt }>().data.receipt;
}
