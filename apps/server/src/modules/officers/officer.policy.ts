import { DomainError } from '@tansiq/domain';
import type { Actor } from '../../actor.ts';
import { isSecretariat, requireIdentified } from '../../policy.ts';

/** A focal point's own Member State, or undefined for anyone else. */
export function focalPointState(actor: Actor): string | undefined {
  return actor.kind === 'user' && actor.role === 'focal-point' ? (actor.memberStateIso3 ?? undefined) : undefined;
}

/**
 * The state a nomination is made for: a focal point nominates for its own state only; the secretariat names the
 * state (undefined when it did not: the service refuses). Throws `forbidden` for anyone else.
 */
export function requireNominatingRight(actor: Actor, named: string | undefined): string | undefined {
  requireIdentified(actor);
  if (isSecretariat(actor)) {
    return named;
  }
  const own = focalPointState(actor);
  if (own === undefined) {
    throw new DomainError('forbidden', 'Only a focal point, for its own Member State, or the secretariat nominates.');
  }
  if (named !== undefined && named !== own) {
    throw new DomainError('forbidden', `A focal point nominates for its own Member State (${own}) only.`);
  }
  return own;
}

/** Throws unless the actor may withdraw a nomination of `nominatingState`: its focal point, or the secretariat. */
export function requireWithdrawRight(actor: Actor, nominatingState: string): void {
  requireIdentified(actor);
  if (!isSecretariat(actor) && focalPointState(actor) !== nominatingState) {
    throw new DomainError('forbidden', 'Only the focal point of the nominating state, or the secretariat, withdraws.');
  }
}
