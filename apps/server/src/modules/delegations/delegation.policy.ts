import { DomainError } from '@tansiq/domain';
import type { Actor } from '../../actor.ts';
import { isSecretariat, requireIdentified } from '../../policy.ts';

/** Who acts for a Member State's delegation: the secretariat, or that state's focal point. */
export function canActForDelegation(actor: Actor, iso3: string): boolean {
  if (isSecretariat(actor)) {
    return true;
  }
  return actor.kind === 'user' && actor.role === 'focal-point' && actor.memberStateIso3 === iso3;
}

/** Throws unless the actor may register `iso3`'s delegation or give or withdraw its proxy. */
export function requireDelegationRight(actor: Actor, iso3: string): void {
  requireIdentified(actor);
  if (!canActForDelegation(actor, iso3)) {
    throw new DomainError('forbidden', 'Only the focal point of that Member State, or the secretariat, acts for it.');
  }
}
