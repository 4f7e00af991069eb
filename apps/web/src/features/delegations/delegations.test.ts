import { ApiError } from '@tansiq/api';
import { describe, expect, it } from 'vitest';
import { placeIssues } from '../../lib/api-errors.ts';
import {
  delegationFields,
  delegationFormValues,
  pickUser,
  possibleVoters,
  proxyHolders,
  putDelegationBody,
  registeredUsersOf,
  userOfRow,
  votingDelegateStanding,
} from './delegation-form.ts';

const member = (
  name: string,
  role: 'head' | 'deputy' | 'delegate' | 'adviser',
  votingDelegate = false,
  email: string | null = null,
) => ({
  id: name,
  name,
  role,
  email,
  votingDelegate,
  hasAccount: email !== null,
});

describe('the delegation form', () => {
  it('starts with a blank head, and the head votes', () => {
    const values = delegationFormValues(undefined);
    expect(values).toEqual({ members: [{ key: 0, name: '', role: 'head', email: '' }], voter: null });
    expect(putDelegationBody(values)).toEqual({
      members: [{ name: '', role: 'head', email: null }],
      votingDelegate: null,
    });
  });

  it('reads a registered composition back, with its voting delegate and e-mail addresses', () => {
    const values = delegationFormValues({
      members: [
        member('Amina Said', 'head', false, 'focal.egypt@example.org'),
        member('Omar Fathy', 'delegate', true),
        member('Laila Nour', 'adviser'),
      ],
      votingDelegate: 'Omar Fathy',
    });
    expect(values.voter).toBe(1);
    expect(possibleVoters(values).map((row) => row.name)).toEqual(['Amina Said', 'Omar Fathy']);
    expect(putDelegationBody(values)).toEqual({
      members: [
        { name: 'Amina Said', role: 'head', email: 'focal.egypt@example.org' },
        { name: 'Omar Fathy', role: 'delegate', email: null },
        { name: 'Laila Nour', role: 'adviser', email: null },
      ],
      votingDelegate: 'Omar Fathy',
    });
  });

  it('sends the e-mail address typed for a member, trimmed, and null for a blank one', () => {
    const values = delegationFormValues(undefined);
    values.members[0] = { ...values.members[0]!, name: ' Amina Said ', email: '  focal.egypt@example.org ' };
    values.members.push({ key: 1, name: 'Omar Fathy', role: 'delegate', email: '   ' });
    expect(putDelegationBody(values).members).toEqual([
      { name: 'Amina Said', role: 'head', email: 'focal.egypt@example.org' },
      { name: 'Omar Fathy', role: 'delegate', email: null },
    ]);
  });

  it('picks a member from the registered users of the state who can sign in', () => {
    const user = (name: string, email: string, memberStateIso3: string | null, disabledAt: string | null = null) => ({
      name,
      email,
      memberStateIso3,
      disabledAt,
    });
    const users = [
      user('Egypt focal point (demo)', 'focal.egypt@example.org', 'EGY'),
      user('Egypt delegate (demo)', 'delegate.egypt@example.org', 'EGY'),
      user('Left the administration', 'former@example.org', 'EGY', '2017-08-01T00:00:00.000Z'),
      user('Tunisia focal point (demo)', 'focal.tunisia@example.org', 'TUN'),
      user('Secretariat (demo)', 'secretariat@example.org', null),
    ];
    const egyptians = registeredUsersOf(users, 'EGY', 'en');
    expect(egyptians.map((entry) => entry.email)).toEqual(['delegate.egypt@example.org', 'focal.egypt@example.org']);

    const blank = { key: 3, name: '', role: 'delegate' as const, email: '' };
    const picked = pickUser(blank, egyptians[0]!);
    expect(picked).toEqual({
      key: 3,
      name: 'Egypt delegate (demo)',
      role: 'delegate',
      email: 'delegate.egypt@example.org',
    });
    // A name already typed is kept: only the address comes from the account.
    expect(pickUser({ ...blank, name: 'Omar Fathy' }, egyptians[0]!).name).toBe('Omar Fathy');
    expect(userOfRow({ ...blank, email: ' Delegate.Egypt@example.org' }, egyptians)?.name).toBe(
      'Egypt delegate (demo)',
    );
    expect(userOfRow(blank, egyptians)).toBeUndefined();
    expect(userOfRow({ ...blank, email: 'focal.tunisia@example.org' }, egyptians)).toBeUndefined();
  });

  it('says who the registered voting delegate is and whether the account can vote, from the server', () => {
    const head = member('Amina Said', 'head', true, 'focal.egypt@example.org');
    expect(votingDelegateStanding({ members: [head], votingDelegateCanVote: true })).toEqual({
      name: 'Amina Said',
      role: 'head',
      standing: 'can-vote',
    });
    expect(votingDelegateStanding({ members: [head], votingDelegateCanVote: false })?.standing).toBe(
      'account-cannot-vote',
    );
    const withoutAccount = member('Omar Fathy', 'delegate', true);
    expect(
      votingDelegateStanding({ members: [member('Amina Said', 'head'), withoutAccount], votingDelegateCanVote: false })
        ?.standing,
    ).toBe('no-account');
    expect(votingDelegateStanding({ members: [], votingDelegateCanVote: false })).toBeNull();
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
      { path: ['members', 0, 'email'], code: 'invalid_format', message: '' },
      { path: ['votingDelegate'], code: 'adviser_cannot_vote', message: '' },
      { path: ['members'], code: 'head_missing', message: '' },
    ]);
    expect(placeIssues(error, delegationFields(2))).toEqual([
      { field: 'members.1.role', key: 'second_head' },
      { field: 'members.0.email', key: 'invalid_format' },
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
