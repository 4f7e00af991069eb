import type { UserRow } from '@tansiq/db';
import type { Role, UserScope } from '@tansiq/domain';

export type { Role };

/** A signed-in person as the services see them. */
export interface UserActor extends UserScope {
  kind: 'user';
  userId: string;
  role: Role;
  name: string;
}

/**
 * Who acts. `system` is the product itself acting for an operator at the console (migrations, demo load,
 * `tansiq` data commands run by whoever holds the installation); `user` is a signed-in person; `anonymous`
 * is a reader with no identity.
 */
export type Actor = { kind: 'system'; name: string } | UserActor | { kind: 'anonymous' };

export const anonymous: Actor = { kind: 'anonymous' };

export function systemActor(name: string): Actor {
  return { kind: 'system', name };
}

/** The id written in audit rows. */
export function actorId(actor: Actor): string | null {
  switch (actor.kind) {
    case 'system':
      return actor.name;
    case 'user':
      return actor.userId;
    case 'anonymous':
      return null;
  }
}

/** The actor a stored user acts as. */
export function userActor(user: UserRow): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    role: user.role as Role,
    name: user.name,
    memberStateIso3: user.memberStateIso3,
    entityId: user.entityId,
    organizationCode: user.organizationCode,
  };
}
