import { describe, expect, it } from 'vitest';
import {
  FOCAL_POINT_GRANTABLE_ROLES,
  ROLES,
  isRole,
  sameAdministration,
  userScopeIssues,
  type UserScope,
} from './accounts.ts';

const scope = (overrides: Partial<UserScope> = {}): UserScope => ({
  memberStateIso3: null,
  entityId: null,
  organizationCode: null,
  ...overrides,
});
const ENTITY = '6f1c2b4e-8a1d-4c3e-9b7a-2d5e8f0a1b2c';
const codes = (role: string, s: UserScope) => userScopeIssues(role, s).map((issue) => [issue.path, issue.code]);

describe('userScopeIssues', () => {
  it.each([
    ['secretariat', scope()],
    ['focal-point', scope({ memberStateIso3: 'EGY' })],
    ['focal-point', scope({ entityId: ENTITY })],
    ['delegate', scope({ memberStateIso3: 'EGY' })],
    ['regional-coordinator', scope({ organizationCode: 'ARAB' })],
    ['chair', scope()],
    ['chair', scope({ memberStateIso3: 'IRN' })],
    ['observer', scope()],
    ['observer', scope({ entityId: ENTITY })],
    ['translator', scope()],
  ])('accepts a %s attached to %j', (role, s) => {
    expect(userScopeIssues(role, s)).toEqual([]);
  });

  it.each([
    ['king', scope(), [[['role'], 'unknown_role']]],
    ['focal-point', scope(), [[['memberStateIso3'], 'required']]],
    [
      'delegate',
      scope({ organizationCode: 'ARAB' }),
      [
        [['memberStateIso3'], 'required'],
        [['organizationCode'], 'not_allowed'],
      ],
    ],
    ['regional-coordinator', scope(), [[['organizationCode'], 'required']]],
    [
      'regional-coordinator',
      scope({ organizationCode: 'ARAB', memberStateIso3: 'EGY' }),
      [[['memberStateIso3'], 'not_allowed']],
    ],
    ['secretariat', scope({ entityId: ENTITY }), [[['entityId'], 'not_allowed']]],
    // The language services act for no administration and serve no organization.
    ['translator', scope({ memberStateIso3: 'EGY' }), [[['memberStateIso3'], 'not_allowed']]],
    ['translator', scope({ organizationCode: 'ARAB' }), [[['organizationCode'], 'not_allowed']]],
    ['chair', scope({ organizationCode: 'CEPT' }), [[['organizationCode'], 'not_allowed']]],
    ['focal-point', scope({ memberStateIso3: 'EGY', entityId: ENTITY }), [[['entityId'], 'one_entity_only']]],
  ])('refuses a %s attached to %j, listing every breach', (role, s, expected) => {
    expect(codes(role, s)).toEqual(expected);
  });
});

describe('sameAdministration', () => {
  it('matches the same Member State or the same entity, never two empty scopes', () => {
    expect(sameAdministration(scope({ memberStateIso3: 'EGY' }), scope({ memberStateIso3: 'EGY' }))).toBe(true);
    expect(sameAdministration(scope({ entityId: ENTITY }), scope({ entityId: ENTITY }))).toBe(true);
    expect(sameAdministration(scope({ memberStateIso3: 'EGY' }), scope({ memberStateIso3: 'TUN' }))).toBe(false);
    expect(sameAdministration(scope({ memberStateIso3: 'EGY' }), scope({ entityId: ENTITY }))).toBe(false);
    expect(sameAdministration(scope(), scope())).toBe(false);
  });
});

describe('roles', () => {
  it('knows the seven roles and lets a focal point grant only roles within an administration', () => {
    expect(ROLES).toHaveLength(7);
    expect(isRole('secretariat')).toBe(true);
    expect(isRole('translator')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(FOCAL_POINT_GRANTABLE_ROLES).not.toContain('secretariat');
    expect(FOCAL_POINT_GRANTABLE_ROLES).not.toContain('regional-coordinator');
    expect(FOCAL_POINT_GRANTABLE_ROLES).not.toContain('translator');
  });
});
