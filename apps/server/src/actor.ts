/** The roles of people in Tansiq (accounts come with the next issue; the rights are checked from here on). */
export type Role = 'secretariat' | 'focal-point' | 'regional-coordinator' | 'chair' | 'delegate' | 'observer';

/**
 * Who acts. `system` is the product itself acting for an operator at the console (migrations, demo load,
 * `tansiq` data commands run by whoever holds the installation); `user` is a signed-in person; `anonymous`
 * is a reader with no identity.
 */
export type Actor =
  { kind: 'system'; name: string } | { kind: 'user'; userId: string; role: Role } | { kind: 'anonymous' };

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
