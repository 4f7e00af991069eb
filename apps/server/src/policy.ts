import {
  DomainError,
  FOCAL_POINT_GRANTABLE_ROLES,
  sameAdministration,
  type Role,
  type UserScope,
} from '@tansiq/domain';
import type { Actor, UserActor } from './actor.ts';

/** Throws `unauthenticated` for an anonymous actor. */
export function requireIdentified(actor: Actor): asserts actor is Exclude<Actor, { kind: 'anonymous' }> {
  if (actor.kind === 'anonymous') {
    throw new DomainError('unauthenticated', 'Sign in first.');
  }
}

/** Throws unless a signed-in person acts (the operator at the console has no account of its own). */
export function requireUser(actor: Actor): asserts actor is UserActor {
  requireIdentified(actor);
  if (actor.kind !== 'user') {
    throw new DomainError('forbidden', 'This needs a signed-in person.');
  }
}

/** The secretariat (or the installation's operator at the console) manages cycles, meetings, rules, users. */
export function requireSecretariat(actor: Actor, action: string): void {
  requireIdentified(actor);
  if (actor.kind === 'user' && actor.role !== 'secretariat') {
    throw new DomainError('forbidden', `Only the secretariat may ${action}.`);
  }
}

/** True for the secretariat and the operator. */
export function isSecretariat(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'secretariat');
}

/**
 * Whether `actor` may manage a person of `role` acting for `scope`: the secretariat anyone; a focal point the
 * people of its own administration or entity, in the roles it may grant; nobody else.
 */
export function requireUserManager(actor: Actor, target: { role: Role } & UserScope): void {
  requireIdentified(actor);
  if (isSecretariat(actor)) {
    return;
  }
  if (actor.kind !== 'user' || actor.role !== 'focal-point') {
    throw new DomainError('forbidden', 'Only the secretariat and focal points manage users.');
  }
  if (!sameAdministration(actor, target)) {
    throw new DomainError('forbidden', 'A focal point manages the users of its own administration or entity only.');
  }
  if (!FOCAL_POINT_GRANTABLE_ROLES.includes(target.role)) {
    throw new DomainError('forbidden', `A focal point may not give the role ${target.role}.`);
  }
}
