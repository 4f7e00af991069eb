import { isSecretariat, isTranslator, requireRight, type Person, type Someone } from './person.ts';

/*
 * Who translates: the conference's language services (the `translator` role) and the secretariat, which may stand
 * in for them. Translators write language versions and move their status; they draft, sign and decide nothing
 * (docs/translations.md).
 */

/** True for whoever translates a meeting's documents and sees its translation queue. */
export function canTranslate(person: Someone): boolean {
  return isSecretariat(person) || isTranslator(person);
}

/** Throws unless the person translates (`canTranslate`). */
export function requireTranslationRight(person: Someone): asserts person is Person {
  requireRight(person, canTranslate, 'Only the language services (translators) and the secretariat translate.');
}
