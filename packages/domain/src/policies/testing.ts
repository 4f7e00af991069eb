/** Builders of people for the policies' tests. */
import type { Person } from './person.ts';

let serial = 0;

/** A signed-in person of `role`, attached to nothing unless told, each with an id of its own. */
export function testUser(fields: Partial<Person> & Pick<Person, 'role'>): Person & { id: string } {
  serial += 1;
  return {
    email: 'someone@example.org',
    memberStateIso3: null,
    entityId: null,
    organizationCode: null,
    ...fields,
    id: fields.id ?? `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
  };
}
