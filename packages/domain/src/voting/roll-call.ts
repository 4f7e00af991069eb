import { DomainError } from '../errors.ts';
import { frenchAlphabeticalOrder } from '../registry.ts';

/**
 * The order of a roll-call: states in French alphabetical order of their names (`frenchName` gives each one),
 * starting at the first name at or after the letter drawn by lot and wrapping round. The lot is the caller's:
 * pass the letter drawn. An accented initial counts as its letter (Égypte is called under E).
 */
export function rollCallOrder<T>(states: readonly T[], frenchName: (state: T) => string, drawnLetter: string): T[] {
  if (!/^\p{L}$/u.test(drawnLetter)) {
    throw new DomainError('validation_failed', 'The letter drawn by lot must be a single letter.', [
      { path: ['drawnLetter'], code: 'bad_letter', message: `Not a single letter: "${drawnLetter}".` },
    ]);
  }
  return frenchAlphabeticalOrder(states, frenchName, drawnLetter);
}
