import { DomainError } from '../errors.ts';
import { focalPointState, isSecretariat, requireIdentified, requireRight, type Someone } from './person.ts';

/** The secretariat sets a meeting's officer posts and rules, and appoints officers. */
export function canManageOfficers(person: Someone): boolean {
  return isSecretariat(person);
}

/** A focal point nominates for its own state; the secretariat for any state it names. */
export function canNominate(person: Someone): boolean {
  return isSecretariat(person) || focalPointState(person) !== undefined;
}

/**
 * The state a nomination is made for: a focal point nominates for its own state only; the secretariat names the
 * state (undefined when it did not: the service refuses). Throws `forbidden` for anyone else.
 */
export function requireNominatingRight(person: Someone, named: string | undefined): string | undefined {
  requireIdentified(person);
  if (isSecretariat(person)) {
    return named;
  }
  const own = focalPointState(person);
  if (own === undefined) {
    throw new DomainError('forbidden', 'Only a focal point, for its own Member State, or the secretariat nominates.');
  }
  if (named !== undefined && named !== own) {
    throw new DomainError('forbidden', `A focal point nominates for its own Member State (${own}) only.`);
  }
  return own;
}

/** Whether the person may withdraw a nomination made by `nominatingState`: its focal point, or the secretariat. */
export function mayWithdrawNominationOf(person: Someone, nominatingState: string): boolean {
  return isSecretariat(person) || focalPointState(person) === nominatingState;
}

/** The secretariat, or the focal point of the nominating state, withdraws a standing nomination. */
export function canWithdrawNomination(
  person: Someone,
  nomination: { nominatingState: string; status: string },
): boolean {
  return nomination.status === 'standing' && mayWithdrawNominationOf(person, nomination.nominatingState);
}

/** Throws unless the person may withdraw a nomination of `nominatingState`. */
export function requireWithdrawRight(person: Someone, nominatingState: string): void {
  requireRight(
    person,
    (who) => mayWithdrawNominationOf(who, nominatingState),
    'Only the focal point of the nominating state, or the secretariat, withdraws.',
  );
}

/** The secretariat fills a post by consensus with a standing nomination while the post has a free seat. */
export function canAppoint(person: Someone, nomination: { status: string }, freeSeats: number): boolean {
  return isSecretariat(person) && nomination.status === 'standing' && freeSeats > 0;
}
