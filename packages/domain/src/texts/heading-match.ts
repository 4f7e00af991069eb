import {
  HEADING_LANGUAGES,
  HEADING_VOCABULARY,
  OPERATIVE_HEADING_KEYS,
  PREAMBLE_HEADING_KEYS,
  type HeadingKey,
  type HeadingLanguage,
} from './headings.ts';
import { foldText, foldWord, withoutConjunction, wordsOf, type LineWord } from './normalize.ts';

/** How a line holds its heading. */
export type HeadingForm =
  /** The line is the heading words and nothing else. */
  | 'alone'
  /** The heading words, then the first item on the same line (`noting that …`, `considering a) …`). */
  | 'with-item'
  /** The heading words, then more words of the heading (`instructs the Director …, in collaboration with …`). */
  | 'extended';

/** A heading found at the start of a line. */
export interface HeadingMatch {
  key: HeadingKey;
  section: 'preamble' | 'operative';
  /** The heading as printed: the whole line, or its heading words when an item follows on the line. */
  heading: string;
  /** What follows the heading words on the line (empty unless the form is `with-item`). */
  rest: string;
  form: HeadingForm;
}

interface Variant {
  key: HeadingKey;
  section: 'preamble' | 'operative';
  words: string[];
  precedence: number;
}

const KEYS: readonly HeadingKey[] = [...PREAMBLE_HEADING_KEYS, ...OPERATIVE_HEADING_KEYS];
const PREAMBLE: readonly string[] = PREAMBLE_HEADING_KEYS;

/** Languages that do not space their words: a heading is matched as the first characters of the line. */
const UNSPACED: readonly HeadingLanguage[] = ['zh'];

/**
 * Longest variants first, so `considering further` wins over `considering` (and `请各成员国` over `请`); then the
 * canonical precedence.
 */
function compile(language: HeadingLanguage): Variant[] {
  const variants: Variant[] = [];
  KEYS.forEach((key, precedence) => {
    for (const printed of HEADING_VOCABULARY[language][key] ?? []) {
      const words = wordsOf(printed).map((word) => word.folded);
      variants.push({ key, section: PREAMBLE.includes(key) ? 'preamble' : 'operative', words, precedence });
    }
  });
  const length = (variant: Variant) => variant.words.join(' ').length;
  return variants.sort(
    (a, b) => b.words.length - a.words.length || length(b) - length(a) || a.precedence - b.precedence,
  );
}

const COMPILED = new Map<HeadingLanguage, Variant[]>();

function variantsOf(language: HeadingLanguage): Variant[] {
  let variants = COMPILED.get(language);
  if (variants === undefined) {
    variants = compile(language);
    COMPILED.set(language, variants);
  }
  return variants;
}

/** The most words a heading has in any language: how many words of a line matching a heading reads. */
export const LONGEST_HEADING_WORDS = Math.max(
  ...HEADING_LANGUAGES.map((language) => variantsOf(language)[0]?.words.length ?? 0),
);

function fits(variant: Variant, words: readonly LineWord[]): boolean {
  if (variant.words.length > words.length) {
    return false;
  }
  return variant.words.every((expected, i) => {
    const actual = words[i]!.folded;
    return actual === expected || (i === 0 && withoutConjunction(actual) === expected);
  });
}

/**
 * The heading at the start of `line` in `language`, or null. `startsItem` tells whether the rest of the line
 * opens an item (a number such as `a)`, or a word such as `that`): then the line holds a heading and its first
 * item; otherwise the extra words belong to the heading. `words` are the line's first words, at least
 * `LONGEST_HEADING_WORDS` of them, when the caller tries several languages on one line: its words are then read
 * once, not once per language (a line may be megabytes long).
 */
export function matchHeading(
  line: string,
  language: HeadingLanguage,
  startsItem: (rest: string) => boolean,
  words: readonly LineWord[] = wordsOf(line, LONGEST_HEADING_WORDS),
): HeadingMatch | null {
  const found = UNSPACED.includes(language) ? unspacedMatch(line, language) : spacedMatch(line, language, words);
  if (found === null) {
    return null;
  }
  const { variant, end } = found;
  const { key, section } = variant;
  // A heading may end with a comma or a colon (`considerando,`, `учитывая:`, `考虑到：`): not part of its words.
  const printed = (text: string) => text.trim().replace(TRAILING_PUNCTUATION, '');
  const rest = line.slice(end).replace(LEADING_PUNCTUATION, '').trim();
  if (rest === '') {
    return { key, section, heading: printed(line), rest: '', form: 'alone' };
  }
  if (startsItem(rest)) {
    return { key, section, heading: printed(line.slice(0, end)), rest, form: 'with-item' };
  }
  return { key, section, heading: printed(line), rest: '', form: 'extended' };
}

/** Punctuation that may follow heading words: dropped from the heading as stored, and before an item after it. */
const TRAILING_PUNCTUATION = /\s*[,:，：]+$/u;
const LEADING_PUNCTUATION = /^\s*[,:，：]+/u;

/** The variant whose words open the line, and where they end in it. */
function spacedMatch(
  line: string,
  language: HeadingLanguage,
  words: readonly LineWord[],
): { variant: Variant; end: number } | null {
  const variant = variantsOf(language).find((candidate) => fits(candidate, words));
  if (variant === undefined) {
    return null;
  }
  // The last word's end includes what closes it (`considerando,`): the heading words end before it.
  const last = words[variant.words.length - 1]!;
  const closing = last.printed.length - last.printed.replace(/[,:，：]+$/u, '').length;
  return { variant, end: last.end - closing };
}

/** The variant whose characters open the line (`考虑到a)`, `请各成员国，…`), and where they end in it. */
function unspacedMatch(line: string, language: HeadingLanguage): { variant: Variant; end: number } | null {
  const start = line.length - line.trimStart().length;
  const variant = variantsOf(language).find((candidate) => {
    const expected = candidate.words.join('');
    return foldText(line.slice(start, start + expected.length)) === expected;
  });
  return variant === undefined ? null : { variant, end: start + variant.words.join('').length };
}

/** True when `rest` opens with one of `openers` (`qu'` also matches `qu'il`). */
export function opensWith(rest: string, openers: readonly string[]): boolean {
  const first = wordsOf(rest, 1)[0];
  if (first === undefined) {
    return false;
  }
  const word = foldWord(first.printed);
  return openers.some((opener) => {
    const folded = foldWord(opener);
    return word === folded || (opener.endsWith("'") && word.startsWith(`${folded}'`));
  });
}
