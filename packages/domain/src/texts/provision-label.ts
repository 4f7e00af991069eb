import {
  HEADING_LANGUAGES,
  HEADING_VOCABULARY,
  OPERATIVE_HEADING_KEYS,
  PREAMBLE_HEADING_KEYS,
  type HeadingKey,
  type HeadingLanguage,
} from './headings.ts';
import { ABJAD } from './numbering.ts';

/**
 * The words a label adds around the numbers: the annex, and the paragraph of an annex. Arabic from
 * docs/domain.md §7 (الملحق, C); "§" is how ITU texts cite a paragraph ("§ 2 of Annex 1").
 */
const LABEL_WORDS: Record<HeadingLanguage, { annex: string; paragraph: string }> = {
  en: { annex: 'Annex', paragraph: ', §' },
  fr: { annex: 'Annexe', paragraph: ', §' },
  es: { annex: 'Anexo', paragraph: ', §' },
  ru: { annex: 'Приложение', paragraph: ', §' },
  zh: { annex: '附件', paragraph: '，§' },
  ar: { annex: 'الملحق', paragraph: '، الفقرة' },
};

/**
 * How Arabic texts write the inserted-item suffixes after a letter: "أ مكرراً)" for abis (numbering.ts reads it);
 * ter and quater by the same usage ("ثالثاً", "رابعاً"), not seen in an ITU resolution (U).
 */
const ARABIC_SUFFIXES: Record<string, string> = { bis: ' مكرراً', ter: ' ثالثاً', quater: ' رابعاً' };

const PREAMBLE = new Set<string>(PREAMBLE_HEADING_KEYS);
const KNOWN = new Set<string>([...PREAMBLE_HEADING_KEYS, ...OPERATIVE_HEADING_KEYS]);
const SUFFIX = /(bis|ter|quater)$/;
const ROMAN_KEY = /^(x{0,3})(ix|iv|v?i{0,3})$/;

/** Options of `provisionLabel`. */
export interface ProvisionLabelOptions {
  /**
   * True for an item printed without a number (the lone item of a heading, key `1`): its label is the heading
   * alone. Under a preamble heading a numeric key can only be such an item, so this is needed for operative
   * headings only.
   */
  unnumbered?: boolean;
}

function isHeadingLanguage(language: string): language is HeadingLanguage {
  return (HEADING_LANGUAGES as readonly string[]).includes(language);
}

/** The heading's words in a language: the first printed variant; a key made from a heading's words, spaced. */
function headingWords(groupId: string, language: HeadingLanguage): { words: string; preamble: boolean } {
  // A heading's second occurrence in a text makes the group `considering-2`.
  const key = KNOWN.has(groupId) ? groupId : groupId.replace(/-\d+$/, '');
  if (KNOWN.has(key)) {
    const variants = HEADING_VOCABULARY[language][key as HeadingKey] ?? HEADING_VOCABULARY.en[key as HeadingKey];
    return { words: variants?.[0] ?? key, preamble: PREAMBLE.has(key) };
  }
  return { words: groupId.replace(/-/g, ' '), preamble: false };
}

/** The ordinal of a key of lower-case Latin letters: a = 1 … z = 26, aa = 27. */
function ordinalOfLetters(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + (letter.charCodeAt(0) - 96), 0);
}

/** An item's key as a language prints it: `1`, `b)`, `ب)`, `abis)`, `أ مكرراً)`, `ii)`. */
function printKey(key: string, scheme: 'number' | 'letter' | 'roman', language: HeadingLanguage): string {
  const suffix = SUFFIX.exec(key)?.[1] ?? '';
  const stem = key.slice(0, key.length - suffix.length);
  if (scheme === 'number') {
    return key;
  }
  if (scheme === 'letter' && language === 'ar') {
    const letter = ABJAD[ordinalOfLetters(stem) - 1];
    if (letter !== undefined && /^[a-z]{1,2}$/.test(stem)) {
      return `${letter}${ARABIC_SUFFIXES[suffix] ?? ''})`;
    }
  }
  return `${key})`;
}

/** How a key reads at its depth (1: a heading's items): numbers, letters, or roman numerals for sub-items. */
function schemeOf(key: string, depth: number): 'number' | 'letter' | 'roman' {
  const stem = key.replace(SUFFIX, '');
  if (/^\d+$/.test(stem)) {
    return 'number';
  }
  // The parser never reads a heading's own items as roman (`i` under `considering` is its ninth item); sub-items
  // are i), ii) … or a), b) …, so a key that is a roman numeral reads as one there.
  return depth > 1 && stem !== '' && ROMAN_KEY.test(stem) ? 'roman' : 'letter';
}

/**
 * A provision's label in a reader's language, from its language-neutral id and the parser's heading vocabulary:
 * "resolves 2 i)", "يقرر 1", "إذ يضع في اعتباره أ)", "considérant c)", "Annex 1", "الملحق 1، الفقرة 2 أ)".
 * Numbers print in Western digits, as ITU texts do in every language; preamble items are lettered (abjad order
 * in Arabic); sub-items read as roman numerals when their key is one. A language without heading words reads
 * in English; an added row of a compilation that has no id of its own reads as the place it follows and its
 * rank there ("considering b) +1"); an id that does not parse is returned as it is.
 */
export function provisionLabel(id: string, language: string, options: ProvisionLabelOptions = {}): string {
  // A compilation's added row without an id of its own: `considering.b+1` (after b), `recognizing+1`, `start+1`.
  const added = /^(.*)\+(\d+)$/.exec(id);
  if (added) {
    const after = added[1] === 'start' ? '' : provisionLabel(added[1]!, language, options);
    return `${after} +${added[2]!}`.trim();
  }
  const [group, ...keys] = id.split('.');
  if (group === undefined || group === '' || keys.some((key) => !/^[a-z0-9]+$/.test(key))) {
    return id;
  }
  const lang: HeadingLanguage = isHeadingLanguage(language) ? language : 'en';
  const annex = /^annex-([a-z0-9]+)$/.exec(group);
  if (annex) {
    const words = LABEL_WORDS[lang];
    const number = /^\d+$/.test(annex[1]!) ? annex[1]! : annex[1]!.toUpperCase();
    const head = `${words.annex} ${number}`;
    if (keys.length === 0) {
      return head;
    }
    const items = keys.map((key, index) => printKey(key, schemeOf(key, index + 1), lang));
    return `${head}${words.paragraph} ${items.join(' ')}`;
  }
  const heading = headingWords(group, lang);
  const lone = keys.length === 1 && keys[0] === '1' && (options.unnumbered === true || heading.preamble);
  if (keys.length === 0 || lone) {
    return heading.words;
  }
  const items = keys.map((key, index) => printKey(key, schemeOf(key, index + 1), lang));
  return `${heading.words} ${items.join(' ')}`;
}
