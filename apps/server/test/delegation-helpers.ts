import type { PutDelegationBody } from '@tansiq/api';
import type { DocumentRow } from '@tansiq/db';
import { createSecretariatDocument } from '../src/modules/contributions/document.service.ts';
import { checkIn, giveProxy, putDelegation } from '../src/modules/delegations/delegation.service.ts';
import { operator, type TestApp } from './helpers.ts';

/** A delegation of a head, a deputy, a delegate and an adviser; the delegate casts the vote. */
export function delegationBody(overrides: Partial<PutDelegationBody> = {}): PutDelegationBody {
  return {
    members: [
      { name: 'Amina Haddad', role: 'head', email: 'amina.haddad@example.test' },
      { name: 'Karim Saleh', role: 'deputy', email: null },
      { name: 'Laila Nasser', role: 'delegate', email: null },
      { name: 'Omar Fathy', role: 'adviser', email: null },
    ],
    votingDelegate: 'Laila Nasser',
    ...overrides,
  };
}

/** Registers the delegations of `states` at `meeting` (by the operator); answers their ids by state. */
export async function makeDelegations(t: TestApp, meeting: string, states: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const iso3 of states) {
    ids[iso3] = (await putDelegation(t.as(operator), meeting, iso3, delegationBody())).id;
  }
  return ids;
}

/** Checks in the delegations of `states` (by the operator). */
export async function checkInAll(t: TestApp, meeting: string, states: string[]): Promise<void> {
  for (const iso3 of states) {
    await checkIn(t.as(operator), meeting, iso3);
  }
}

/** `giver` gives its proxy to `holder` (by the operator); answers the proxy's id. */
export async function makeProxy(t: TestApp, meeting: string, giver: string, holder: string): Promise<string> {
  return (await giveProxy(t.as(operator), meeting, giver, { holder })).id;
}

/** A published information document of `meeting` (by the operator). */
export function publishedDocument(t: TestApp, meeting: string): Promise<DocumentRow> {
  return createSecretariatDocument(t.as(operator), {
    meeting,
    series: 'INF',
    title: { en: 'Draft agenda' },
    originalLanguage: 'en',
    targetBody: 'PLENARY MEETING',
    access: 'public',
  });
}
