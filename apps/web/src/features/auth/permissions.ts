import type { Role, User } from '@tansiq/api';
import { ROLES } from '@tansiq/domain';

/** What a signed-in person may see and do in the web app. The server checks every right again. */

/** Every role, in the order the interface lists them: the domain's list. */
export { ROLES };

/** The roles a focal point may give to the people of its own administration or entity. */
const FOCAL_POINT_GRANTABLE: readonly Role[] = ['focal-point', 'delegate', 'observer'];

type Person = (Pick<User, 'role'> & Partial<Pick<User, 'id' | 'memberStateIso3' | 'entityId'>>) | null | undefined;

const isSecretariat = (user: Person) => user?.role === 'secretariat';

/** The secretariat creates and edits meetings. */
export function canEditMeetings(user: Person): boolean {
  return isSecretariat(user);
}

/** The secretariat reads the audit trail. */
export function canReadAudit(user: Person): boolean {
  return isSecretariat(user);
}

/** The secretariat manages every user; a focal point the users of its own administration or entity. */
export function canManageUsers(user: Person): boolean {
  return isSecretariat(user) || user?.role === 'focal-point';
}

/** The roles `user` may give when creating or editing a user. */
export function grantableRoles(user: Person): readonly Role[] {
  if (isSecretariat(user)) {
    return ROLES;
  }
  return user?.role === 'focal-point' ? FOCAL_POINT_GRANTABLE : [];
}

/** True when two people act for the same Member State administration or member entity. */
function sameAdministration(a: NonNullable<Person>, b: NonNullable<Person>): boolean {
  const state = a.memberStateIso3 ?? null;
  const entity = a.entityId ?? null;
  return (state !== null && state === b.memberStateIso3) || (entity !== null && entity === b.entityId);
}

/** Whether `user` may change `target`'s role or disable it: never themselves, a focal point only its own people. */
export function canEditUser(user: Person, target: Pick<User, 'id' | 'role' | 'memberStateIso3' | 'entityId'>): boolean {
  if (!user || user.id === target.id) {
    return false;
  }
  if (isSecretariat(user)) {
    return true;
  }
  return user.role === 'focal-point' && sameAdministration(user, target) && FOCAL_POINT_GRANTABLE.includes(target.role);
}

/** Whether `user` may see the users of the Member State `iso3`. */
export function canSeeStateUsers(user: Person, iso3: string): boolean {
  return isSecretariat(user) || (user?.role === 'focal-point' && user.memberStateIso3 === iso3);
}

/** Which attachment a role takes: an administration (Member State or entity), an organization, or none. */
export type ScopeKind = 'administration' | 'optional-administration' | 'organization' | 'none';

/** The attachment a new user of `role` needs (the domain's `userScopeIssues`; the server checks them). */
export function scopeOf(role: Role): ScopeKind {
  switch (role) {
    case 'focal-point':
    case 'delegate':
      return 'administration';
    case 'chair':
    case 'observer':
      return 'optional-administration';
    case 'regional-coordinator':
      return 'organization';
    case 'secretariat':
      return 'none';
  }
}
