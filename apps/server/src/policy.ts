import { OPERATOR, requireSignedIn, type Someone } from '@tansiq/domain';
import type { Actor, UserActor } from './actor.ts';

/**
 * The person the domain's policies (`packages/domain/src/policies/`) see for an actor: a signed-in user as they
 * are; the operator at the console as `OPERATOR`, counted as the secretariat but no signed-in person; an anonymous
 * reader as null. Services ask every right of the domain on `personOf(ctx.actor)`.
 */
export function personOf(actor: Actor): Someone {
  switch (actor.kind) {
    case 'system':
      return OPERATOR;
    case 'anonymous':
      return null;
    case 'user':
      return {
        id: actor.userId,
        role: actor.role,
        memberStateIso3: actor.memberStateIso3,
        entityId: actor.entityId,
        organizationCode: actor.organizationCode,
      };
  }
}

/** The domain's `requireSignedIn` on the actor, narrowing it: a signed-in person, not the operator at the console. */
export function requireUser(actor: Actor): asserts actor is UserActor {
  requireSignedIn(personOf(actor));
}
