/** How a group of items is numbered. */
export type Scheme = 'number' | 'letter' | 'roman';

/** A place in a numbering: the ordinal (a = 1, ii = 2, 3 = 3) and an inserted-item suffix (`abis`, `2ter`). */
export interface Place {
  ordinal: number;
  suffix: string;
}

/** One reading of a printed number: `i)` reads as the letter i and as the roman one. */
export interface Reading extends Place {
  scheme: Scheme;
  /** The Latin key (`b`, `2`, `ii`, `abis`). */
  key: string;
}

/** The number at the start of a line, with the readings it allows and the text after it. */
export interface Marker {
  /** As printed, without the spaces around it (`b)`, `(ب)`, `2`, `أ مكرراً)`). */
  num: string;
  readings: Reading[];
  text: string;
}

/** Arabic letters in abjad order: the order ITU Arabic texts letter their items in (أ ب ج د ه و ز ح ط ي ك …). */
export const ABJAD = 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ';

const SUFFIXES = ['', 'bis', 'ter', 'quater'];
const ARABIC_BIS = /^مكرر(?:اً|ا|ًا)?$/;
const CYRILLIC_LOOKALIKES: Record<string, string> = { а: 'a', е: 'e', с: 'c', о: 'o', р: 'p', х: 'x', і: 'i' };

/**
 * Cyrillic letters in the order Russian lists letter their items: the alphabet without ё, й, ъ, ы and ь, which
 * lists skip (U: the usual drafting rule, not checked in an ITU text; ITU Russian texts letter items in Latin).
 * A Cyrillic item letter reads as the Latin letter at the same place (а b, б b, в c …); a look-alike (а е с о р
 * х) also reads as its Latin twin, and the builder takes the reading that continues the list.
 */
export const CYRILLIC_ORDER = 'абвгдежзиклмнопрстуфхцчшщэюя';

const NUMBERED = /^([0-9\u0660-\u0669\u06F0-\u06F9]+)\s?(bis|ter|quater)?(?:[)）]|\.(?=\s|$)|(?=\s|$))\s*/;
const LETTERED = /^([(（]\s*)?([^\s()（）]{1,4}?)(?:\s?(bis|ter|quater)|\s+(مكرر(?:اً|ا|ًا)?))?\s*[)）]\s*/;

/** Letters for an ordinal: a … z, then aa, ab … (the way long lists continue). */
export function lettersOf(ordinal: number): string {
  let n = ordinal;
  let letters = '';
  while (n > 0) {
    const digit = (n - 1) % 26;
    letters = String.fromCharCode(97 + digit) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function ordinalOfLetters(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + (letter.charCodeAt(0) - 96), 0);
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Lower-case roman numerals for 1 … 399. */
export function romanOf(value: number): string {
  const table: [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, symbol] of table) {
    for (; rest >= amount; rest -= amount) {
      out += symbol;
    }
  }
  return out;
}

function romanValue(text: string): number | null {
  if (!/^[ivxlc]+$/.test(text)) {
    return null;
  }
  let total = 0;
  [...text].forEach((symbol, i) => {
    const value = ROMAN_VALUES[symbol]!;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  // Only the canonical spelling counts: `iiii` or `ic` is not a roman numeral here.
  return romanOf(total) === text ? total : null;
}

function westernDigits(digits: string): number {
  const western = digits.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  return Number(western);
}

/** The letter readings of a bracketed item label, Latin, Cyrillic or Arabic. */
function letterReadings(label: string, suffix: string): Reading[] {
  const readings: Reading[] = [];
  const letter = (ordinal: number) => {
    if (!readings.some((reading) => reading.scheme === 'letter' && reading.ordinal === ordinal)) {
      readings.push({ scheme: 'letter', ordinal, suffix, key: lettersOf(ordinal) + suffix });
    }
  };
  const latin = [...label].map((c) => CYRILLIC_LOOKALIKES[c] ?? c).join('');
  if (/^[a-z]+$/.test(latin)) {
    if (latin.length <= 2) {
      letter(ordinalOfLetters(latin));
    }
  }
  // By place in the Cyrillic order: `в)` is c; `с)` is q, and c as a look-alike (the reading that fits wins).
  const place = label.length === 1 ? CYRILLIC_ORDER.indexOf(label) : -1;
  if (place >= 0) {
    letter(place + 1);
  }
  if (/^[a-z]+$/.test(latin)) {
    const roman = romanValue(latin);
    if (roman !== null) {
      readings.push({ scheme: 'roman', ordinal: roman, suffix, key: romanOf(roman) + suffix });
    }
    return readings;
  }
  if (readings.length > 0) {
    return readings;
  }
  // ه may carry a tatweel (هـ) and أ may lose its hamza (ا).
  const arabic = label.replace(/\u0640/g, '').replace(/^ا$/, 'أ');
  const index = arabic.length === 1 ? ABJAD.indexOf(arabic) : -1;
  if (index >= 0) {
    letter(index + 1);
  }
  return readings;
}

/** Reads the number at the start of a line (`1`, `1)`, `1.`, `a)`, `(a)`, `أ)`, `(ب)`, `ii)`, `abis)`), or null. */
export function readMarker(line: string): Marker | null {
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    const ordinal = westernDigits(numbered[1]!);
    const suffix = numbered[2] ?? '';
    return {
      num: numbered[0].trim(),
      readings: [{ scheme: 'number', ordinal, suffix, key: String(ordinal) + suffix }],
      text: line.slice(numbered[0].length).trim(),
    };
  }
  const lettered = LETTERED.exec(line);
  if (!lettered) {
    return null;
  }
  const suffix = lettered[3] ?? (lettered[4] !== undefined && ARABIC_BIS.test(lettered[4]) ? 'bis' : '');
  const readings = letterReadings(lettered[2]!, suffix);
  if (readings.length === 0) {
    return null;
  }
  return { num: lettered[0].trim(), readings, text: line.slice(lettered[0].length).trim() };
}

/** The places that may come after `last` in a numbering (the first place when `last` is null). */
export function nextPlaces(last: Place | null): Place[] {
  if (last === null) {
    return [{ ordinal: 1, suffix: '' }];
  }
  const places = [{ ordinal: last.ordinal + 1, suffix: '' }];
  const next = SUFFIXES[SUFFIXES.indexOf(last.suffix) + 1];
  if (next !== undefined) {
    places.push({ ordinal: last.ordinal, suffix: next });
  }
  return places;
}

/** True when `place` may follow `last`. */
export function follows(place: Place, last: Place | null): boolean {
  return nextPlaces(last).some((next) => next.ordinal === place.ordinal && next.suffix === place.suffix);
}

/** True when `place` comes before `other` in a numbering. */
export function isBefore(place: Place, other: Place): boolean {
  return (
    place.ordinal < other.ordinal ||
    (place.ordinal === other.ordinal && SUFFIXES.indexOf(place.suffix) < SUFFIXES.indexOf(other.suffix))
  );
}
