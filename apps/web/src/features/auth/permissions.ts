import type { Role } from '@tansiq/api';

/**
 * The roles as the interface lists and attaches them. Who may see and do what is the domain's
 * (`packages/domain/src/policies/`), which the server checks again.
 */

/** Every role, in the order the interface lists them. */
export const ROLES: readonly Role[] = [
  'secretariat',
  'focal-point',
  'regional-coordinator',
  'chair',
  'delegate',
  'observer',
];

/** Which attachment a role takes: an administration (Member State or entity), an organization, or none. */
export type ScopeKind = 'administration' | 'optional-administration' | 'organization' | 'none';

/** The attachment a new user of `role` needs (DOMAIN rules; the server checks them). */
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
