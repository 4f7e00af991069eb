import { LONGEST_HEADING_WORDS, matchHeading } from './heading-match.ts';
import { wordsOf } from './normalize.ts';
import { dominantScript } from './script.ts';
import type { TextLanguage } from './structured-text.ts';
import { readTitleLine } from './title-line.ts';

/** The languages written in Latin letters, told apart by their heading words and title lines. */
const LATIN_LANGUAGES = ['en', 'fr', 'es'] as const;

/**
 * The language of a text, when the caller does not say. First the script most of its letters are in: Arabic,
 * Han (Chinese), Cyrillic (Russian); in Latin letters, the language of English, French and Spanish in which
 * most lines read as a heading or a title line (English on a tie, and for a text without letters).
 */
export function detectTextLanguage(source: string): TextLanguage {
  const script = dominantScript(source);
  if (script === 'arabic') {
    return 'ar';
  }
  if (script === 'han') {
    return 'zh';
  }
  if (script === 'cyrillic') {
    return 'ru';
  }
  const score = { en: 0, fr: 0, es: 0 };
  for (const line of source.split(/\r\n|\r|\n/)) {
    const words = wordsOf(line, LONGEST_HEADING_WORDS);
    for (const language of LATIN_LANGUAGES) {
      const heading = matchHeading(line, language, () => true, words);
      if ((heading !== null && heading.form !== 'extended') || readTitleLine(line, language) !== null) {
        score[language] += 1;
      }
    }
  }
  return LATIN_LANGUAGES.reduce((best, language) => (score[language] > score[best] ? language : best));
}
