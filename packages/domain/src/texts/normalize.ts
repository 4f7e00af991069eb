/** Harakat, shadda, sukun, superscript alef, Quranic marks and tatweel: dropped before matching. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ALEF_WITH_HAMZA = /[\u0622\u0623\u0625\u0671]/g;
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const codes = (characters: string) => new Set([...characters].map((character) => character.charCodeAt(0)));
// Full-width forms too: Chinese texts print （考虑到：） with them, and half-width ones in the same text.
const OPENING_PUNCTUATION = codes('("\'«“„‹[{（「『【');
const CLOSING_PUNCTUATION = codes(')"\'»”›]},;:.!?،؛…）」』】，；：。！？、');

/**
 * `word` without the punctuation that opens it and the punctuation that closes it: what
 * `word.replace(/^[("'«“„‹[{（「『【]+|[)"'»”›\]},;:.!?،؛…）」』】，；：。！？、]+$/g, '')` gives, without trying a
 * closing run from each of its characters (a word of 20,000 dots took seconds).
 */
function withoutEdgePunctuation(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && OPENING_PUNCTUATION.has(word.charCodeAt(start))) {
    start += 1;
  }
  while (end > start && CLOSING_PUNCTUATION.has(word.charCodeAt(end - 1))) {
    end -= 1;
  }
  return word.slice(start, end);
}

/**
 * A string folded for comparison: NFC, lower case, one kind of space and apostrophe, and in Arabic no
 * diacritics or tatweel, bare alef for أ إ آ ٱ and ي for ى. Never shown to anyone.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_WITH_HAMZA, 'ا')
    .replace(/ى/g, 'ي');
}

/** True when `value` holds at least one Arabic letter. */
export function hasArabic(value: string): boolean {
  return ARABIC_LETTER.test(value);
}

/**
 * One word folded for heading matching: `foldText` without surrounding punctuation and, in Arabic, with the
 * feminine verb prefix ت read as ي and the pronoun ـها as ـه, so `تقرر` matches `يقرر` (a body such as
 * الجمعية takes feminine verbs) and `اعتبارها` matches `اعتباره`.
 */
export function foldWord(word: string): string {
  const folded = withoutEdgePunctuation(foldText(word));
  if (!hasArabic(folded) || folded.length < 3) {
    return folded;
  }
  return folded.replace(/^ت/, 'ي').replace(/ها$/, 'ه');
}

/** A word of a line with where it ends in the printed line. */
export interface LineWord {
  printed: string;
  folded: string;
  end: number;
}

/**
 * The words of a printed line, folded, each with its end offset; only the first `limit` when given. Matching a
 * heading or an annex line reads a few words at the start of a line: a limit keeps a long line from being folded
 * whole, once per language tried (a 4.5 MB line took seconds).
 */
export function wordsOf(line: string, limit = Infinity): LineWord[] {
  const words: LineWord[] = [];
  const word = /\S+/g;
  while (words.length < limit) {
    const match = word.exec(line);
    if (match === null) {
      break;
    }
    words.push({ printed: match[0], folded: foldWord(match[0]), end: match.index + match[0].length });
  }
  return words;
}

/** True when `line` holds more than `count` words (runs of non-space); reads no further than that. */
export function hasMoreWordsThan(line: string, count: number): boolean {
  const word = /\S+/g;
  for (let seen = 0; seen <= count; seen += 1) {
    if (word.exec(line) === null) {
      return false;
    }
  }
  return true;
}

/** A first word without the Arabic conjunction و (`وإذ` → `اذ`), or null when it does not start with one. */
export function withoutConjunction(folded: string): string | null {
  return folded.length > 1 && folded.startsWith('و') ? folded.slice(1) : null;
}

/** A key made of a heading's words, for a heading that fits no canonical key (`affirming` → `affirming`). */
export function keyFromWords(line: string): string {
  return foldText(line)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
