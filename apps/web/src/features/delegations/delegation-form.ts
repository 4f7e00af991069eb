import type { Delegation, PutDelegationBody, User } from '@tansiq/api';
import type { z } from 'zod';

/** What a signed-in person may do with a meeting's delegations in the web app. The server checks every right again. */

type Person = Pick<User, 'role' | 'memberStateIso3'> | null | undefined;

/** The roles of a delegation's members, in the order the form offers them. */
export const DELEGATION_ROLES = ['head', 'deputy', 'delegate', 'adviser'] as const;
export type DelegationRole = (typeof DELEGATION_ROLES)[number];

/** The secretariat acts for every state; a focal point for its own. */
export function canActFor(user: Person, iso3: string): boolean {
  return user?.role === 'secretariat' || (user?.role === 'focal-point' && user.memberStateIso3 === iso3);
}

/** The secretariat checks delegations in and out. */
export function canCheckIn(user: Person): boolean {
  return user?.role === 'secretariat';
}

/** One row of the composition form; `key` keeps a row's identity while rows are added and removed. */
export interface MemberRow {
  key: number;
  name: string;
  role: DelegationRole;
  /** Kept as registered: the form does not edit it, and a PUT replaces the whole composition. */
  email: string | null;
}

/** The composition form's values: the rows and the key of the row that casts the vote (null: the head). */
export interface DelegationFormValues {
  members: MemberRow[];
  voter: number | null;
}

/** The form for a state: its registered composition, or a blank head. */
export function delegationFormValues(delegation: Pick<Delegation, 'members' | 'votingDelegate'> | undefined) {
  if (!delegation || delegation.members.length === 0) {
    return { members: [{ key: 0, name: '', role: 'head', email: null }], voter: null } satisfies DelegationFormValues;
  }
  const members = delegation.members.map((member, key) => ({
    key,
    name: member.name,
    role: member.role,
    email: member.email,
  }));
  const voter = delegation.members.findIndex((member) => member.votingDelegate);
  // The head votes by default: naming it explicitly is the same choice.
  const byHead = voter === -1 || delegation.members[voter]?.role === 'head';
  return { members, voter: byHead ? null : voter } satisfies DelegationFormValues;
}

/** The members who may cast the vote: named, and not advisers. */
export function possibleVoters(values: DelegationFormValues): MemberRow[] {
  return values.members.filter((member) => member.role !== 'adviser' && member.name.trim() !== '');
}

/** The body of the PUT: every row, and the voter by name (null for the head). */
export function putDelegationBody(values: DelegationFormValues): z.input<typeof PutDelegationBody> {
  const voter = values.members.find((member) => member.key === values.voter);
  return {
    members: values.members.map((member) => ({ name: member.name.trim(), role: member.role, email: member.email })),
    votingDelegate: voter === undefined ? null : voter.name.trim(),
  };
}

/** The form's field names for the API's issue paths: `members.<i>.name`, `members.<i>.role`, `members`, `votingDelegate`. */
export function delegationFields(rows: number): string[] {
  const fields = ['members', 'votingDelegate'];
  for (let index = 0; index < rows; index++) {
    fields.push(`members.${index}.name`, `members.${index}.role`);
  }
  return fields;
}

/** The states a proxy may go to: those with a delegation at the meeting, but the giver. */
export function proxyHolders(delegations: readonly Pick<Delegation, 'memberState'>[], giver: string): string[] {
  return delegations.map((delegation) => delegation.memberState).filter((iso3) => iso3 !== giver);
}
