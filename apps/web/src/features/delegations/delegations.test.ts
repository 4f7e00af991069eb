import { ApiError } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { placeIssues } from '../../lib/api-errors.ts';
import {
  canActFor,
  canCheckIn,
  delegationFields,
  delegationFormValues,
  possibleVoters,
  proxyHolders,
  putDelegationBody,
} from './delegation-form.ts';

const member = (name: string, role: 'head' | 'deputy' | 'delegate' | 'adviser', votingDelegate = false) => ({
  id: name,
  name,
  role,
  email: null,
  votingDelegate,
});

describe('delegation rights', () => {
  it('lets a focal point act for its own state only, and the secretariat for any', () => {
    expect(canActFor({ role: 'focal-point', memberStateIso3: 'EGY' }, 'EGY')).toBe(true);
    expect(canActFor({ role: 'focal-point', memberStateIso3: 'EGY' }, 'TUN')).toBe(false);
    expect(canActFor({ role: 'delegate', memberStateIso3: 'EGY' }, 'EGY')).toBe(false);
    expect(canActFor({ role: 'secretariat', memberStateIso3: null }, 'TUN')).toBe(true);
    expect(canActFor(null, 'TUN')).toBe(false);
    expect(canCheckIn({ role: 'secretariat', memberStateIso3: null })).toBe(true);
    expect(canCheckIn({ role: 'focal-point', memberStateIso3: 'EGY' })).toBe(false);
  });
});

describe('the delegation form', () => {
  it('starts with a blank head, and the head votes', () => {
    const values = delegationFormValues(undefined);
    expect(values).toEqual({ members: [{ key: 0, name: '', role: 'head', email: null }], voter: null });
    expect(putDelegationBody(values)).toEqual({
      members: [{ name: '', role: 'head', email: null }],
      votingDelegate: null,
    });
  });

  it('reads a registered composition back, with its voting delegate', () => {
    const values = delegationFormValues({
      members: [member('Amina Said', 'head'), member('Omar Fathy', 'delegate', true), member('Laila Nour', 'adviser')],
      votingDelegate: 'Omar Fathy',
    });
    expect(values.voter).toBe(1);
    expect(possibleVoters(values).map((row) => row.name)).toEqual(['Amina Said', 'Omar Fathy']);
    expect(putDelegationBody(values)).toEqual({
      members: [
        { name: 'Amina Said', role: 'head', email: null },
        { name: 'Omar Fathy', role: 'delegate', email: null },
        { name: 'Laila Nour', role: 'adviser', email: null },
      ],
      votingDelegate: 'Omar Fathy',
    });
  });

  it('treats the head voting as the default', () => {
    const values = delegationFormValues({
      members: [member('Amina Said', 'head', true)],
      votingDelegate: 'Amina Said',
    });
    expect(values.voter).toBeNull();
  });

  it('places the API issues on the rows and the voter, and a refused proxy on the holder', () => {
    const error = new ApiError(400, 'validation_failed', 'Invalid.', [
      { path: ['members', 1, 'role'], code: 'second_head', message: '' },
      { path: ['votingDelegate'], code: 'adviser_cannot_vote', message: '' },
      { path: ['members'], code: 'head_missing', message: '' },
    ]);
    expect(placeIssues(error, delegationFields(2))).toEqual([
      { field: 'members.1.role', key: 'second_head' },
      { field: 'votingDelegate', key: 'adviser_cannot_vote' },
      { field: 'members', key: 'head_missing' },
    ]);
    const refused = new ApiError(409, 'proxy_refused', 'Refused.', [
      { path: ['holder'], code: 'too_many_proxies', message: '' },
    ]);
    expect(placeIssues(refused, ['holder'])).toEqual([{ field: 'holder', key: 'too_many_proxies' }]);
  });

  it('offers the proxy to the other states with a delegation', () => {
    expect(proxyHolders([{ memberState: 'EGY' }, { memberState: 'TUN' }], 'TUN')).toEqual(['EGY']);
  });
});
