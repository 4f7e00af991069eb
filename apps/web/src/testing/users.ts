import type { User } from '@tansiq/api';

let serial = 0;

/** A user as the API presents one, of `role`, each with an id of its own: for the interface's unit tests. */
export function testUser(fields: Partial<User> & Pick<User, 'role'>): User {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    email: 'someone@example.org',
    name: 'Someone',
    memberStateIso3: null,
    entityId: null,
    organizationCode: null,
    createdAt: '2017-09-01T00:00:00.000Z',
    disabledAt: null,
    ...fields,
  };
}
