import { describe, expect, it } from 'vitest';
import { ROLES } from '@tansiq/domain';
import { blankUserValues, createUserBody, readUserFilters, roleChoices, usersQuery } from './user-form.ts';

const secretariat = { role: 'secretariat' as const, memberStateIso3: null, entityId: null };
const focalEgypt = { role: 'focal-point' as const, memberStateIso3: 'EGY', entityId: null };

describe('createUserBody', () => {
  it('fixes a focal point’s new users to its own administration, whatever the form says', () => {
    const values = {
      ...blankUserValues(focalEgypt),
      email: ' Ahmed@Example.org ',
      name: 'Ahmed',
      memberStateIso3: 'SDN',
    };
    expect(createUserBody(focalEgypt, values)).toEqual({
      email: 'Ahmed@Example.org',
      name: 'Ahmed',
      role: 'delegate',
      memberStateIso3: 'EGY',
      entityId: null,
      organizationCode: null,
    });
  });

  it('sends only the attachment the role takes', () => {
    const values = {
      ...blankUserValues(secretariat),
      email: 'c@example.org',
      name: 'C',
      role: 'regional-coordinator' as const,
      memberStateIso3: 'EGY',
      organizationCode: 'ARAB',
    };
    expect(createUserBody(secretariat, values)).toMatchObject({ memberStateIso3: null, organizationCode: 'ARAB' });
    expect(createUserBody(secretariat, { ...values, role: 'observer' })).toMatchObject({
      memberStateIso3: 'EGY',
      organizationCode: null,
    });
  });
});

describe('user filters', () => {
  it('reads known roles and alpha-3 codes only', () => {
    expect(readUserFilters(new URLSearchParams('role=delegate&memberState=egy'))).toEqual({
      role: 'delegate',
      memberState: 'EGY',
    });
    expect(readUserFilters(new URLSearchParams('role=king&memberState=Egypt'))).toEqual({
      role: null,
      memberState: null,
    });
    expect(usersQuery({ role: null, memberState: 'EGY' })).toEqual({ limit: 500, memberState: 'EGY' });
  });

  it('offers the roles the actor may give, and the current one', () => {
    expect(roleChoices(focalEgypt, 'delegate')).toEqual(['focal-point', 'delegate', 'observer']);
    expect(roleChoices(focalEgypt, 'chair')).toEqual(['focal-point', 'chair', 'delegate', 'observer']);
    expect(roleChoices(secretariat, 'chair')).toEqual([...ROLES]);
    expect(roleChoices(secretariat, 'chair')).toContain('translator');
  });
});
