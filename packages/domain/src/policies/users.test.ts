import { describe, expect, it } from 'vitest';
import { ROLES } from '../accounts.ts';
import { canEditMeetings, canReadAudit } from './administration.ts';
import { testUser } from './testing.ts';
import { canEditUser, canManageUsers, canSeeStateUsers, grantableRoles } from './users.ts';

const secretariat = testUser({ role: 'secretariat' });
const focalEgypt = testUser({ role: 'focal-point', memberStateIso3: 'EGY' });
const delegateEgypt = testUser({ role: 'delegate', memberStateIso3: 'EGY' });
const chairEgypt = testUser({ role: 'chair', memberStateIso3: 'EGY' });
const delegateSudan = testUser({ role: 'delegate', memberStateIso3: 'SDN' });

describe('rights in the interface', () => {
  it('gives meetings and the audit trail to the secretariat only', () => {
    expect(canEditMeetings(secretariat)).toBe(true);
    expect(canReadAudit(secretariat)).toBe(true);
    for (const other of [focalEgypt, delegateEgypt, null, undefined]) {
      expect(canEditMeetings(other)).toBe(false);
      expect(canReadAudit(other)).toBe(false);
    }
  });

  it('lets the secretariat and focal points manage users, with the roles each may give', () => {
    expect(canManageUsers(secretariat)).toBe(true);
    expect(canManageUsers(focalEgypt)).toBe(true);
    expect(canManageUsers(delegateEgypt)).toBe(false);
    expect(grantableRoles(secretariat)).toEqual(ROLES);
    expect(grantableRoles(focalEgypt)).toEqual(['focal-point', 'delegate', 'observer']);
    expect(grantableRoles(null)).toEqual([]);
  });

  it('lets a focal point edit its own administration’s people in its roles, never itself', () => {
    expect(canEditUser(focalEgypt, delegateEgypt)).toBe(true);
    expect(canEditUser(focalEgypt, delegateSudan)).toBe(false);
    expect(canEditUser(focalEgypt, chairEgypt)).toBe(false);
    expect(canEditUser(focalEgypt, focalEgypt)).toBe(false);
    expect(canEditUser(secretariat, delegateSudan)).toBe(true);
    expect(canEditUser(secretariat, secretariat)).toBe(false);
  });

  it('shows a state’s users to the secretariat and to that state’s focal point', () => {
    expect(canSeeStateUsers(secretariat, 'SDN')).toBe(true);
    expect(canSeeStateUsers(focalEgypt, 'EGY')).toBe(true);
    expect(canSeeStateUsers(focalEgypt, 'SDN')).toBe(false);
    expect(canSeeStateUsers(null, 'EGY')).toBe(false);
  });
});
