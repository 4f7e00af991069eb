import { describe, expect, it } from 'vitest';
import { ABJAD, follows, lettersOf, readMarker, romanOf } from './numbering.ts';

const readings = (line: string) => readMarker(line)?.readings.map(({ scheme, key }) => `${scheme}:${key}`) ?? null;

describe('readMarker', () => {
  it.each([
    ['1\tto act', '1', ['number:1'], 'to act'],
    ['1) to act', '1)', ['number:1'], 'to act'],
    ['12. to act', '12.', ['number:12'], 'to act'],
    ['1bis\tto act', '1bis', ['number:1bis'], 'to act'],
    ['٣\tنص', '٣', ['number:3'], 'نص'],
    ['a)\tthat', 'a)', ['letter:a'], 'that'],
    ['(b) that', '(b)', ['letter:b'], 'that'],
    ['abis)\tthat', 'abis)', ['letter:abis'], 'that'],
    ['a bis) that', 'a bis)', ['letter:abis'], 'that'],
    ['i)\toffer', 'i)', ['letter:i', 'roman:i'], 'offer'],
    ['iv)\toffer', 'iv)', ['letter:iv', 'roman:iv'], 'offer'],
    ['viii) offer', 'viii)', ['roman:viii'], 'offer'],
    ['c)\tthat', 'c)', ['letter:c', 'roman:c'], 'that'],
    ['а)\tCyrillic а', 'а)', ['letter:a'], 'Cyrillic а'],
    ['b）full-width', 'b）', ['letter:b'], 'full-width'],
    ['أ)\tأن', 'أ)', ['letter:a'], 'أن'],
    ['ا)\tأن', 'ا)', ['letter:a'], 'أن'],
    ['(ب)\tأن', '(ب)', ['letter:b'], 'أن'],
    ['ب )\tأن', 'ب )', ['letter:b'], 'أن'],
    ['هـ)\tأن', 'هـ)', ['letter:e'], 'أن'],
    ['ه)\tأن', 'ه)', ['letter:e'], 'أن'],
    ['و)\tأن', 'و)', ['letter:f'], 'أن'],
    ['ي)\tأن', 'ي)', ['letter:j'], 'أن'],
    ['ك)\tأن', 'ك)', ['letter:k'], 'أن'],
    ['أ مكرراً)\tأن', 'أ مكرراً)', ['letter:abis'], 'أن'],
  ])('reads %j', (line, num, expected, text) => {
    const marker = readMarker(line);
    expect(marker?.num).toBe(num);
    expect(readings(line)).toEqual(expected);
    expect(marker?.text).toBe(text);
  });

  it.each([
    'considering',
    'that x',
    '2017, a year',
    '1.5 million people',
    'etc.) and so on',
    'iiii) not roman',
    'A) capital',
    'كلمة) عربية',
  ])('finds no number in %j', (line) => {
    expect(readMarker(line)).toBeNull();
  });

  it('letters the abjad order a, b, c … so that the tenth is ي and the eleventh ك', () => {
    expect(ABJAD).toHaveLength(28);
    expect(readings(`${ABJAD[9]})`)).toEqual(['letter:j']);
    expect(readings(`${ABJAD[10]})`)).toEqual(['letter:k']);
    expect([...ABJAD].map((letter) => readMarker(`${letter})`)!.readings[0]!.key).slice(0, 5)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });
});

describe('numbering helpers', () => {
  it.each([
    [1, 'a', 'i'],
    [4, 'd', 'iv'],
    [9, 'i', 'ix'],
    [26, 'z', 'xxvi'],
    [27, 'aa', 'xxvii'],
    [49, 'aw', 'xlix'],
  ])('writes %i as %s and %s', (n, letters, roman) => {
    expect(lettersOf(n)).toBe(letters);
    expect(romanOf(n)).toBe(roman);
  });

  it.each([
    [{ ordinal: 1, suffix: '' }, null, true],
    [{ ordinal: 2, suffix: '' }, null, false],
    [{ ordinal: 2, suffix: '' }, { ordinal: 1, suffix: '' }, true],
    [{ ordinal: 1, suffix: 'bis' }, { ordinal: 1, suffix: '' }, true],
    [{ ordinal: 1, suffix: 'ter' }, { ordinal: 1, suffix: 'bis' }, true],
    [{ ordinal: 2, suffix: '' }, { ordinal: 1, suffix: 'ter' }, true],
    [{ ordinal: 1, suffix: 'ter' }, { ordinal: 1, suffix: '' }, false],
    [{ ordinal: 3, suffix: '' }, { ordinal: 1, suffix: '' }, false],
  ])('says whether %j follows %j', (place, last, expected) => {
    expect(follows(place, last)).toBe(expected);
  });
});
