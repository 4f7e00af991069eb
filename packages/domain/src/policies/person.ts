import type { Role } from '../accounts.ts';
import { DomainError } from '../errors.ts';

/**
 * A person as the policies see them: a role and whom they act for (a Member State administration, a member
 * entity, an organization). The web app's signed-in user is one as it is; the server maps its actor onto one in
 * one place (`apps/server/src/policy.ts`).
 */
export interface Person {
  /** The account's id (null for the operator at the console, who has no account). */
  id?: string | null;
  role: Role;
  /** The Member State administration acted for (none when absent). */
  memberStateIso3?: string | null;
  entityId?: string | null;
  /** The organization a regional coordinator serves (none when absent). */
  organizationCode?: string | null;
  /** The address the account signs in with, where a rule needs it (the voting delegate is named by e-mail). */
  email?: string | null;
  /**
   * True for the installation's operator at the console (`tansiq` commands, the demo load): counted as the
   * secretariat by every right, but no signed-in person (it signs nothing, owns no session or token).
   */
  operator?: boolean;
}

/** Whoever acts: a person, or nobody signed in (null or undefined). */
export type Someone = Person | null | undefined;

/** The installation's operator at the console, as the policies count it: the secretariat, with no account. */
export const OPERATOR: Person = Object.freeze({
  id: null,
  role: 'secretariat',
  memberStateIso3: null,
  entityId: null,
  organizationCode: null,
  operator: true,
});

/** The Member State the person acts for, or null. */
export function stateOf(person: Someone): string | null {
  return person?.memberStateIso3 ?? null;
}

/** The organization the person serves, or null. */
export function organizationOf(person: Someone): string | null {
  return person?.organizationCode ?? null;
}

/** True for the secretariat (and the operator at the console). */
export function isSecretariat(person: Someone): boolean {
  return person?.role === 'secretariat';
}

/** True for the conference's language services (the `translator` role). */
export function isTranslator(person: Someone): boolean {
  return person?.role === 'translator';
}

/** A focal point's own Member State, or undefined for anyone else (a focal point of an entity included). */
export function focalPointState(person: Someone): string | undefined {
  return person?.role === 'focal-point' ? (person.memberStateIso3 ?? undefined) : undefined;
}

/** Throws `unauthenticated` when nobody is signed in. */
export function requireIdentified(person: Someone): asserts person is Person {
  if (person === null || person === undefined) {
    throw new DomainError('unauthenticated', 'Sign in first.');
  }
}

/** Throws unless a signed-in person acts (the operator at the console has no account of its own). */
export function requireSignedIn(person: Someone): asserts person is Person {
  requireIdentified(person);
  if (person.operator === true) {
    throw new DomainError('forbidden', 'This needs a signed-in person.');
  }
}

/**
 * Throws `unauthenticated` for nobody, `forbidden` with `message` unless `allowed` holds for the person: the
 * one shape of every `requireX` below.
 */
export function requireRight(
  person: Someone,
  allowed: (person: Person) => boolean,
  message: string,
): asserts person is Person {
  requireIdentified(person);
  if (!allowed(person)) {
    throw new DomainError('forbidden', message);
  }
}

/** Throws unless the secretariat acts: `Only the secretariat may <action>.` */
export function requireSecretariat(person: Someone, action: string): asserts person is Person {
  requireRight(person, isSecretariat, `Only the secretariat may ${action}.`);
}
