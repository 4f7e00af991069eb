import { LONGEST_HEADING_WORDS, matchHeading } from './heading-match.ts';
import { wordsOf } from './normalize.ts';
import type { TextLanguage } from './structured-text.ts';
import { readTitleLine } from './title-line.ts';

/** Arabic letters (U+0621 to U+064A) and Latin ones (A to Z, a to z, U+00C0 to U+024F) in `source`. */
function countLetters(source: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) {
      arabic += 1;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) {
      latin += 1;
    }
  }
  return { arabic, latin };
}

/**
 * The language of a text, when the caller does not say: Arabic when Arabic letters outnumber Latin ones, else
 * French when more lines read as French headings or titles than as English ones, else English.
 */
export function detectTextLanguage(source: string): TextLanguage {
  // Counted, not matched: a list of every letter of a 4.5 MB text took a second to build and collect.
  const { arabic, latin } = countLetters(source);
  if (arabic > latin) {
    return 'ar';
  }
  const score = { en: 0, fr: 0 };
  for (const line of source.split(/\r\n|\r|\n/)) {
    const words = wordsOf(line, LONGEST_HEADING_WORDS);
    for (const language of ['en', 'fr'] as const) {
      const heading = matchHeading(line, language, () => true, words);
      if ((heading !== null && heading.form !== 'extended') || readTitleLine(line, language) !== null) {
        score[language] += 1;
      }
    }
  }
  return score.fr > score.en ? 'fr' : 'en';
}
