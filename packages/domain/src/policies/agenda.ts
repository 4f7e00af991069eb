import { focalPointState, isSecretariat, requireSecretariat, type Person, type Someone } from './person.ts';

/** The secretariat keeps the agenda (items, linked documents) and records decisions. */
export function canKeepAgenda(person: Someone): boolean {
  return isSecretariat(person);
}

/** Throws unless the person keeps the agenda: `Only the secretariat may <action>.` */
export function requireAgendaKeeper(person: Someone, action: string): asserts person is Person {
  requireSecretariat(person, action);
}

/**
 * The states a person may attach a reservation or declaration for: any (the secretariat), its own (a focal
 * point), none: those it acts for (`canActForDelegation`, which the server checks).
 */
export function statementStates(person: Someone, all: readonly string[]): string[] {
  if (isSecretariat(person)) {
    return [...all];
  }
  const own = focalPointState(person);
  return own === undefined ? [] : [own];
}
