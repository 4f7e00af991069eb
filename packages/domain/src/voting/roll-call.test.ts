import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { memberStateNames } from '../registry.ts';
import { rollCallOrder } from './roll-call.ts';

const STATES = ['EG', 'FR', 'DE', 'ZA', 'BE', 'US', 'YE', 'ZW', 'GB', 'MA', 'TD'];
const french = (iso2: string) => memberStateNames(iso2).fr;
const order = (letter: string) => rollCallOrder(STATES, french, letter).map(french);

describe('rollCallOrder', () => {
  it('calls the states in French alphabetical order from the letter drawn, wrapping round', () => {
    expect(order('A')).toEqual([
      'Afrique du Sud',
      'Allemagne',
      'Belgique',
      'Égypte',
      'États-Unis',
      'France',
      'Maroc',
      'Royaume-Uni',
      'Tchad',
      'Yémen',
      'Zimbabwe',
    ]);
    expect(order('M')).toEqual([
      'Maroc',
      'Royaume-Uni',
      'Tchad',
      'Yémen',
      'Zimbabwe',
      'Afrique du Sud',
      'Allemagne',
      'Belgique',
      'Égypte',
      'États-Unis',
      'France',
    ]);
  });

  it.each([
    ['E', 'Égypte'],
    ['é', 'Égypte'],
    ['C', 'Égypte'],
    ['N', 'Royaume-Uni'],
    ['T', 'Tchad'],
    ['Z', 'Zimbabwe'],
  ])(
    'a letter %s starts at %s (an accented initial is its letter; no name at the letter: the next)',
    (letter, first) => {
      expect(order(letter)[0]).toBe(first);
    },
  );

  it('calls every state once whatever the letter', () => {
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      expect([...order(letter)].sort()).toEqual(STATES.map(french).sort());
    }
  });

  it('wraps to the start past the last name', () => {
    expect(rollCallOrder(['Bénin', 'Angola'], (name) => name, 'Z')).toEqual(['Angola', 'Bénin']);
  });

  it('refuses a draw that is not one letter', () => {
    for (const letter of ['', 'AB', '1', ' ']) {
      expect(() => rollCallOrder(STATES, french, letter)).toThrow(DomainError);
    }
  });
});
