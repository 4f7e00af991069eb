import type { Delegation, PutDelegationBody, User } from '@tansiq/api';
import { DELEGATION_ROLES, type DelegationRole } from '@tansiq/domain';
import type { z } from 'zod';

/** The roles of a delegation's members, in the order the form offers them. */
export { DELEGATION_ROLES, type DelegationRole };

/** One row of the composition form; `key` keeps a row's identity while rows are added and removed. */
export interface MemberRow {
  key: number;
  name: string;
  role: DelegationRole;
  /** The e-mail address as typed ('' for none): the voting delegate signs in with it to cast the ballots. */
  email: string;
}

/** The composition form's values: the rows and the key of the row that casts the vote (null: the head). */
export interface DelegationFormValues {
  members: MemberRow[];
  voter: number | null;
}

/** The form for a state: its registered composition, or a blank head. */
export function delegationFormValues(delegation: Pick<Delegation, 'members' | 'votingDelegate'> | undefined) {
  if (!delegation || delegation.members.length === 0) {
    return { members: [{ key: 0, name: '', role: 'head', email: '' }], voter: null } satisfies DelegationFormValues;
  }
  const members = delegation.members.map((member, key) => ({
    key,
    name: member.name,
    role: member.role,
    email: member.email ?? '',
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

/** The body of the PUT: every row with its e-mail address (null when none is given), and the voter by name. */
export function putDelegationBody(values: DelegationFormValues): z.input<typeof PutDelegationBody> {
  const voter = values.members.find((member) => member.key === values.voter);
  return {
    members: values.members.map((member) => ({
      name: member.name.trim(),
      role: member.role,
      email: member.email.trim() === '' ? null : member.email.trim(),
    })),
    votingDelegate: voter === undefined ? null : voter.name.trim(),
  };
}

/** The form's field names for the API's issue paths: `members.<i>.name`, `.role`, `.email`, `members`, `votingDelegate`. */
export function delegationFields(rows: number): string[] {
  const fields = ['members', 'votingDelegate'];
  for (let index = 0; index < rows; index++) {
    fields.push(`members.${index}.name`, `members.${index}.role`, `members.${index}.email`);
  }
  return fields;
}

/** A registered user a member's row may be filled from. */
export type RegisteredUser = Pick<User, 'email' | 'name' | 'memberStateIso3' | 'disabledAt'>;

/** The users a member of `state`'s delegation may be picked from: the state's accounts that can sign in, by name. */
export function registeredUsersOf<T extends RegisteredUser>(users: readonly T[], state: string, locale: string): T[] {
  const collator = new Intl.Collator(locale);
  return users
    .filter((user) => user.memberStateIso3 === state && user.disabledAt === null)
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.email, b.email));
}

/** The registered user a row names by its e-mail address (compared lower-case), if any. */
export function userOfRow<T extends RegisteredUser>(row: MemberRow, users: readonly T[]): T | undefined {
  const email = row.email.trim().toLowerCase();
  return email === '' ? undefined : users.find((user) => user.email.toLowerCase() === email);
}

/** A row filled from a registered user: the user's address, and the user's name when the row has none yet. */
export function pickUser(row: MemberRow, user: RegisteredUser): MemberRow {
  return { ...row, email: user.email, name: row.name.trim() === '' ? user.name : row.name };
}

/**
 * What the delegation page says of the registered voting delegate, from the server's answer: who it is and
 * whether it can cast the state's ballots (`can-vote`), has an account that cannot (`account-cannot-vote`: not a
 * delegate or the focal point), or has no account of the state with its address (`no-account`).
 */
export function votingDelegateStanding(
  delegation: Pick<Delegation, 'members' | 'votingDelegateCanVote'>,
): { name: string; role: DelegationRole; standing: 'can-vote' | 'account-cannot-vote' | 'no-account' } | null {
  const voter = delegation.members.find((member) => member.votingDelegate);
  if (voter === undefined) {
    return null;
  }
  const standing = delegation.votingDelegateCanVote
    ? 'can-vote'
    : voter.hasAccount
      ? 'account-cannot-vote'
      : 'no-account';
  return { name: voter.name, role: voter.role, standing };
}

/** The states a proxy may go to: those with a delegation at the meeting, but the giver. */
export function proxyHolders(delegations: readonly Pick<Delegation, 'memberState'>[], giver: string): string[] {
  return delegations.map((delegation) => delegation.memberState).filter((iso3) => iso3 !== giver);
}
