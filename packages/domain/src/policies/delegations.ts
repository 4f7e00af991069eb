import { focalPointState, isSecretariat, requireRight, type Person, type Someone } from './person.ts';

/** Who acts for a Member State's delegation (registers it, gives its proxy, attaches its statements): the secretariat, or that state's focal point. */
export function canActForDelegation(person: Someone, iso3: string): boolean {
  return isSecretariat(person) || (focalPointState(person) !== undefined && focalPointState(person) === iso3);
}

/** Whether the person acts for some delegation: the secretariat, or a focal point of a Member State. */
export function actsForDelegations(person: Someone): boolean {
  return isSecretariat(person) || focalPointState(person) !== undefined;
}

/** Throws unless the person may register `iso3`'s delegation, give or withdraw its proxy, speak for it. */
export function requireDelegationRight(person: Someone, iso3: string): asserts person is Person {
  requireRight(
    person,
    (who) => canActForDelegation(who, iso3),
    'Only the focal point of that Member State, or the secretariat, acts for it.',
  );
}

/** The secretariat checks delegations in and out. */
export function canCheckIn(person: Someone): boolean {
  return isSecretariat(person);
}
