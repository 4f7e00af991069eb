import { FOCAL_POINT_GRANTABLE_ROLES, ROLES, sameAdministration, type Role, type UserScope } from '../accounts.ts';
import { DomainError } from '../errors.ts';
import { isSecretariat, requireIdentified, stateOf, type Person, type Someone } from './person.ts';

/** A person's administration or entity, for comparing scopes. */
const scopeOf = (person: Pick<Person, 'memberStateIso3' | 'entityId' | 'organizationCode'>): UserScope => ({
  memberStateIso3: person.memberStateIso3 ?? null,
  entityId: person.entityId ?? null,
  organizationCode: person.organizationCode ?? null,
});

/** The secretariat manages every user; a focal point the users of its own administration or entity. */
export function canManageUsers(person: Someone): boolean {
  return isSecretariat(person) || person?.role === 'focal-point';
}

/** The roles `person` may give when creating or editing a user. */
export function grantableRoles(person: Someone): readonly Role[] {
  if (isSecretariat(person)) {
    return ROLES;
  }
  return person?.role === 'focal-point' ? FOCAL_POINT_GRANTABLE_ROLES : [];
}

/** Whether the person sees every user (the secretariat); a focal point sees its own administration's only. */
export function seesAllUsers(person: Someone): boolean {
  return isSecretariat(person);
}

/** Whether the person chooses the administration of new users (a focal point's are fixed to its own). */
export function choosesAdministration(person: Someone): boolean {
  return isSecretariat(person);
}

type Target = Pick<Person, 'role' | 'memberStateIso3' | 'entityId' | 'organizationCode'>;

/**
 * Whether `person` may manage a person of `target`'s role and scope: the secretariat anyone; a focal point the
 * people of its own administration or entity, in the roles it may grant; nobody else.
 */
export function canManageUser(person: Someone, target: Target): boolean {
  if (isSecretariat(person)) {
    return true;
  }
  return (
    person?.role === 'focal-point' &&
    sameAdministration(scopeOf(person), scopeOf(target)) &&
    FOCAL_POINT_GRANTABLE_ROLES.includes(target.role)
  );
}

/** Throws unless `person` may manage `target` (`canManageUser`), saying which part of the rule fails. */
export function requireUserManager(person: Someone, target: Target): asserts person is Person {
  requireIdentified(person);
  if (canManageUser(person, target)) {
    return;
  }
  if (person.role !== 'focal-point') {
    throw new DomainError('forbidden', 'Only the secretariat and focal points manage users.');
  }
  if (!sameAdministration(scopeOf(person), scopeOf(target))) {
    throw new DomainError('forbidden', 'A focal point manages the users of its own administration or entity only.');
  }
  throw new DomainError('forbidden', `A focal point may not give the role ${target.role}.`);
}

/** Whether `person` may change `target`'s role or disable it: never themselves, a focal point only its own people. */
export function canEditUser(person: Someone, target: Target & { id: string }): boolean {
  if (!person || person.id === target.id) {
    return false;
  }
  return canManageUser(person, target);
}

/** Whether `person` may see the users of the Member State `iso3`. */
export function canSeeStateUsers(person: Someone, iso3: string): boolean {
  return isSecretariat(person) || (person?.role === 'focal-point' && stateOf(person) === iso3);
}
