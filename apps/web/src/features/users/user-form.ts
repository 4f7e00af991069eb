import type { CreateUserBody, Organization, Role, User, UsersQuery } from '@tansiq/api';
import { grantableRoles, canManageUsers, choosesAdministration } from '@tansiq/domain';
import type { z } from 'zod';
import { ROLES, scopeOf } from '../auth/permissions.ts';

/** The new-user form as typed; an empty select is `''`. */
export interface UserFormValues {
  email: string;
  name: string;
  role: Role | '';
  memberStateIso3: string;
  entityId: string;
  organizationCode: string;
}

export const USER_FIELDS = ['email', 'name', 'role', 'memberStateIso3', 'entityId', 'organizationCode'] as const;

/** A blank form; a focal point's new users start as delegates of its own administration. */
export function blankUserValues(actor: Pick<User, 'role' | 'memberStateIso3' | 'entityId'>): UserFormValues {
  // A focal point: it manages users but does not choose their administration.
  const fixed = canManageUsers(actor) && !choosesAdministration(actor);
  return {
    email: '',
    name: '',
    role: fixed ? 'delegate' : '',
    memberStateIso3: fixed ? (actor.memberStateIso3 ?? '') : '',
    entityId: fixed ? (actor.entityId ?? '') : '',
    organizationCode: '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The body that creates the user: the administration and organization only where the role takes them, a focal
 * point's users always in its own administration, and no password (the server generates one, shown once).
 */
export function createUserBody(
  actor: Pick<User, 'role' | 'memberStateIso3' | 'entityId'>,
  values: UserFormValues,
): z.input<typeof CreateUserBody> {
  const role = values.role === '' ? undefined : values.role;
  const scope = role === undefined ? 'none' : scopeOf(role);
  const administration = scope === 'administration' || scope === 'optional-administration';
  const fixed = !choosesAdministration(actor);
  return {
    email: values.email.trim(),
    name: values.name.trim(),
    // A missing role is left for the server to report on its field, with every other issue.
    role: role as Role,
    memberStateIso3: fixed ? actor.memberStateIso3 : administration ? orNull(values.memberStateIso3) : null,
    entityId: fixed ? actor.entityId : administration ? orNull(values.entityId) : null,
    organizationCode:
      scope === 'organization' ? (orNull(values.organizationCode) as Organization['code'] | null) : null,
  };
}

/** The users page's filters as the address carries them. */
export interface UserFilters {
  role: Role | null;
  memberState: string | null;
}

export function readUserFilters(params: URLSearchParams): UserFilters {
  const role = params.get('role');
  const memberState = params.get('memberState')?.toUpperCase() ?? '';
  return {
    role: ROLES.find((candidate) => candidate === role) ?? null,
    memberState: /^[A-Z]{3}$/.test(memberState) ? memberState : null,
  };
}

/** The API query of the filters. */
export function usersQuery(filters: UserFilters): Partial<UsersQuery> {
  return {
    limit: 500,
    ...(filters.role === null ? {} : { role: filters.role }),
    ...(filters.memberState === null ? {} : { memberState: filters.memberState }),
  };
}

/** The roles to offer for `target`: those the actor may give, and the target's current one. */
export function roleChoices(actor: Pick<User, 'role'> | null, current: Role): Role[] {
  const grantable = grantableRoles(actor);
  return ROLES.filter((role) => role === current || grantable.includes(role));
}
