/**
 * The diff's tokenizer. A text is cut into tokens that, joined, give it back exactly:
 *
 * - a word: a run of letters, combining marks and digits, so an Arabic word keeps its letters, diacritics
 *   (harakat, shadda, sukun), hamza forms (أ إ آ ؤ ئ ء and the combining hamza), tatweel (ـ) and the zero-width
 *   joiners together; Latin, Greek, Cyrillic and other spaced scripts the same way;
 * - a number: digits (ASCII or Arabic-Indic) with the separators `.` `,` `٫` `٬` between two digits (`1.5`,
 *   `3,000`, `٣٫٥`); a number written against letters stays in their word (`ICT4D`);
 * - one Chinese or Japanese character (Han, Hiragana, Katakana) with the marks that follow it, since those scripts
 *   do not space their words;
 * - a run of whitespace, kept as it is (the no-break space U+00A0 included: a space a reader sees);
 * - any other character (punctuation, symbols) on its own, a surrogate pair staying whole.
 *
 * Invisible characters go where a reader would not see a boundary:
 * - the zero-width non-joiner and joiner (U+200C, U+200D) shape letters and stay inside their word;
 * - the directional marks and controls (LRM U+200E, RLM U+200F, ALM U+061C, the embeddings U+202A-U+202E and
 *   isolates U+2066-U+2069), the word joiner (U+2060) and the byte order mark (U+FEFF) are classed like combining
 *   marks: they stay with the word or number they touch (`901` + RLM is one token, RLM + `المؤتمر` another; one
 *   between two words joins them), and stand as a token of their own only between a space or a punctuation mark
 *   and another (`،` RLM ` `);
 * - the soft hyphen (U+00AD) and the zero-width space (U+200B) are punctuation, a token each.
 * So an inserted mark changes the token it joins (exactly, as any character does); `ignoreSpacing` (token-ids.ts)
 * drops the marks of the second list before comparing, so that a mark a word processor added is not a change.
 *
 * It scans the text once with a table of character classes (built on first use), so it runs in linear time
 * whatever the length: Node 20's `Intl.Segmenter` is quadratic on long strings and is not used.
 */

const OTHER = 0;
const WORD = 1;
const DIGIT = 2;
const MARK = 3;
const SPACE = 4;
const IDEOGRAPH = 5;
const HIGH_SURROGATE = 6;

/** What a token is, as `scanTokens` reports it. */
export const TOKEN_KIND = { word: 0, space: 1, punctuation: 2 } as const;

/**
 * A scanned text: `ends[i]` is where token `i` ends (UTF-16 offset), `kinds[i]` what it is and `hashes[i]` the
 * FNV-1a hash of its code units (the diff interns tokens by it without making substrings).
 */
export interface TokenScan {
  count: number;
  ends: Int32Array;
  kinds: Uint8Array;
  hashes: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The FNV-1a hash of text[start, end), as `scanTokens` computes it. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let c = start; c < end; c++) {
    hash = Math.imul(hash ^ text.charCodeAt(c), FNV_PRIME);
  }
  return hash;
}

/** The invisible directional marks and controls, word joiner and byte order mark (see the module comment). */
export const INVISIBLE_MARKS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2060\ufeff]+/gu;

let table: Uint8Array | undefined;
const astral = new Map<number, number>();

function classTable(): Uint8Array {
  if (table !== undefined) {
    return table;
  }
  const classes = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    // Surrogates are classified apart; a space stands in so the string holds no pair.
    units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  }
  let all = '';
  for (let c = 0; c < 0x10000; c += 0x1000) {
    all += String.fromCharCode(...units.subarray(c, c + 0x1000));
  }
  const mark = (pattern: RegExp, value: number) => {
    for (const match of all.matchAll(pattern)) {
      classes.fill(value, match.index, match.index + match[0].length);
    }
  };
  mark(/[\p{L}\p{N}\u200c\u200d]+/gu, WORD);
  mark(/\p{Nd}+/gu, DIGIT);
  mark(/\p{M}+/gu, MARK);
  mark(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc]+/gu, IDEOGRAPH);
  mark(/\s+/gu, SPACE);
  mark(INVISIBLE_MARKS, MARK);
  classes.fill(HIGH_SURROGATE, 0xd800, 0xdc00);
  classes.fill(OTHER, 0xdc00, 0xe000);
  table = classes;
  return classes;
}

function astralClass(codePoint: number): number {
  let value = astral.get(codePoint);
  if (value === undefined) {
    const char = String.fromCodePoint(codePoint);
    value = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(char)
      ? IDEOGRAPH
      : /\p{Nd}/u.test(char)
        ? DIGIT
        : /\p{M}/u.test(char)
          ? MARK
          : /[\p{L}\p{N}]/u.test(char)
            ? WORD
            : OTHER;
    astral.set(codePoint, value);
  }
  return value;
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
}

/** The class of the character at `at` when it is a high surrogate: its pair's code point's class, or OTHER. */
function surrogateClass(text: string, at: number): number {
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff
    ? astralClass(((text.charCodeAt(at) - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
    : OTHER;
}

/** The width in UTF-16 units of the character at `at` whose class table entry is `value`. */
function widthAt(text: string, at: number, value: number): number {
  if (value !== HIGH_SURROGATE) {
    return 1;
  }
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** Scans a text into tokens (see the module comment) in one linear pass. */
export function scanTokens(text: string): TokenScan {
  const classes = classTable();
  const n = text.length;
  let ends = new Int32Array(Math.max(16, n >> 2));
  let kinds = new Uint8Array(ends.length);
  let hashes = new Int32Array(ends.length);
  let count = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    const first = text.charCodeAt(i);
    const entry = classes[first]!;
    let kind: number = TOKEN_KIND.word;
    // The hash follows the common characters as they are read; the rare cases hash the token again, whole.
    let hash = Math.imul(FNV_OFFSET ^ first, FNV_PRIME);
    i++;
    if (entry === WORD || entry === MARK) {
      // The common case, letters and marks only, in a tight loop; a digit or a surrogate goes the long way.
      let next = OTHER;
      for (; i < n; i++) {
        const code = text.charCodeAt(i);
        next = classes[code]!;
        if (next !== WORD && next !== MARK) {
          break;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
      if (i < n && (next === DIGIT || next === HIGH_SURROGATE) && continuesWord(text, i, false)) {
        i = endOfWord(text, i, false);
        hash = hashRange(text, start, i);
      }
    } else if (entry === SPACE) {
      kind = TOKEN_KIND.space;
      for (; i < n; i++) {
        const code = text.charCodeAt(i);
        if (classes[code] !== SPACE) {
          break;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
      }
    } else {
      const value = entry === HIGH_SURROGATE ? surrogateClass(text, start) : entry;
      i = endOfRareToken(text, start, entry, value);
      if (value !== WORD && value !== DIGIT && value !== MARK && value !== IDEOGRAPH) {
        kind = TOKEN_KIND.punctuation;
      }
      hash = hashRange(text, start, i);
    }
    if (count === ends.length) {
      ({ ends, kinds, hashes } = grown(ends, kinds, hashes));
    }
    ends[count] = i;
    kinds[count] = kind;
    hashes[count] = hash;
    count++;
  }
  return { count, ends, kinds, hashes };
}

/** The token arrays of `scanTokens`, twice as long. */
function grown(ends: Int32Array, kinds: Uint8Array, hashes: Int32Array) {
  const size = ends.length * 2;
  const result = { ends: new Int32Array(size), kinds: new Uint8Array(size), hashes: new Int32Array(size) };
  result.ends.set(ends);
  result.kinds.set(kinds);
  result.hashes.set(hashes);
  return result;
}

/**
 * Where a token that does not start with a letter, a mark or a space ends (kept out of `scanTokens` so that its
 * loop stays small): a number or a word starting with one, an ideograph with its marks, a surrogate pair, or a
 * single punctuation mark.
 */
function endOfRareToken(text: string, start: number, entry: number, value: number): number {
  let i = start + widthAt(text, start, entry);
  if (value === WORD || value === DIGIT || value === MARK) {
    return endOfWord(text, i, value === DIGIT);
  }
  if (value === IDEOGRAPH) {
    const classes = classTable();
    while (i < text.length && classOf(text, i) === MARK) {
      i += widthAt(text, i, classes[text.charCodeAt(i)]!);
    }
  }
  return i;
}

/** Whether the word before `at` goes on at `at` (`digit`: that word ends with a digit). */
function continuesWord(text: string, at: number, digit: boolean): boolean {
  const next = classOf(text, at);
  return (
    next === WORD ||
    next === DIGIT ||
    next === MARK ||
    (digit && isNumberSeparator(text.charCodeAt(at)) && classOf(text, at + 1) === DIGIT)
  );
}

/** Where the word going on at `at` ends: letters, marks, digits, and separators between two digits. */
function endOfWord(text: string, at: number, digit: boolean): number {
  const classes = classTable();
  let i = at;
  while (i < text.length && continuesWord(text, i, digit)) {
    const entry = classes[text.charCodeAt(i)]!;
    const value = classOf(text, i);
    if (value === WORD || value === DIGIT || value === MARK) {
      digit = value === DIGIT;
      i += widthAt(text, i, entry);
    } else {
      // A separator between two digits, and the digit after it.
      i += 1 + widthAt(text, i + 1, classes[text.charCodeAt(i + 1)]!);
      digit = true;
    }
  }
  return i;
}

function classOf(text: string, at: number): number {
  if (at >= text.length) {
    return OTHER;
  }
  const entry = classTable()[text.charCodeAt(at)]!;
  return entry === HIGH_SURROGATE ? surrogateClass(text, at) : entry;
}

/** Splits a text into word, number, space and punctuation tokens; joining them gives the text back exactly. */
export function tokenize(text: string): string[] {
  const { count, ends } = scanTokens(text);
  const tokens = new Array<string>(count);
  let start = 0;
  for (let t = 0; t < count; t++) {
    const end = ends[t]!;
    tokens[t] = text.slice(start, end);
    start = end;
  }
  return tokens;
}

/** The unit a coarse diff compares when the word diff is too costly. */
export type DiffUnit = 'sentence' | 'paragraph';

// A sentence ends after . ! ? … and their Arabic and CJK forms, and after ; and ؛ that close the sub-paragraphs
// of resolutions; the whitespace that follows stays with it. A line break ends both a sentence and a paragraph.
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x061f, 0x06d4, 0x3002, 0xff01, 0xff1f, 0x3b, 0x061b]);

/**
 * Groups the tokens of a scanned text into sentences or paragraphs: the result holds, for each unit, the index
 * just past its last token. A unit ends with the whitespace after it.
 */
export function groupTokens(text: string, scan: TokenScan, unit: DiffUnit): Int32Array {
  const ends: number[] = [];
  let start = 0;
  let previousStart = 0;
  for (let t = 0; t < scan.count; t++) {
    const end = scan.ends[t]!;
    let closes = t === scan.count - 1;
    if (!closes && scan.kinds[t] === TOKEN_KIND.space) {
      closes =
        text.slice(start, end).includes('\n') ||
        (unit === 'sentence' &&
          t > 0 &&
          scan.kinds[t - 1] === TOKEN_KIND.punctuation &&
          SENTENCE_END.has(text.charCodeAt(previousStart)));
    }
    if (closes) {
      ends.push(t + 1);
    }
    previousStart = start;
    start = end;
  }
  return Int32Array.from(ends);
}
