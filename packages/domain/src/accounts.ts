import type { Issue } from './errors.ts';

/** The roles of people in Tansiq. */
export const ROLES = [
  'secretariat',
  'focal-point',
  'regional-coordinator',
  'chair',
  'delegate',
  'observer',
  'translator',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Whom a person acts for: a Member State administration, a member entity, or an organization. */
export interface UserScope {
  memberStateIso3: string | null;
  entityId: string | null;
  organizationCode: string | null;
}

/**
 * What each role must (or may not) be attached to: a focal point to exactly one Member State administration or
 * member entity; a delegate to one of those; a regional coordinator to an organization and nothing else; the
 * secretariat and translators (the conference's language services) to nothing. Chairs and observers may name an
 * administration or entity. Returns every breach.
 */
export function userScopeIssues(role: string, scope: UserScope): Issue[] {
  const issues: Issue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ path: [field], code, message });
  if (!isRole(role)) {
    add('role', 'unknown_role', `Unknown role "${role}".`);
    return issues;
  }
  const administration = scope.memberStateIso3 !== null || scope.entityId !== null;
  if (scope.memberStateIso3 !== null && scope.entityId !== null) {
    add('entityId', 'one_entity_only', 'A person acts for a Member State or for an entity, not both.');
  }
  if ((role === 'focal-point' || role === 'delegate') && !administration) {
    add('memberStateIso3', 'required', `A ${role} acts for a Member State administration or a member entity.`);
  }
  if (role === 'regional-coordinator' && scope.organizationCode === null) {
    add('organizationCode', 'required', 'A regional coordinator serves an organization.');
  }
  if (role !== 'regional-coordinator' && scope.organizationCode !== null) {
    add('organizationCode', 'not_allowed', 'Only a regional coordinator serves an organization.');
  }
  if ((role === 'secretariat' || role === 'regional-coordinator' || role === 'translator') && administration) {
    add(
      scope.memberStateIso3 !== null ? 'memberStateIso3' : 'entityId',
      'not_allowed',
      `A ${role} acts for no administration.`,
    );
  }
  return issues;
}

/** The roles a focal point may give to the people of its own administration or entity. */
export const FOCAL_POINT_GRANTABLE_ROLES: readonly Role[] = ['focal-point', 'delegate', 'observer'];

/** True when two scopes name the same administration or entity (and one is named at all). */
export function sameAdministration(a: UserScope, b: UserScope): boolean {
  return (
    (a.memberStateIso3 !== null && a.memberStateIso3 === b.memberStateIso3) ||
    (a.entityId !== null && a.entityId === b.entityId)
  );
}

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12;
