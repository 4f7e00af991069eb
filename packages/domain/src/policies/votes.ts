import { BALLOT_CASTING_ROLES } from '../delegations.ts';
import { DomainError } from '../errors.ts';
import { isSecretariat, requireIdentified, requireSecretariat, type Person, type Someone } from './person.ts';

/** The secretariat conducts votes: prepares, opens, enters the counts of a show of hands, closes. */
export function canConductVotes(person: Someone): boolean {
  return isSecretariat(person);
}

/** Throws unless the person conducts votes: `Only the secretariat may <action>.` */
export function requireVoteConductor(person: Someone, action: string): asserts person is Person {
  requireSecretariat(person, action);
}

/** Whether the person's role casts ballots (a delegate or a focal point, as its state's voting delegate). */
export function castsBallots(person: Someone): boolean {
  return !!person && person.operator !== true && BALLOT_CASTING_ROLES.includes(person.role);
}

/** Whether the person records the answers of a roll-call as the states answer: the secretariat. */
export function recordsRollCall(person: Someone, method: string): boolean {
  return method === 'roll-call' && isSecretariat(person);
}

/** Throws unless the person may take part in casting ballots at all: a ballot-casting role, or the secretariat. */
export function requireBallotRight(person: Someone): asserts person is Person {
  requireIdentified(person);
  if (!castsBallots(person) && !isSecretariat(person)) {
    throw new DomainError('forbidden', "Only a state's voting delegate casts its ballot.");
  }
}

/**
 * Whether the person casts the ballots of `state`: a signed-in person of that state whose e-mail address is the
 * one of the delegation's voting delegate (`delegateEmail`, the head's when none is named), compared without case.
 */
export function isVotingDelegate(person: Someone, state: string, delegateEmail: string | null): boolean {
  if (!person || person.operator === true || person.memberStateIso3 !== state) {
    return false;
  }
  const email = person.email ?? null;
  return email !== null && delegateEmail !== null && email.toLowerCase() === delegateEmail.toLowerCase();
}
