import type { Role } from '@tansiq/api';
import { ROLES } from '@tansiq/domain';

/**
 * The roles as the interface lists and attaches them. Who may see and do what is the domain's
 * (`packages/domain/src/policies/`), which the server checks again.
 */

/** Every role, in the order the interface lists them: the domain's list. */
export { ROLES };

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
    case 'translator':
      return 'none';
  }
}
