import { DomainError } from '../errors.ts';
import { isSecretariat, requireIdentified, requireRight, type Person, type Someone } from './person.ts';

/** Whether the person opens drafts at all: a chair (their own) or the secretariat (for a chair or for nobody). */
export function canConsolidate(person: Someone): boolean {
  return person?.role === 'chair' || isSecretariat(person);
}

/**
 * Throws unless the person may open a draft owned by `owner` (undefined: not named): a chair, for themselves
 * only; the secretariat, for any chair or for nobody. Returns whether a chair opens it (and so owns it).
 */
export function requireDraftOpener(person: Someone, owner: string | undefined): boolean {
  requireIdentified(person);
  if (!canConsolidate(person)) {
    throw new DomainError('forbidden', 'Only a chair or the secretariat opens a consolidation draft.');
  }
  const chair = person.role === 'chair';
  if (chair && owner !== undefined && owner !== person.id) {
    throw new DomainError('forbidden', 'A chair opens drafts of their own only.');
  }
  return chair;
}

/** Who may own a draft: an account of a chair that is not disabled. */
export function canOwnDraft(account: { role: string; disabled: boolean } | undefined): boolean {
  return account !== undefined && account.role === 'chair' && !account.disabled;
}

/** Whether the person writes to a draft owned by `ownerId`: its owner, or the secretariat (the state aside). */
export function isDraftWriter(person: Someone, ownerId: string | null): boolean {
  return isSecretariat(person) || (!!person && person.id !== undefined && person.id !== null && person.id === ownerId);
}

/** Whether the person writes to this draft now: the secretariat, or the chair who owns it, while it is open. */
export function canWriteDraft(person: Someone, draft: { owner: { id: string } | null; status: string }): boolean {
  return draft.status === 'open' && isDraftWriter(person, draft.owner?.id ?? null);
}

/** Throws unless the person writes to a draft owned by `ownerId` (`isDraftWriter`). */
export function requireDraftWriter(person: Someone, ownerId: string | null): asserts person is Person {
  requireRight(
    person,
    (who) => isDraftWriter(who, ownerId),
    'Only the chair who owns this draft, or the secretariat, may change it.',
  );
}
